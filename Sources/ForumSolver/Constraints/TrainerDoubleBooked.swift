import ForumModel

/// trainer-double-booked: a trainer runs one occurrence at a time and, between two of them on one
/// day, has the travel time between their venues plus the trainer's `min_break`.
///
/// Penalty, per pair of the trainer's occurrences on one day: minutes of overlap plus the needed
/// gap when they overlap; otherwise the minutes by which the gap between them falls short of
/// travel + `min_break`. Online rooms need no travel.
enum TrainerDoubleBooked: CatalogueRule {
    static let id = ConstraintID.trainerDoubleBooked

    /// Minutes trainer `t` needs between occurrences at physical venues `a` and `b` (nil: online or unknown).
    static func neededGap(_ p: Problem, trainer t: Int, _ a: Int?, _ b: Int?) -> Int {
        var travel = 0
        if let a, let b { travel = Int(p.travel[a * p.venueCount + b]) }
        return travel + Int(p.trMinBreak[t])
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        let trainers = v.problem.plan.trainers
        for (t, list) in v.byTrainer().enumerated() {
            for (x, i) in list.enumerated() {
                for j in list[(x + 1)...] {
                    var a = v.placements[i], b = v.placements[j]
                    guard a.date == b.date else { continue }
                    if (b.start, b.end) < (a.start, a.end) { swap(&a, &b) }
                    let needed = neededGap(v.problem, trainer: t, v.physicalVenue(a), v.physicalVenue(b))
                    let overlap = a.overlap(b)
                    let gap = b.start - a.end
                    let units = overlap > 0 ? overlap + needed : max(0, needed - gap)
                    guard units > 0 else { continue }
                    let both = "\(Explain.place(v, a)) and \(overlap > 0 ? "in " : "")\(Explain.place(v, b)) on \(a.date)"
                    let message: String
                    if overlap > 0 {
                        message = "\(trainers[t].name) is in \(both): \(Explain.minutes(overlap)) overlap"
                            + (needed > 0 ? ", plus \(Explain.minutes(needed)) needed between them for travel and break" : "")
                    } else {
                        let travel = needed - Int(v.problem.trMinBreak[t])
                        var parts: [String] = []
                        if travel > 0 { parts.append("\(travel) travel") }
                        if v.problem.trMinBreak[t] > 0 { parts.append("\(v.problem.trMinBreak[t]) break") }
                        message = "\(trainers[t].name) has \(Explain.minutes(gap)) between \(both) but needs \(needed) (\(parts.joined(separator: ", "))): \(Explain.minutes(units)) short"
                    }
                    out.append(Finding(
                        units: units, message: message,
                        sessions: [Explain.id(v.problem, a.occurrence), Explain.id(v.problem, b.occurrence)],
                        trainers: [trainers[t].id], rooms: [a.roomID, b.roomID].compactMap { $0 }, date: a.date,
                        start: overlap > 0 ? max(a.start, b.start) : a.end, end: overlap > 0 ? min(a.end, b.end) : b.start))
                }
            }
        }
        return out
    }
}
