import ForumModel

/// group-compactness: a group's occurrences on a day come in blocks: each one touches another of
/// the group, that is, one ends exactly when the other starts, or only break time lies between
/// them (so sessions either side of lunch are compact).
///
/// Penalty: 1 per isolated occurrence, per group (as ITC-2007 counts per curriculum); parallel
/// sections at the same time do not touch each other.
enum GroupCompactness: CatalogueRule {
    static let id = ConstraintID.groupCompactness

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = v.problem.plan.groups[g]
            for (date, day) in v.byDate(list) {
                let breaks = v.problem.grid.dayIndex(of: date).map { v.problem.grid.breaks[$0] } ?? .empty
                let keys = day.map { i in
                    (start: breaks.runStart(endingAt: v.placements[i].start), end: breaks.runStart(endingAt: v.placements[i].end))
                }
                for (x, i) in day.enumerated() {
                    let touched = keys.indices.contains { y in
                        y != x && (keys[y].end == keys[x].start || keys[y].start == keys[x].end)
                    }
                    guard !touched else { continue }
                    let p = v.placements[i]
                    out.append(
                        Finding(
                            units: 1,
                            message:
                                "Group \(group.name) has \(Explain.place(v, p)) on \(date) with no session of the group right before or after it",
                            sessions: [Explain.id(v.problem, p.occurrence)], groups: [group.id], date: date,
                            start: p.start, end: p.end))
                }
            }
        }
        return out
    }
}

extension GroupCompactness {
    /// The incremental part: per group, how many of its placed occurrences start and end at each
    /// touch key (a boundary, with break time folded in), and its isolated occurrences per day; per
    /// placed occurrence, its two keys.
    /// Functions return the change in penalty units. `enter` and `leave` work from the counts alone
    /// (`quickChange`) unless two occurrences of the group end, or start, at one key where a
    /// neighbour's state changes, or one on that day starts and ends at one key: then the group's
    /// day is walked.
    struct Tally {
        /// Whether the constraint counts.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int, boundaries: Int
        private let startsAt: P32, endsAt: P32, isolatedOnDay: P32
        /// Placed occurrences of each group and day whose start and end share a key (they touch
        /// themselves: the quick change does not cover them).
        private let foldedOnDay: P32
        /// Per group and key, the sum of the start keys of the occurrences ending there and of the
        /// end keys of those starting there: the other key of the only one, when there is one.
        private let startKeysEndingAt: P32, endKeysStartingAt: P32
        private let startKey: P32, endKey: P32
        private let boundaryKey: P32
        private let groupDays: DayLists
        /// Group days with exactly one placed occurrence (one cell).
        private let singleDays: P32

        init(_ p: Problem, groupDays: DayLists, arena: Arena) {
            weights = p.weights(.groupCompactness)
            isActive = weights.isActive && p.groupCount > 0
            days = p.grid.dayCount
            boundaries = p.grid.boundaryCount
            startsAt = arena.make(isActive ? p.groupCount * boundaries : 0, 0)
            endsAt = arena.make(isActive ? p.groupCount * boundaries : 0, 0)
            isolatedOnDay = arena.make(p.groupCount * days, 0)
            foldedOnDay = arena.make(isActive ? p.groupCount * days : 0, 0)
            startKeysEndingAt = arena.make(isActive ? p.groupCount * boundaries : 0, 0)
            endKeysStartingAt = arena.make(isActive ? p.groupCount * boundaries : 0, 0)
            startKey = arena.make(isActive ? p.occurrenceCount : 0, 0)
            endKey = arena.make(isActive ? p.occurrenceCount : 0, 0)
            boundaryKey = arena.copy(p.grid.boundaryKey)
            self.groupDays = groupDays
            singleDays = arena.make(1, 0)
        }

        /// Group days with exactly one placed occurrence: it is isolated however the day's starts
        /// are arranged, so only moving meetings between days changes them (0 while not counted).
        @inline(__always) var singleDayCount: Int { Int(singleDays[0]) }

        /// The change in `singleDayCount` for group `g` if one of its placed occurrences moved from
        /// day `d0` to day `d`, changing nothing.
        @inline(__always) func peekSingleDays(_ g: Int, from d0: Int, to d: Int) -> Int {
            guard isActive && d != d0 else { return 0 }
            let left = groupDays.count(g, d0), joined = groupDays.count(g, d)
            return (left == 2 ? 1 : 0) - (left == 1 ? 1 : 0) + (joined == 0 ? 1 : 0) - (joined == 1 ? 1 : 0)
        }

        /// Isolated occurrences of group `g` on day `d` (0 while the constraint does not count).
        @inline(__always) func isolated(_ g: Int, onDay d: Int) -> Int { isActive ? Int(isolatedOnDay[g * days + d]) : 0 }

        /// The touch keys of placed occurrence `o`'s start and end.
        @inline(__always) private func keys(_ o: Int) -> (start: Int, end: Int) { (Int(startKey[o]), Int(endKey[o])) }

        /// Counts `o`, placed at `t` on day `d` for `len` slots, for group `g` (already listed in the
        /// group-day index).
        @inline(__always) func enter(_ o: Int, _ g: Int, _ t: Int, _ d: Int, len: Int) -> Int {
            let ks = Int(boundaryKey[t + d]), ke = Int(boundaryKey[t + d + len])
            startKey[o] = Int32(ks)
            endKey[o] = Int32(ke)
            switch groupDays.count(g, d) {
            case 1: singleDays[0] += 1
            case 2: singleDays[0] -= 1
            default: break
            }
            count(g, d, ks, ke, by: 1)
            if let change = quickChange(g, d, ks, ke, arriving: true) {
                isolatedOnDay[g * days + d] += Int32(change)
                return change
            }
            return rescore(g, d)
        }

