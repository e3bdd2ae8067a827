import ForumModel

/// group-daily-load: a participant of a group with `max_daily_load` attends at most that many
/// minutes of sessions a day.
///
/// A participant attends one section of a split session, so each run of a split session counts
/// its duration once on each day one of its sections meets. Penalty: minutes over the limit, per
/// group and day.
enum GroupDailyLoad: CatalogueRule {
    static let id = ConstraintID.groupDailyLoad

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = p.plan.groups[g]
            guard let limit = group.maxDailyMinutes else { continue }
            for (date, day) in v.byDate(list) {
                var counted: [Int] = [], seenRuns: [Int32] = []
                for i in day {
                    let run = p.occSplitRun[v.placements[i].occurrence]
                    if run >= 0 { if seenRuns.contains(run) { continue } else { seenRuns.append(run) } }
                    counted.append(i)
                }
                let minutes = counted.reduce(0) { $0 + v.placements[$1].minutes }
                guard minutes > limit else { continue }
                let titles = counted.map { Explain.timed(v, v.placements[$0]) }.joined(separator: ", ")
                out.append(
                    Finding(
                        units: minutes - limit,
                        message:
                            "Group \(group.name) attends \(DurationText.format(minutes)) of sessions on \(date) (\(titles)) but at most \(DurationText.format(limit)) a day: \(Explain.minutes(minutes - limit)) over",
                        sessions: counted.map { Explain.id(p, v.placements[$0].occurrence) }, groups: [group.id], date: date))
            }
        }
        return out
    }
}

extension GroupDailyLoad {
    /// The incremental part: minutes per (group, day), and sections per (split run, group of the
    /// run, day) so that a split run counts once a day for each of its groups. Functions return the
    /// change in penalty units.
    struct Tally {
        /// Whether any group has a limit.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int
        private let limit: P32, load: P32
        /// Where each split run's (group, day) counters start in `runDay`.
        private let runBase: P32
        private let runDay: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(GroupDailyLoad.id)
            isActive = weights.isActive && p.groupMaxDaily.contains { $0 != Int32.max }
            days = p.grid.dayCount
            limit = arena.copy(p.groupMaxDaily)
            load = arena.make(isActive ? p.groupCount * days : 0, 0)
            var groupsOfRun = [Int32](repeating: 0, count: p.splitRunCount)
            for o in 0..<p.occurrenceCount where p.occSplitRun[o] >= 0 {
                groupsOfRun[Int(p.occSplitRun[o])] = Int32(p.sesGroups.range(Int(p.occSession[o])).count)
            }
            var base: [Int32] = [], total: Int32 = 0
            for count in groupsOfRun {
                base.append(total)
                total += count
            }
            runBase = arena.copy(base)
            runDay = arena.make(isActive ? Int(total) * days : 0, 0)
        }

        /// A meeting of `minutes` (a section of split run `split`, -1: not split) now counts for
        /// group `g`, its session's `gi`-th group, on day `d`.
        @inline(__always) func enter(_ g: Int, _ gi: Int, split: Int, _ d: Int, minutes: Int) -> Int {
            if split >= 0 {
                let k = (Int(runBase[split]) + gi) * days + d
                runDay[k] += 1
                guard runDay[k] == 1 else { return 0 }
            }
            return add(g, d, minutes)
        }

        /// The inverse of `enter`.
        @inline(__always) func leave(_ g: Int, _ gi: Int, split: Int, _ d: Int, minutes: Int) -> Int {
            if split >= 0 {
                let k = (Int(runBase[split]) + gi) * days + d
                runDay[k] -= 1
                guard runDay[k] == 0 else { return 0 }
            }
            return add(g, d, -minutes)
        }

        /// Adds `minutes` (negative: removes) to group `g` on day `d`; returns the change in units.
        @inline(__always) private func add(_ g: Int, _ d: Int, _ minutes: Int) -> Int {
            let k = g * days + d, cap = Int(limit[g]), old = Int(load[k])
            load[k] = Int32(old + minutes)
            return max(0, old + minutes - cap) - max(0, old - cap)
        }

        /// The change for group `g` (the session's `gi`-th) if a meeting of `minutes` of split run
        /// `split` moved from day `d0` to day `d`, changing nothing.
        @inline(__always) func peekMove(_ g: Int, _ gi: Int, split: Int, _ minutes: Int, from d0: Int, to d: Int) -> Int {
            guard d0 != d else { return 0 }
            let run = split >= 0 ? (Int(runBase[split]) + gi) * days : 0
            let leaves = split < 0 || runDay[run + d0] == 1
            let comes = split < 0 || runDay[run + d] == 0
            let cap = Int(limit[g])
            var delta = 0
            if leaves {
                let old = Int(load[g * days + d0])
                delta += max(0, old - minutes - cap) - max(0, old - cap)
            }
            if comes {
                let old = Int(load[g * days + d])
                delta += max(0, old + minutes - cap) - max(0, old - cap)
            }
            return delta
        }
    }
}
