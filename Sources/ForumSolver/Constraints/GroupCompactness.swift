import ForumModel

/// group-compactness: a group's occurrences on a day come in blocks: each one touches another of
/// the group, that is, one ends exactly when the other starts, or only break time lies between
/// them (so sessions either side of lunch are compact).
///
/// Penalty: 1 per isolated occurrence, per group (as ITC-2007 counts per curriculum); parallel
/// sections at the same time do not touch each other.
enum GroupCompactness: CatalogueRule {
    static let id = ConstraintID.groupCompactness

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = v.problem.plan.groups[g]
            for (date, day) in v.byDate(list) {
                let breaks = v.problem.grid.dayIndex(of: date).map { v.problem.grid.breaks[$0] } ?? .empty
                let keys = day.map { i in
                    (start: breaks.runStart(endingAt: v.placements[i].start), end: breaks.runStart(endingAt: v.placements[i].end))
                }
                for (x, i) in day.enumerated() {
                    let touched = keys.indices.contains { y in
                        y != x && (keys[y].end == keys[x].start || keys[y].start == keys[x].end)
                    }
                    guard !touched else { continue }
                    let p = v.placements[i]
                    out.append(Finding(
                        units: 1,
                        message: "Group \(group.name) has \(Explain.place(v, p)) on \(date) with no session of the group right before or after it",
                        sessions: [Explain.id(v.problem, p.occurrence)], groups: [group.id], date: date,
                        start: p.start, end: p.end))
                }
            }
        }
        return out
    }
}
