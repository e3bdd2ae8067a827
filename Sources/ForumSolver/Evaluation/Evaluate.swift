import ForumModel

/// Scores any schedule against a problem and explains every violation: the single source of truth.
///
/// Works on hand-made schedules too: times off the grid, dates outside the forum, rooms or trainers
/// the plan does not know, occurrences assigned twice (the first counts) or not at all (counted by
/// `outside-hours` for their whole duration). Constraints that are off or weigh 0 are skipped.
/// - Parameter levels: the levels whose violations are explained and returned (all when nil); the
///   score always counts every level.
/// - Returns: the score (the sum of the violations' penalties per level) and the violations, hard
///   ones first, then by catalogue order, date, time and wording.
/// - Complexity: O(n²) in the occurrences of one room, trainer or group; meant for reports, not search.
public func evaluate(_ schedule: Schedule, against problem: Problem, showing levels: [ConstraintLevel]? = nil)
    -> (score: Score, violations: [Violation])
{
    let view = ScheduleView(schedule, problem: problem)
    let levelOrder: [ConstraintLevel] = [.hard, .medium, .soft, .off]
    var score = Score.zero
    var violations: [Violation] = []
    /// The order of each violation but its wording: level, catalogue index, day, start minute.
    var keys: [(Int, Int, Int, Int)] = []
    for rule in catalogue {
        let setting = problem.plan.setting(for: rule.id)
        guard setting.level != .off, setting.weight != 0 else { continue }
        let w = LevelWeights(setting)
        let level = levelOrder.firstIndex(of: setting.level)!, index = rule.id.catalogueIndex
        let shown = levels?.contains(setting.level) ?? true
        for f in rule.findings(in: view) where f.units != 0 {
            score = score + w.score(f.units)
            guard shown else { continue }
            violations.append(
                Violation(
                    constraint: rule.id, level: setting.level, penalty: f.units * setting.weight, message: f.message,
                    sessions: f.sessions, trainers: f.trainers, rooms: f.rooms, groups: f.groups, date: f.date,
                    start: f.start.flatMap { TimeOfDay(minutes: $0) }, end: f.end.flatMap { TimeOfDay(minutes: $0) }))
            keys.append((level, index, f.date?.daysSinceEpoch ?? Int.min, violations[violations.count - 1].start?.minutes ?? -1))
        }
    }
    let order = violations.indices.sorted { a, b in
        keys[a] != keys[b] ? keys[a] < keys[b] : violations[a].message < violations[b].message
    }
    return (score, order.map { violations[$0] })
}

/// The score `evaluate` would give, without building explanations (for invariant checks).
func fullScore(_ schedule: Schedule, against problem: Problem) -> Score {
    let view = ScheduleView(schedule, problem: problem)
    var score = Score.zero
    for rule in catalogue {
        let w = LevelWeights(problem.plan.setting(for: rule.id))
        guard w.isActive else { continue }
        for f in rule.findings(in: view) { score = score + w.score(f.units) }
    }
    return score
}
