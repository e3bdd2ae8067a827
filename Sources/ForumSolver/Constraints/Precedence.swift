import ForumModel

/// precedence: a session with `after` starts only once those sessions have ended, one with `before`
/// ends before they start, and one with `same_day` meets on the same day as them (run by run when
/// both repeat equally often, otherwise every occurrence with every occurrence).
///
/// Penalty: for order, the minutes by which the later one starts too early (across days on the
/// calendar); for same day, the number of days apart. Pairs with an unplaced side do not count.
enum Precedence: CatalogueRule {
    static let id = ConstraintID.precedence

    static func findings(in v: ScheduleView) -> [Finding] {
        var at = [Int?](repeating: nil, count: v.problem.occurrenceCount)
        for (i, p) in v.placements.enumerated() { at[p.occurrence] = i }
        var out: [Finding] = []
        for pair in v.problem.precedence {
            guard let i = at[Int(pair.earlier)], let j = at[Int(pair.later)] else { continue }
            let a = v.placements[i], b = v.placements[j]
            let sessions = [Explain.id(v.problem, a.occurrence), Explain.id(v.problem, b.occurrence)]
            switch pair.kind {
            case .after:
                let early = a.absoluteEnd - b.absoluteStart
                guard early > 0 else { continue }
                out.append(
                    Finding(
                        units: early,
                        message:
                            "\(Explain.timed(v, b)) on \(b.date) must start after \(Explain.timed(v, a)) on \(a.date) ends: \(Explain.minutes(early)) too early",
                        sessions: sessions, date: b.date, start: b.start, end: b.end))
            case .sameDay:
                let apart = abs(a.date.daysSinceEpoch - b.date.daysSinceEpoch)
                guard apart > 0 else { continue }
                out.append(
                    Finding(
                        units: apart,
                        message:
                            "\(Explain.timed(v, a)) on \(a.date) and \(Explain.timed(v, b)) on \(b.date) must be on the same day: \(Explain.count(apart, "day")) apart",
                        sessions: sessions))
            }
        }
        return out
    }
}

extension Precedence {
    /// The incremental part: each occurrence's precedence pairs, scored against the current starts
    /// (the search state's `start`, read through `starts`).
    struct Tally {
        /// Whether any pair counts.
        let isActive: Bool
        let weights: LevelWeights
        private let starts: P32
        /// Pairs per occurrence (offsets, n + 1), each pair's sides and whether it is same-day.
        private let pairOffsets: P32, pairs: P32, earlier: P32, later: P32
        private let sameDay: UnsafeMutablePointer<Bool>
        /// Minutes of each occurrence, and each slot's day and minute on an absolute timeline.
        private let minutes: P32, slotEpochDay: UnsafeMutablePointer<Int>, slotAbsolute: UnsafeMutablePointer<Int>
        /// Scratch of `window(of:)`: per occurrence the pass that reached it (negative while on the
        /// path, which cuts contradictory cycles), and its earliest start and latest end found then.
        private let reached: P32, earliestStart: UnsafeMutablePointer<Int>, latestEnd: UnsafeMutablePointer<Int>
        private let pass: P32
        /// Each occurrence's session, and each session's possible start slots (offsets per session,
        /// rising), so `window(of:)` knows where a chain's first and last meetings can go.
        private let session: P32, domainOff: P32, domainSlot: P32

        init(_ p: Problem, starts: P32, arena: Arena) {
            weights = p.weights(Precedence.id)
            isActive = weights.isActive && !p.precedence.isEmpty
            self.starts = starts
            pairOffsets = arena.copy(p.occPrecedence.offsets)
            pairs = arena.copy(p.occPrecedence.values)
            earlier = arena.copy(p.precedence.map(\.earlier))
            later = arena.copy(p.precedence.map(\.later))
            sameDay = arena.copy(p.precedence.map { $0.kind == .sameDay })
            minutes = arena.copy(p.occSession.map { p.sesMinutes[Int($0)] })
            slotEpochDay = arena.copy((0..<p.slotCount).map { p.grid.epochDays[p.grid.day(ofSlot: $0)] })
            slotAbsolute = arena.copy((0..<p.slotCount).map { p.grid.epochDays[p.grid.day(ofSlot: $0)] * 1440 + p.grid.minuteOfDay(slot: $0) })
            let scratch = isActive ? p.occurrenceCount : 0
            reached = arena.make(scratch, 0)
            earliestStart = arena.make(scratch, 0)
            latestEnd = arena.make(scratch, 0)
            pass = arena.make(1, 0)
            session = arena.copy(isActive ? p.occSession : [])
            domainOff = arena.copy(isActive ? p.sesDomain.offsets : [0])
            domainSlot = arena.copy(isActive ? p.sesDomain.values : [])
        }

