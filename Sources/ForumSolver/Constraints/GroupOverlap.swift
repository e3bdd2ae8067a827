import ForumModel

/// group-overlap: a participant group attends one occurrence at a time; parallel sections of the
/// same run of a split session are disjoint parts of the group and never conflict with each other.
///
/// Penalty: minutes of overlap, per group and pair of its occurrences.
enum GroupOverlap: CatalogueRule {
    static let id = ConstraintID.groupOverlap

    /// Whether two occurrences are sections of one run of a split session.
    static func sameSplitRun(_ p: Problem, _ a: Int, _ b: Int) -> Bool {
        p.occSplitRun[a] >= 0 && p.occSplitRun[a] == p.occSplitRun[b]
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = v.problem.plan.groups[g]
            for (x, i) in list.enumerated() {
                for j in list[(x + 1)...] {
                    let a = v.placements[i], b = v.placements[j]
                    let overlap = a.overlap(b)
                    guard overlap > 0, !sameSplitRun(v.problem, a.occurrence, b.occurrence) else { continue }
                    out.append(
                        Finding(
                            units: overlap,
                            message:
                                "Group \(group.name) has \(Explain.place(v, a)) and \(Explain.place(v, b)) at once on \(a.date): \(Explain.minutes(overlap)) overlap",
                            sessions: [Explain.id(v.problem, a.occurrence), Explain.id(v.problem, b.occurrence)],
                            groups: [group.id], date: a.date, start: max(a.start, b.start), end: min(a.end, b.end)))
                }
            }
        }
        return out
    }
}
