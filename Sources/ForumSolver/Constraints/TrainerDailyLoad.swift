import ForumModel

/// trainer-daily-load: a trainer works at most their `max_daily_load` minutes of sessions a day.
///
/// Penalty: minutes over the limit, per trainer and day.
enum TrainerDailyLoad: CatalogueRule {
    static let id = ConstraintID.trainerDailyLoad

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (t, list) in v.byTrainer().enumerated() where !list.isEmpty {
            let trainer = v.problem.plan.trainers[t]
            guard let limit = trainer.maxDailyMinutes else { continue }
            for (date, day) in v.byDate(list) {
                let minutes = day.reduce(0) { $0 + v.placements[$1].minutes }
                guard minutes > limit else { continue }
                let titles = day.map { Explain.label(v.problem, v.placements[$0].occurrence) }.joined(separator: ", ")
                out.append(
                    Finding(
                        units: minutes - limit,
                        message:
                            "\(trainer.name) works \(DurationText.format(minutes)) on \(date) (\(titles)) but at most \(DurationText.format(limit)) a day: \(Explain.minutes(minutes - limit)) over",
                        sessions: day.map { Explain.id(v.problem, v.placements[$0].occurrence) }, trainers: [trainer.id],
                        date: date))
            }
        }
        return out
    }
}

extension TrainerDailyLoad {
    /// The incremental part: minutes per (trainer, day). Functions return the change in penalty units.
    struct Tally {
        /// Whether any trainer has a limit.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int
        private let limit: P32, minutes: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(TrainerDailyLoad.id)
            isActive = weights.isActive && p.trMaxDaily.contains { $0 != Int32.max }
            days = p.grid.dayCount
            limit = arena.copy(p.trMaxDaily)
            minutes = arena.make(p.trainerCount * days, 0)
        }

        /// Adds `delta` minutes (negative: removes) to trainer `tr` on day `d`.
        @inline(__always) func add(_ tr: Int, _ d: Int, _ delta: Int) -> Int {
            let k = tr * days + d, cap = Int(limit[tr]), old = Int(minutes[k])
            minutes[k] = Int32(old + delta)
            return max(0, old + delta - cap) - max(0, old - cap)
        }

        /// The change if `length` minutes of trainer `tr` moved from day `d0` to day `d`, changing nothing.
        @inline(__always) func peekMove(_ tr: Int, _ length: Int, from d0: Int, to d: Int) -> Int {
            guard d != d0 else { return 0 }
            let cap = Int(limit[tr])
            let old0 = Int(minutes[tr * days + d0]), old1 = Int(minutes[tr * days + d])
            return max(0, old0 - length - cap) - max(0, old0 - cap) + max(0, old1 + length - cap) - max(0, old1 - cap)
        }

        /// Trainer `tr`'s minutes on day `d` (0 when no trainer has a limit).
        @inline(__always) func load(_ tr: Int, _ d: Int) -> Int { isActive ? Int(minutes[tr * days + d]) : 0 }

        /// Whether `length` more minutes on day `d` would take trainer `tr` over the limit.
        @inline(__always) func wouldExceed(_ tr: Int, _ d: Int, _ length: Int) -> Bool {
            isActive && Int(minutes[tr * days + d]) + length > Int(limit[tr])
        }
    }
}
