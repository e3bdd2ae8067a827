import ForumModel

/// group-gaps: a group's day has no idle time between its first and its last session, breaks aside.
///
/// Penalty: minutes between the group's first start and last end on a day when none of its
/// sessions runs and it is not break time, per group and day.
enum GroupGaps: CatalogueRule {
    static let id = ConstraintID.groupGaps

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = v.problem.plan.groups[g]
            for (date, day) in v.byDate(list) {
                let breaks = v.problem.grid.dayIndex(of: date).map { v.problem.grid.breaks[$0] } ?? .empty
                let busy = MinuteRanges(day.map { v.placements[$0].start..<max(v.placements[$0].start, v.placements[$0].end) })
                var idle = 0
                var spans: [String] = []
                for (a, b) in zip(busy.ranges, busy.ranges.dropFirst()) {
                    let minutes = (b.lowerBound - a.upperBound) - breaks.covered(a.upperBound, b.lowerBound)
                    guard minutes > 0 else { continue }
                    idle += minutes
                    spans.append(Explain.span(a.upperBound, b.lowerBound))
                }
                guard idle > 0 else { continue }
                out.append(
                    Finding(
                        units: idle,
                        message:
                            "Group \(group.name) waits \(Explain.minutes(idle)) between sessions on \(date) (\(spans.joined(separator: ", ")), breaks aside)",
                        sessions: day.map { Explain.id(v.problem, v.placements[$0].occurrence) }, groups: [group.id],
                        date: date))
            }
        }
        return out
    }
}

extension GroupGaps {
    /// The incremental part: idle minutes per (group, day), recomputed from the groups' slot
    /// occupancy when a day changes. Functions return the change in penalty units.
    struct Tally {
        /// Whether the constraint counts.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int, slots: Int, perDay: Int, grid: Int
        private let idleOnDay: P32, slotBreak: P32
        /// Occurrences per (group, slot) and the group-day lists, kept by the search state.
        private let groupSlot: P32
        private let groupDays: DayLists

        init(_ p: Problem, groupSlot: P32, groupDays: DayLists, arena: Arena) {
            weights = p.weights(.groupGaps)
            isActive = weights.isActive && p.groupCount > 0
            days = p.grid.dayCount
            slots = p.slotCount
            perDay = max(1, p.grid.slotsPerDay)
            grid = p.grid.gridMinutes
            idleOnDay = arena.make(p.groupCount * days, 0)
            slotBreak = arena.copy(p.grid.slotBreakMinutes)
            self.groupSlot = groupSlot
            self.groupDays = groupDays
        }

        /// Re-scores group `g`'s day `d` after an occurrence came or went there.
        @inline(__always) func rescore(_ g: Int, _ d: Int) -> Int {
            let now = groupDays.count(g, d) < 2 ? 0 : idle(g, d, vacated: -1, occupied: -1, len: 0)
            let change = now - Int(idleOnDay[g * days + d])
            idleOnDay[g * days + d] = Int32(now)
            return change
        }

        /// The change if an occurrence of `len` slots of group `g` moved from start `t0` (day `d0`)
        /// to `t` (day `d`), changing nothing.
        /// A day with at most one meeting of the group has one block and no idle time.
        @inline(__always) func peekMove(_ g: Int, from t0: Int, _ d0: Int, to t: Int, _ d: Int, len: Int) -> Int {
            if d == d0 {
                guard groupDays.count(g, d) > 1 else { return 0 }
                return idle(g, d, vacated: t0, occupied: t, len: len) - Int(idleOnDay[g * days + d])
            }
            let before = groupDays.count(g, d0) > 2 ? idle(g, d0, vacated: t0, occupied: -1, len: len) : 0
            let after = groupDays.count(g, d) > 0 ? idle(g, d, vacated: -1, occupied: t, len: len) : 0
            return before - Int(idleOnDay[g * days + d0]) + after - Int(idleOnDay[g * days + d])
        }

        /// Idle minutes (not break time) between group `g`'s first and last occupied slot of day `d`,
        /// with `len` slots from `vacated` freed and from `occupied` taken (either -1: none).
        @inline(__always) private func idle(_ g: Int, _ d: Int, vacated: Int, occupied: Int, len: Int) -> Int {
            let dayStart = d * perDay
            let gb = g * slots + dayStart
            @inline(__always) func busy(_ k: Int) -> Bool {
                let slot = dayStart + k
                var c = Int(groupSlot[gb + k])
                if vacated >= 0 && slot >= vacated && slot < vacated + len { c -= 1 }
                if occupied >= 0 && slot >= occupied && slot < occupied + len { c += 1 }
                return c > 0
            }
            // One pass: free minutes seen since the last busy slot count once a busy slot follows.
            var minutes = 0, pending = 0, started = false
            for k in 0..<perDay {
                if busy(k) {
                    minutes += pending
                    pending = 0
                    started = true
                } else if started {
                    pending += grid - Int(slotBreak[dayStart + k])
                }
            }
            return minutes
        }
    }
}
