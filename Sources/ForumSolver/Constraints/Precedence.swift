import ForumModel

/// precedence: a session with `after` starts only once those sessions have ended, one with `before`
/// ends before they start, and one with `same_day` meets on the same day as them (run by run when
/// both repeat equally often, otherwise every occurrence with every occurrence).
///
/// Penalty: for order, the minutes by which the later one starts too early (across days on the
/// calendar); for same day, the number of days apart. Pairs with an unplaced side do not count.
enum Precedence: CatalogueRule {
    static let id = ConstraintID.precedence

    static func findings(in v: ScheduleView) -> [Finding] {
        var at = [Int?](repeating: nil, count: v.problem.occurrenceCount)
        for (i, p) in v.placements.enumerated() { at[p.occurrence] = i }
        var out: [Finding] = []
        for pair in v.problem.precedence {
            guard let i = at[Int(pair.earlier)], let j = at[Int(pair.later)] else { continue }
            let a = v.placements[i], b = v.placements[j]
            let sessions = [Explain.id(v.problem, a.occurrence), Explain.id(v.problem, b.occurrence)]
            switch pair.kind {
            case .after:
                let early = a.absoluteEnd - b.absoluteStart
                guard early > 0 else { continue }
                out.append(Finding(
                    units: early,
                    message: "\(Explain.timed(v, b)) on \(b.date) must start after \(Explain.timed(v, a)) on \(a.date) ends: \(Explain.minutes(early)) too early",
                    sessions: sessions, date: b.date, start: b.start, end: b.end))
            case .sameDay:
                let apart = abs(a.date.daysSinceEpoch - b.date.daysSinceEpoch)
                guard apart > 0 else { continue }
                out.append(Finding(
                    units: apart,
                    message: "\(Explain.timed(v, a)) on \(a.date) and \(Explain.timed(v, b)) on \(b.date) must be on the same day: \(Explain.count(apart, "day")) apart",
                    sessions: sessions))
            }
        }
        return out
    }
}
