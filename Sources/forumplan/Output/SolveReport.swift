import Foundation
import ForumModel
import ForumSolver

/// What `solve --format json` prints (keys documented in `forumplan solve --help`).
struct SolveReport: Encodable {
    struct UnplacedJSON: Encodable { var occurrence, reason: String }

    var schedule: String
    var feasible: Bool
    var score: Score
    var stop_reason: String
    var seconds: Double
    var moves: Int
    var moves_per_second: Double
    var time_to_first_feasible: Double?
    var violations: [Violation]
    var unplaced: [UnplacedJSON]
    var infeasibilities: [Infeasibility]
    var replan: ReplanSummary.JSON?

    init(path: String, result: SolveResult, feasible: Bool, replan: ReplanSummary? = nil) {
        schedule = path
        self.feasible = feasible
        score = result.score
        stop_reason = result.stopReason.rawValue
        seconds = (result.statistics.elapsed * 1000).rounded() / 1000
        moves = result.statistics.moves
        moves_per_second = result.statistics.movesPerSecond.rounded()
        time_to_first_feasible = result.statistics.timeToFirstFeasible.map { ($0 * 1000).rounded() / 1000 }
        violations = result.violations
        unplaced = result.schedule.unplaced.map { UnplacedJSON(occurrence: $0.id.description, reason: $0.reason) }
        infeasibilities = result.infeasibilities
        self.replan = replan?.json
    }

    private enum CodingKeys: String, CodingKey {
        case schedule, feasible, score, stop_reason, seconds, moves, moves_per_second, time_to_first_feasible,
            violations, unplaced, infeasibilities, replan
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schedule, forKey: .schedule)
        try c.encode(feasible, forKey: .feasible)
        try c.encode(score, forKey: .score)
        try c.encode(stop_reason, forKey: .stop_reason)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(moves, forKey: .moves)
        try c.encode(moves_per_second, forKey: .moves_per_second)
        try c.encode(time_to_first_feasible, forKey: .time_to_first_feasible) // null when never feasible
        try c.encode(violations, forKey: .violations)
        try c.encode(unplaced, forKey: .unplaced)
        try c.encode(infeasibilities, forKey: .infeasibilities)
        try c.encodeIfPresent(replan, forKey: .replan) // only with --baseline
    }

    /// The document; violation times carry the offset of the forum's `timeZone`.
    func json(timeZone: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.userInfo[Violation.timeZoneKey] = TimeZone(identifier: timeZone)
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
