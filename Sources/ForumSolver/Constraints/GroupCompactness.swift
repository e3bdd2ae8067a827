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
    /// Functions return the change in penalty units.
    struct Tally {
        /// Whether the constraint counts.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int, boundaries: Int
        private let startsAt: P32, endsAt: P32, isolatedOnDay: P32
        private let startKey: P32, endKey: P32
        private let boundaryKey: P32
        private let groupDays: DayLists

        init(_ p: Problem, groupDays: DayLists, arena: Arena) {
            weights = p.weights(.groupCompactness)
            isActive = weights.isActive && p.groupCount > 0
            days = p.grid.dayCount
            boundaries = p.grid.boundaryCount
            startsAt = arena.make(isActive ? p.groupCount * boundaries : 0, 0)
            endsAt = arena.make(isActive ? p.groupCount * boundaries : 0, 0)
            isolatedOnDay = arena.make(p.groupCount * days, 0)
            startKey = arena.make(isActive ? p.occurrenceCount : 0, 0)
            endKey = arena.make(isActive ? p.occurrenceCount : 0, 0)
            boundaryKey = arena.copy(p.grid.boundaryKey)
            self.groupDays = groupDays
        }

        /// Isolated occurrences of group `g` on day `d` (0 while the constraint does not count).
        @inline(__always) func isolated(_ g: Int, onDay d: Int) -> Int { isActive ? Int(isolatedOnDay[g * days + d]) : 0 }

        /// The touch keys of placed occurrence `o`'s start and end.
        @inline(__always) private func keys(_ o: Int) -> (start: Int, end: Int) { (Int(startKey[o]), Int(endKey[o])) }

        /// Counts `o`, placed at `t` on day `d` for `len` slots, for group `g` (already listed in the
        /// group-day index).
        @inline(__always) func enter(_ o: Int, _ g: Int, _ t: Int, _ d: Int, len: Int) -> Int {
            let ks = boundaryKey[t + d], ke = boundaryKey[t + d + len]
            startKey[o] = ks
            endKey[o] = ke
            startsAt[g * boundaries + Int(ks)] += 1
            endsAt[g * boundaries + Int(ke)] += 1
            return rescore(g, d)
        }

        /// The inverse of `enter` (`o` already taken off the index).
        @inline(__always) func leave(_ o: Int, _ g: Int, _ d: Int) -> Int {
            startsAt[g * boundaries + Int(startKey[o])] -= 1
            endsAt[g * boundaries + Int(endKey[o])] -= 1
            return rescore(g, d)
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
