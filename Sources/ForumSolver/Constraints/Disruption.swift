import ForumModel

/// disruption: when re-planning, an occurrence keeps the time, room and trainers it had in the
/// published baseline schedule (counted only with a baseline; new occurrences are free).
///
/// Penalty per occurrence, in people affected (attendance plus trainers): twice that when its day
/// or start changed, once when its room changed, and once per trainer who was not on it before.
enum Disruption: CatalogueRule {
    static let id = ConstraintID.disruption

    /// Units for a moved start.
    static func timeUnits(people: Int) -> Int { 2 * people }
    /// Units for a changed room.
    static func roomUnits(people: Int) -> Int { people }
    /// Units per new trainer.
    static func trainerUnits(people: Int) -> Int { people }

    static func findings(in v: ScheduleView) -> [Finding] {
        guard let replan = v.problem.replan else { return [] }
        let p = v.problem
        return v.placements.compactMap { pl in
            guard let old = replan.assignment[pl.occurrence] else { return nil }
            let people = Int(replan.people[pl.occurrence])
            let moved = old.date != pl.date || old.start.minutes != pl.start
            let roomChanged = old.room != pl.roomID
            let newTrainers = pl.trainers.filter { !replan.hadTrainer(pl.occurrence, $0) }
            let units =
                (moved ? timeUnits(people: people) : 0) + (roomChanged ? roomUnits(people: people) : 0)
                + newTrainers.count * trainerUnits(people: people)
            guard units > 0 else { return nil }
            func names(_ ids: [String]) -> String {
                ids.isEmpty
                    ? "nobody"
                    : ids.map { id in p.trainerIndex[id].map { p.plan.trainers[$0].name } ?? id }
                        .joined(separator: ", ")
            }
            func roomName(_ id: String?) -> String {
                id.map { id in p.roomIndex[id].map { p.plan.rooms[$0].name } ?? "room '\(id)'" } ?? "no room"
            }
            var parts: [String] = []
            if moved {
                parts.append(
                    "moved from \(old.date) \(Explain.span(old.start.minutes, old.end.minutes)) to \(pl.date) \(Explain.span(pl.start, pl.end))")
            }
            if roomChanged { parts.append("room changed from \(roomName(old.room)) to \(roomName(pl.roomID))") }
            if !newTrainers.isEmpty {
                parts.append("trainers changed from \(names(old.trainers)) to \(names(pl.trainers.map { p.plan.trainers[$0].id }))")
            }
            return Finding(
                units: units,
                message:
                    "\(Explain.label(p, pl.occurrence)) \(parts.joined(separator: "; ")) (\(people == 1 ? "1 person" : "\(people) people") affected)",
                sessions: [Explain.id(p, pl.occurrence)], trainers: newTrainers.map { p.plan.trainers[$0].id },
                rooms: [pl.roomID].compactMap { $0 }, date: pl.date, start: pl.start, end: pl.end)
        }
    }
}