        /// Units of the pairs of `o` whose other side is placed, with `o` starting at `t`.
        func units(_ o: Int, at t: Int) -> Int {
            var units = 0
            for i in Int(pairOffsets[o])..<Int(pairOffsets[o + 1]) {
                let pair = Int(pairs[i])
                let a = Int(earlier[pair]), b = Int(later[pair])
                let ta = a == o ? t : Int(starts[a]), tb = b == o ? t : Int(starts[b])
                guard ta >= 0 && tb >= 0 else { continue }
                if sameDay[pair] {
                    units += abs(slotEpochDay[ta] - slotEpochDay[tb])
                } else {
                    units += max(0, slotAbsolute[ta] + Int(minutes[a]) - slotAbsolute[tb])
                }
            }
            return units
        }

        /// Where `o` can start without making an order pair with a placed partner late, in absolute
        /// minutes: after every placed predecessor ends, early enough to end before every placed
        /// successor starts (`Int.min`/`Int.max` when nothing binds; earliest > latest when nothing fits).
        func startRange(of o: Int) -> (earliest: Int, latest: Int) {
            var earliest = Int.min, latest = Int.max
            for i in Int(pairOffsets[o])..<Int(pairOffsets[o + 1]) {
                let pair = Int(pairs[i])
                guard !sameDay[pair] else { continue }
                let a = Int(earlier[pair]), b = Int(later[pair])
                if b == o && a != o && starts[a] >= 0 {
                    earliest = max(earliest, slotAbsolute[Int(starts[a])] + Int(minutes[a]))
                } else if a == o && b != o && starts[b] >= 0 {
                    latest = min(latest, slotAbsolute[Int(starts[b])] - Int(minutes[o]))
                }
            }
            return (earliest, latest)
        }

        /// Appends to `list` the placed occurrences `o` must follow (`predecessors`) or precede in an
        /// order pair (same-day pairs aside).
        func placedPartners(of o: Int, predecessors: Bool, into list: inout [Int32]) {
            for i in Int(pairOffsets[o])..<Int(pairOffsets[o + 1]) {
                let pair = Int(pairs[i])
                guard !sameDay[pair] else { continue }
                let a = Int(earlier[pair]), b = Int(later[pair])
                let partner = predecessors ? (b == o ? a : -1) : (a == o ? b : -1)
                if partner >= 0 && partner != o && starts[partner] >= 0 { list.append(Int32(partner)) }
            }
        }

        /// Slot `t` in absolute minutes (epoch day × 1440 + minute of day).
        @inline(__always) func absoluteMinute(ofSlot t: Int) -> Int { slotAbsolute[t] }

        /// The length of occurrence `o` in minutes.
        @inline(__always) func length(of o: Int) -> Int { Int(minutes[o]) }

        /// Where unplaced `o` can start without making an order pair late that is not placed yet: after
        /// the end of every placed occurrence it must follow through a chain of unplaced ones, and early
        /// enough to leave such a chain its time before every placed one it must precede. Each unplaced
        /// member of a chain takes the first (last) start of its own domain that `fits` accepts, so a
        /// chain with no placed end still starts no earlier than the first morning and ends no later
        /// than the last evening. Pairs with a placed side are left out (`units` counts them), as are
        /// same-day pairs. In absolute minutes (epoch day × 1440 + minute of day); `Int.min`/`Int.max`
        /// when `o` has no unplaced partner on that side.
        func window(of o: Int, fits: (_ occurrence: Int, _ slot: Int) -> Bool) -> PrecedenceWindow {
            pass[0] &+= 1
            reached[o] = -pass[0]
            var earliest = Int.min, latest = Int.max
            for i in Int(pairOffsets[o])..<Int(pairOffsets[o + 1]) {
                let pair = Int(pairs[i])
                guard !sameDay[pair] else { continue }
                let a = Int(earlier[pair]), b = Int(later[pair])
                if b == o && a != o && starts[a] < 0 {
                    let e = reach(a, fits).earliest
                    if e != Int.min { earliest = max(earliest, e + Int(minutes[a])) }
                } else if a == o && b != o && starts[b] < 0 {
                    let l = reach(b, fits).latest
                    if l != Int.max { latest = min(latest, l - Int(minutes[b])) }
                }
            }
            return PrecedenceWindow(earliestStart: earliest, latestEnd: latest, minutes: Int(minutes[o]), slotAbsolute: slotAbsolute)
        }

