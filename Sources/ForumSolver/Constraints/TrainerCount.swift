import ForumModel

/// trainer-count: an occurrence has all its named trainers plus exactly `pool.count` pool trainers,
/// all of them trainers of the plan.
///
/// Penalty per occurrence: named trainers missing, plus the difference between pool trainers
/// assigned and `pool.count`, plus trainer ids the plan does not know.
enum TrainerCount: CatalogueRule {
    static let id = ConstraintID.trainerCount

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for p in v.placements {
            let session = v.session(p)
            let named = v.problem.sesNamed[p.session].map(Int.init)
            let missing = named.filter { !p.trainers.contains($0) }
            let picks = p.trainers.filter { !named.contains($0) }.count
            let wanted = session.pool?.count ?? 0
            let units = missing.count + abs(picks - wanted) + p.unknownTrainers.count
            guard units > 0 else { continue }
            var parts: [String] = []
            if !missing.isEmpty {
                parts.append(
                    "lacks its named trainer\(missing.count == 1 ? "" : "s") "
                        + missing.map { v.problem.plan.trainers[$0].name }.joined(separator: ", "))
            }
            if picks != wanted { parts.append("has \(picks) pool trainer\(picks == 1 ? "" : "s") instead of \(wanted)") }
            if !p.unknownTrainers.isEmpty {
                parts.append("lists " + p.unknownTrainers.map { "'\($0)'" }.joined(separator: ", ") + ", not trainers of the plan")
            }
            out.append(
                Finding(
                    units: units, message: "\(Explain.timed(v, p)) on \(p.date) " + parts.joined(separator: ", "),
                    sessions: [Explain.id(v.problem, p.occurrence)],
                    trainers: missing.map { v.problem.plan.trainers[$0].id } + p.unknownTrainers, date: p.date,
                    start: p.start, end: p.end))
        }
        return out
    }
}
