import ForumModel

/// trainer-preferences: a trainer works outside the times they would rather avoid (`avoid`).
///
/// Penalty: minutes of an occurrence inside the trainer's avoid windows, per trainer and occurrence.
enum TrainerPreferences: CatalogueRule {
    static let id = ConstraintID.trainerPreferences

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for p in v.placements {
            for t in p.trainers {
                let trainer = v.problem.plan.trainers[t]
                let minutes = MinuteRanges(windows: trainer.avoid, on: p.date).covered(p.start, p.end)
                guard minutes > 0 else { continue }
                out.append(
                    Finding(
                        units: minutes,
                        message: "\(trainer.name) would rather not work \(Explain.minutes(minutes)) of \(Explain.place(v, p)) on \(p.date)",
                        sessions: [Explain.id(v.problem, p.occurrence)], trainers: [trainer.id], date: p.date,
                        start: p.start, end: p.end))
            }
        }
        return out
    }
}