        /// The earliest start and latest end of unplaced `x` that its placed partners force through
        /// chains of unplaced ones and its own domain allows (memoized for this pass of `window(of:)`).
        private func reach(_ x: Int, _ fits: (Int, Int) -> Bool) -> (earliest: Int, latest: Int) {
            let current = pass[0]
            if reached[x] == current { return (earliestStart[x], latestEnd[x]) }
            if reached[x] == -current { return (Int.min, Int.max) }
            reached[x] = -current
            var earliest = Int.min, latest = Int.max
            for i in Int(pairOffsets[x])..<Int(pairOffsets[x + 1]) {
                let pair = Int(pairs[i])
                guard !sameDay[pair] else { continue }
                let a = Int(earlier[pair]), b = Int(later[pair])
                if b == x && a != x {
                    let start = starts[a] >= 0 ? slotAbsolute[Int(starts[a])] : reach(a, fits).earliest
                    if start != Int.min { earliest = max(earliest, start + Int(minutes[a])) }
                } else if a == x && b != x {
                    let end = starts[b] >= 0 ? slotAbsolute[Int(starts[b])] + Int(minutes[b]) : reach(b, fits).latest
                    if end != Int.max { latest = min(latest, end - Int(minutes[b])) }
                }
            }
            earliest = firstStart(of: x, atOrAfter: earliest, fits)
            latest = lastEnd(of: x, atOrBefore: latest, fits)
            reached[x] = current
            earliestStart[x] = earliest
            latestEnd[x] = latest
            return (earliest, latest)
        }

        /// The first start of `x`'s domain at or after absolute minute `m` that `fits` accepts, looking
        /// at most `fitLookahead` starts past the first one at or after `m` (which it falls back to;
        /// `m` when there is none).
        private func firstStart(of x: Int, atOrAfter m: Int, _ fits: (Int, Int) -> Bool) -> Int {
            let end = Int(domainOff[Int(session[x]) + 1])
            let lo = firstPosition(of: x, atOrAfter: m)
            guard lo < end else { return m }
            for i in lo..<min(end, lo + Self.fitLookahead) where fits(x, Int(domainSlot[i])) { return minute(atPosition: i) }
            return minute(atPosition: lo)
        }

        /// The positions in `o`'s session domain (indices into `Problem.sesDomain`'s values) of the
        /// starts from absolute minute `earliest` through `latest`.
        func domainPositions(of o: Int, from earliest: Int, through latest: Int) -> Range<Int> {
            let lo = firstPosition(of: o, atOrAfter: earliest)
            let hi = latest == Int.max ? Int(domainOff[Int(session[o]) + 1]) : firstPosition(of: o, atOrAfter: latest + 1)
            return lo..<max(lo, hi)
        }

        /// The position of the first start of `x`'s domain at or after absolute minute `m` (the
        /// domain's end when there is none).
        func firstPosition(of x: Int, atOrAfter m: Int) -> Int {
            let s = Int(session[x])
            var lo = Int(domainOff[s]), hi = Int(domainOff[s + 1])
            while lo < hi {
                let mid = (lo + hi) / 2
                if minute(atPosition: mid) < m { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// One past the position of the last start of `x`'s domain that ends at or before absolute
        /// minute `m` (the domain's first position when there is none).
        func positionAfterLastEnd(of x: Int, atOrBefore m: Int) -> Int {
            let s = Int(session[x]), length = Int(minutes[x])
            var lo = Int(domainOff[s]), hi = Int(domainOff[s + 1])
            while lo < hi {
                let mid = (lo + hi) / 2
                if minute(atPosition: mid) + length <= m { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }

        /// The last end of `x` starting in its domain that ends at or before absolute minute `m` and
        /// that `fits` accepts, looking as far back as `firstStart` looks ahead (`m` when there is none).
        private func lastEnd(of x: Int, atOrBefore m: Int, _ fits: (Int, Int) -> Bool) -> Int {
            let length = Int(minutes[x]), first = Int(domainOff[Int(session[x])])
            let lo = positionAfterLastEnd(of: x, atOrBefore: m)
            guard lo > first else { return m }
            for i in stride(from: lo - 1, through: max(first, lo - Self.fitLookahead), by: -1) where fits(x, Int(domainSlot[i])) {
                return minute(atPosition: i) + length
            }
            return minute(atPosition: lo - 1) + length
        }

        /// The start at domain position `i` in absolute minutes.
        @inline(__always) private func minute(atPosition i: Int) -> Int { slotAbsolute[Int(domainSlot[i])] }

        /// How many domain starts `firstStart` and `lastEnd` try for one that fits.
        static let fitLookahead = 64
    }
}

/// Where one unplaced occurrence can start without making its not-yet-placed order pairs late
/// (`Precedence.Tally.window(of:)`); construction adds `units(at:)` to a start's cost as if those
/// partners were placed as tightly as their placed ones allow.
struct PrecedenceWindow {
    /// Earliest start and latest end in absolute minutes (`Int.min`/`Int.max`: unbounded).
    let earliestStart: Int, latestEnd: Int
    let minutes: Int
    fileprivate let slotAbsolute: UnsafeMutablePointer<Int>

    /// Minutes by which starting at slot `t` begins before the window or ends after it.
    @inline(__always) func units(at t: Int) -> Int {
        let start = slotAbsolute[t]
        return (earliestStart > start ? earliestStart - start : 0) + (start + minutes > latestEnd ? start + minutes - latestEnd : 0)
    }
}
