import ForumModel

/// late-finish: occurrences end by the forum's `late_after` time.
///
/// Penalty: minutes of an occurrence after `late_after`, per occurrence (nothing when it is not set).
enum LateFinish: CatalogueRule {
    static let id = ConstraintID.lateFinish

    /// Minutes of `from ..< to` after `lateAfter`.
    static func minutes(from: Int, to: Int, lateAfter: TimeOfDay?) -> Int {
        guard let lateAfter else { return 0 }
        return max(0, to - max(from, lateAfter.minutes))
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        let lateAfter = v.problem.plan.forum.lateAfter
        return v.placements.compactMap { p in
            let late = minutes(from: p.start, to: p.end, lateAfter: lateAfter)
            guard late > 0, let lateAfter else { return nil }
            return Finding(
                units: late, message: "\(Explain.place(v, p)) on \(p.date) runs \(Explain.minutes(late)) past \(lateAfter)",
                sessions: [Explain.id(v.problem, p.occurrence)], date: p.date, start: p.start, end: p.end)
        }
    }
}
