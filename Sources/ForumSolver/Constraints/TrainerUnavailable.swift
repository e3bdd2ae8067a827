import ForumModel

/// trainer-unavailable: a trainer works only inside their `availability` windows (when any are
/// given) and never in their `unavailable` times (busy calendars are merged into these).
///
/// Penalty: minutes of an occurrence the trainer cannot work, per trainer and occurrence.
enum TrainerUnavailable: CatalogueRule {
    static let id = ConstraintID.trainerUnavailable

    /// The minutes of `date` trainer `trainer` cannot work.
    static func ranges(_ trainer: Trainer, on date: LocalDate) -> MinuteRanges {
        let busy = MinuteRanges(windows: trainer.unavailable, on: date)
        guard !trainer.availability.isEmpty else { return busy }
        return MinuteRanges(windows: trainer.availability, on: date).complement().union(busy)
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for p in v.placements {
            for t in p.trainers {
                let trainer = v.problem.plan.trainers[t]
                let minutes = ranges(trainer, on: p.date).covered(p.start, p.end)
                guard minutes > 0 else { continue }
                out.append(
                    Finding(
                        units: minutes,
                        message:
                            "\(trainer.name) is unavailable for \(minutes == p.minutes ? "all" : "\(minutes) of the") \(Explain.minutes(p.minutes)) of \(Explain.place(v, p)) on \(p.date)",
                        sessions: [Explain.id(v.problem, p.occurrence)], trainers: [trainer.id], date: p.date,
                        start: p.start, end: p.end))
            }
        }
        return out
    }
}
