import ForumModel

/// trainer-daily-load: a trainer works at most their `max_daily_load` minutes of sessions a day.
///
/// Penalty: minutes over the limit, per trainer and day.
enum TrainerDailyLoad: CatalogueRule {
    static let id = ConstraintID.trainerDailyLoad

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (t, list) in v.byTrainer().enumerated() {
            let trainer = v.problem.plan.trainers[t]
            guard let limit = trainer.maxDailyMinutes else { continue }
            for (date, day) in v.byDate(list) {
                let minutes = day.reduce(0) { $0 + v.placements[$1].minutes }
                guard minutes > limit else { continue }
                let titles = day.map { Explain.label(v.problem, v.placements[$0].occurrence) }.joined(separator: ", ")
                out.append(Finding(
                    units: minutes - limit,
                    message: "\(trainer.name) works \(DurationText.format(minutes)) on \(date) (\(titles)) but at most \(DurationText.format(limit)) a day: \(Explain.minutes(minutes - limit)) over",
                    sessions: day.map { Explain.id(v.problem, v.placements[$0].occurrence) }, trainers: [trainer.id],
                    date: date))
            }
        }
        return out
    }
}
