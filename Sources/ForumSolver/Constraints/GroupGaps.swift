import ForumModel

/// group-gaps: a group's day has no idle time between its first and its last session, breaks aside.
///
/// Penalty: minutes between the group's first start and last end on a day when none of its
/// sessions runs and it is not break time, per group and day.
enum GroupGaps: CatalogueRule {
    static let id = ConstraintID.groupGaps

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = v.problem.plan.groups[g]
            for (date, day) in v.byDate(list) {
                let breaks = v.problem.grid.dayIndex(of: date).map { v.problem.grid.breaks[$0] } ?? .empty
                let busy = MinuteRanges(day.map { v.placements[$0].start..<max(v.placements[$0].start, v.placements[$0].end) })
                var idle = 0
                var spans: [String] = []
                for (a, b) in zip(busy.ranges, busy.ranges.dropFirst()) {
                    let minutes = (b.lowerBound - a.upperBound) - breaks.covered(a.upperBound, b.lowerBound)
                    guard minutes > 0 else { continue }
                    idle += minutes
                    spans.append(Explain.span(a.upperBound, b.lowerBound))
                }
                guard idle > 0 else { continue }
                out.append(Finding(
                    units: idle,
                    message: "Group \(group.name) waits \(Explain.minutes(idle)) between sessions on \(date) (\(spans.joined(separator: ", ")), breaks aside)",
                    sessions: day.map { Explain.id(v.problem, v.placements[$0].occurrence) }, groups: [group.id],
                    date: date))
            }
        }
        return out
    }
}
