import ForumModel

/// spread-over-days: the meetings of a repeated session (each section separately) take place on
/// at least `repeats.min_days` different days.
///
/// Penalty: days short of `min_days`, per series with at least one placed meeting.
enum SpreadOverDays: CatalogueRule {
    static let id = ConstraintID.spreadOverDays

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for (s, list) in v.bySeries().enumerated() where p.seriesMinDays[s] > 0 && !list.isEmpty {
            let dates = Array(Set(list.map { v.placements[$0].date })).sorted()
            let short = Int(p.seriesMinDays[s]) - dates.count
            guard short > 0 else { continue }
            out.append(Finding(
                units: short,
                message: "\(v.seriesLabel(v.placements[list[0]].occurrence)) meets on \(Explain.count(dates.count, "day")) (\(dates.map(\.description).joined(separator: ", "))) but should spread over at least \(p.seriesMinDays[s]): \(Explain.count(short, "day")) short",
                sessions: list.map { Explain.id(p, v.placements[$0].occurrence) }))
        }
        return out
    }
}
