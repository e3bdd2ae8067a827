import ForumModel

/// trainer-skill: a trainer filling a session's pool has every skill the pool asks for.
///
/// Penalty: missing skills, per pool trainer and occurrence.
enum TrainerSkill: CatalogueRule {
    static let id = ConstraintID.trainerSkill

    /// Skills of `pool` that `trainer` lacks.
    static func misses(_ trainer: Trainer, pool: TrainerPool) -> Int {
        pool.skills.filter { !trainer.skills.contains($0) }.count
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for p in v.placements {
            guard let pool = v.session(p).pool else { continue }
            let named = v.problem.sesNamed[p.session]
            for t in p.trainers where !named.contains(Int32(t)) {
                let trainer = v.problem.plan.trainers[t]
                let lacking = pool.skills.filter { !trainer.skills.contains($0) }
                guard !lacking.isEmpty else { continue }
                out.append(
                    Finding(
                        units: lacking.count,
                        message:
                            "\(trainer.name) lacks \(lacking.map { "'\($0)'" }.joined(separator: ", ")) needed for \(Explain.timed(v, p)) on \(p.date)",
                        sessions: [Explain.id(v.problem, p.occurrence)], trainers: [trainer.id], date: p.date,
                        start: p.start, end: p.end))
            }
        }
        return out
    }
}
