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
                out.append(Finding(
                    units: minutes - limit,
                    message: "Group \(group.name) attends \(DurationText.format(minutes)) of sessions on \(date) (\(titles)) but at most \(DurationText.format(limit)) a day: \(Explain.minutes(minutes - limit)) over",
                    sessions: counted.map { Explain.id(p, v.placements[$0].occurrence) }, groups: [group.id], date: date))
            }
        }
        return out
    }
}

extension GroupDailyLoad {
    /// The incremental part: minutes per (group, day), and sections per (split run, day) so that a
    /// split run counts once a day.
    struct Tally {
        /// Whether any group has a limit.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int
        private let limit: P32, load: P32, runDay: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(GroupDailyLoad.id)
            isActive = weights.isActive && p.groupMaxDaily.contains { $0 != Int32.max }
            days = p.grid.dayCount
            limit = arena.copy(p.groupMaxDaily)
            load = arena.make(isActive ? p.groupCount * days : 0, 0)
            runDay = arena.make(isActive ? p.splitRunCount * days : 0, 0)
        }

        /// Whether a meeting of split run `split` (-1: not split) on day `d` adds its minutes to its
        /// groups when it comes (`entering`) or removes them when it goes; updates the run's count.
        @inline(__always) func countsRun(_ split: Int, _ d: Int, entering: Bool) -> Bool {
            guard split >= 0 else { return true }
            let k = split * days + d
            if entering { runDay[k] += 1; return runDay[k] == 1 }
            runDay[k] -= 1
            return runDay[k] == 0
        }

        /// Adds `minutes` (negative: removes) to group `g` on day `d`; returns the change in units.
        @inline(__always) func add(_ g: Int, _ d: Int, _ minutes: Int) -> Int {
            let k = g * days + d, cap = Int(limit[g]), old = Int(load[k])
            load[k] = Int32(old + minutes)
            return max(0, old + minutes - cap) - max(0, old - cap)
        }

        /// The change in units if a meeting of `minutes` of split run `split` moved from day `d0`
        /// to day `d` for group `g`, changing nothing.
        @inline(__always) func peekMove(_ g: Int, _ split: Int, _ minutes: Int, from d0: Int, to d: Int) -> Int {
            guard d0 != d else { return 0 }
            let leaves = split < 0 || runDay[split * days + d0] == 1
            let comes = split < 0 || runDay[split * days + d] == 0
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
