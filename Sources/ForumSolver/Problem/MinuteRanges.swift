import ForumModel

/// Sorted, disjoint, non-empty half-open minute ranges within one day (0 ..< 1440).
///
/// The one place where time windows (breaks, unavailable times, availability, avoid) are measured,
/// so compilation and the full scorer count the same minutes.
struct MinuteRanges: Sendable, Equatable {
    /// The ranges, sorted by start, never touching or overlapping.
    private(set) var ranges: [Range<Int>]

    /// Merges any ranges (overlapping, touching, unsorted, empty) into canonical form.
    init(_ raw: [Range<Int>]) {
        let sorted = raw.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for r in sorted {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        ranges = merged
    }

    /// The windows that apply on `date`, merged.
    init(windows: [TimeWindow], on date: LocalDate) {
        self.init(windows.filter { $0.applies(on: date) }.map { $0.start.minutes..<$0.end.minutes })
    }

    /// No minutes at all.
    static let empty = MinuteRanges([])

    /// Whether no minute is covered.
    var isEmpty: Bool { ranges.isEmpty }

    /// Minutes covered by either.
    func union(_ other: MinuteRanges) -> MinuteRanges {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return MinuteRanges(ranges + other.ranges)
    }

    /// The minutes of the whole day (0 ..< 1440) not covered.
    func complement() -> MinuteRanges {
        var result: [Range<Int>] = []
        var cursor = 0
        for r in ranges {
            if r.lowerBound > cursor { result.append(cursor..<r.lowerBound) }
            cursor = r.upperBound
        }
        if cursor < 1440 { result.append(cursor..<1440) }
        return MinuteRanges(result)
    }

    /// Minutes of `from ..< to` that are covered.
    func covered(_ from: Int, _ to: Int) -> Int {
        var total = 0
        for r in ranges {
            if r.lowerBound >= to { break }
            total += max(0, min(to, r.upperBound) - max(from, r.lowerBound))
        }
        return total
    }

    /// The earliest minute `m'` ≤ `minute` such that `m' ..< minute` is entirely covered.
    ///
    /// Two occurrences touch when the end of one and the start of the other have the same run start:
    /// only covered (break) time lies between them.
    func runStart(endingAt minute: Int) -> Int {
        for r in ranges where r.lowerBound < minute && minute <= r.upperBound {
            return r.lowerBound
        }
        return minute
    }
}