        /// The inverse of `enter` (`o` already taken off the index).
        @inline(__always) func leave(_ o: Int, _ g: Int, _ d: Int) -> Int {
            let (ks, ke) = keys(o)
            count(g, d, ks, ke, by: -1)
            switch groupDays.count(g, d) {
            case 0: singleDays[0] -= 1
            case 1: singleDays[0] += 1
            default: break
            }
            if let change = quickChange(g, d, ks, ke, arriving: false) {
                isolatedOnDay[g * days + d] += Int32(change)
                return change
            }
            return rescore(g, d)
        }

        /// Adds `by` occurrences of group `g` on day `d` with keys `ks` and `ke` to the counts.
        @inline(__always) private func count(_ g: Int, _ d: Int, _ ks: Int, _ ke: Int, by: Int32) {
            startsAt[g * boundaries + ks] += by
            endsAt[g * boundaries + ke] += by
            endKeysStartingAt[g * boundaries + ks] += Int32(ke) * by
            startKeysEndingAt[g * boundaries + ke] += Int32(ks) * by
            if ks == ke { foldedOnDay[g * days + d] += by }
        }

        /// The change in isolated occurrences when one with keys `ks` and `ke` has just arrived on
        /// (or left) group `g`'s day `d` (already counted): itself, and a neighbour ending at `ks`
        /// (starting at `ke`) that gains (loses) its only touch on that side. Nil when that side
        /// has several such neighbours or the day has an occurrence whose keys are one: then the day
        /// must be walked.
        @inline(__always) private func quickChange(_ g: Int, _ d: Int, _ ks: Int, _ ke: Int, arriving: Bool) -> Int? {
            guard ks != ke && foldedOnDay[g * days + d] == 0 else { return nil }
            let kb = g * boundaries
            let sign = arriving ? 1 : -1
            var change = endsAt[kb + ks] == 0 && startsAt[kb + ke] == 0 ? sign : 0
            // A neighbour ending at `ks` is touched after by this occurrence alone (arriving: it is
            // the only start there now; leaving: no start is left there); the same mirrored at `ke`.
            if startsAt[kb + ks] == (arriving ? 1 : 0) && endsAt[kb + ks] > 0 {
                guard endsAt[kb + ks] == 1 else { return nil }
                if endsAt[kb + Int(startKeysEndingAt[kb + ks])] == 0 { change -= sign }
            }
            if endsAt[kb + ke] == (arriving ? 1 : 0) && startsAt[kb + ke] > 0 {
                guard startsAt[kb + ke] == 1 else { return nil }
                if startsAt[kb + Int(endKeysStartingAt[kb + ke])] == 0 { change -= sign }
            }
            return change
        }

        @inline(__always) private func rescore(_ g: Int, _ d: Int) -> Int {
            let now = isolated(g, d, leaving: -1, oldKeys: (-1, -1), newKeys: (-1, -1))
            let change = now - Int(isolatedOnDay[g * days + d])
            isolatedOnDay[g * days + d] = Int32(now)
            return change
        }

        /// The change if placed `o` moved from start `t0` (day `d0`) to `t` (day `d`), changing nothing.
        @inline(__always) func peekMove(_ o: Int, _ g: Int, from t0: Int, _ d0: Int, to t: Int, _ d: Int, len: Int) -> Int {
            let old = (Int(boundaryKey[t0 + d0]), Int(boundaryKey[t0 + d0 + len]))
            let new = (Int(boundaryKey[t + d]), Int(boundaryKey[t + d + len]))
            if d == d0 {
                return isolated(g, d, leaving: o, oldKeys: old, newKeys: new) - Int(isolatedOnDay[g * days + d])
            }
            return isolated(g, d0, leaving: o, oldKeys: old, newKeys: (-1, -1)) - Int(isolatedOnDay[g * days + d0])
                + isolated(g, d, leaving: -1, oldKeys: (-1, -1), newKeys: new) - Int(isolatedOnDay[g * days + d])
        }

        /// Isolated occurrences of group `g` on day `d`, with `leaving` (listed on that day, or -1)
        /// and its `oldKeys` taken out and an occurrence with `newKeys` put in (-1: none).
        @inline(__always) private func isolated(
            _ g: Int, _ d: Int, leaving o: Int, oldKeys: (Int, Int), newKeys: (Int, Int)
        ) -> Int {
            let listed = o >= 0
            let kb = g * boundaries
            @inline(__always) func ends(_ k: Int) -> Int {
                Int(endsAt[kb + k]) - (listed && k == oldKeys.1 ? 1 : 0) + (k == newKeys.1 ? 1 : 0)
            }
            @inline(__always) func starts(_ k: Int) -> Int {
                Int(startsAt[kb + k]) - (listed && k == oldKeys.0 ? 1 : 0) + (k == newKeys.0 ? 1 : 0)
            }
            @inline(__always) func alone(_ ks: Int, _ ke: Int) -> Bool {
                let same = ks == ke ? 1 : 0
                return ends(ks) - same == 0 && starts(ke) - same == 0
            }
            var isolated = 0
            for q in groupDays.occurrences(g, d) {
                guard q != o else { continue }
                let k = keys(q)
                if alone(k.start, k.end) { isolated += 1 }
            }
            if newKeys.0 >= 0 && alone(newKeys.0, newKeys.1) { isolated += 1 }
            return isolated
        }
    }
}
