/// A stretch of wall-clock time on one forum day, or on every forum day when `day` is nil.
public struct TimeWindow: Hashable, Sendable, CustomStringConvertible {
    /// The day it applies to; nil means every day of the forum.
    public var day: LocalDate?
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(day: LocalDate? = nil, start: TimeOfDay, end: TimeOfDay) {
        self.day = day
        self.start = start
        self.end = end
    }

    /// Length in minutes (0 when `end` is not after `start`).
    public var minutes: Int { max(0, end.minutes - start.minutes) }

    /// Whether the window applies on `date`.
    public func applies(on date: LocalDate) -> Bool { day == nil || day == date }

    /// Minutes of `[from, to)` on `date` that fall inside this window.
    public func overlap(on date: LocalDate, from: Int, to: Int) -> Int {
        guard applies(on: date) else { return 0 }
        return max(0, min(to, end.minutes) - max(from, start.minutes))
    }

    /// `2019-11-14 09:00–13:00`, or `09:00–13:00` for every day.
    public var description: String {
        (day.map { "\($0) " } ?? "") + "\(start)–\(end)"
    }
}
