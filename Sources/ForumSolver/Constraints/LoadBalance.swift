import ForumModel

/// load-balance: trainers who share pools share the work evenly.
///
/// A trainer's fair share is the minutes of their named sessions plus, for every pooled
/// occurrence they could fill, its minutes × pool count ÷ the number of trainers who could fill it.
/// Penalty: minutes a trainer works beyond their fair share (rounded down), per trainer who can
/// fill a pool with a choice. Since the shares add up to the work, this is half the total deviation.
enum LoadBalance: CatalogueRule {
    static let id = ConstraintID.loadBalance

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (t, list) in v.byTrainer().enumerated() where v.problem.trFairShare[t] >= 0 {
            let fair = Int(v.problem.trFairShare[t])
            let minutes = list.reduce(0) { $0 + v.placements[$1].minutes }
            guard minutes > fair else { continue }
            let trainer = v.problem.plan.trainers[t]
            out.append(
                Finding(
                    units: minutes - fair,
                    message:
                        "\(trainer.name) works \(DurationText.format(minutes)) in all, \(Explain.minutes(minutes - fair)) more than a fair share of \(fair == 0 ? "0m" : DurationText.format(fair))",
                    trainers: [trainer.id]))
        }
        return out
    }
}

extension LoadBalance {
    /// The incremental part: each trainer's minutes in all. `add` returns the change in penalty units.
    struct Tally {
        /// Whether any trainer has a fair share.
        let isActive: Bool
        let weights: LevelWeights
        private let fairShare: P32, minutes: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(LoadBalance.id)
            isActive = weights.isActive && p.trFairShare.contains { $0 >= 0 }
            fairShare = arena.copy(p.trFairShare)
            minutes = arena.make(p.trainerCount, 0)
        }

        /// Adds `delta` minutes (negative: removes) to trainer `tr`.
        @inline(__always) func add(_ tr: Int, _ delta: Int) -> Int {
            let fair = Int(fairShare[tr]), old = Int(minutes[tr])
            minutes[tr] = Int32(old + delta)
            return fair >= 0 ? max(0, old + delta - fair) - max(0, old - fair) : 0
        }
    }
}
