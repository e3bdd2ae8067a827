import Foundation
import ForumModel
import ForumSolver

/// The text summary `solve` prints on stdout: score, each violation explained, what could not be placed.
struct SolveSummary {
    var path: String
    var result: SolveResult
    var feasible: Bool
    var colour: Bool
    /// The changes against the baseline when re-planning.
    var replan: ReplanSummary? = nil

    var text: String {
        let stats = result.statistics
        var lines: [String] = []
        let verdict = feasible ? paint("feasible", code: "32") : paint("INFEASIBLE", code: "31")
        let score = replan == nil ? result.score.description
            : "\(result.score.hard)hard/\(result.score.medium)medium/\(result.score.soft)soft"
        lines.append("\(path): \(verdict), score \(score) (\(result.schedule.assignments.count) placed, \(result.schedule.unplaced.count) unplaced)")
        let first = stats.timeToFirstFeasible.map { String(format: "%.2fs", $0) } ?? "never"
        lines.append(String(
            format: "searched %.2fs (%@), %d moves, %.2fM moves/s on %d thread%@; first feasible %@, best at %.2fs",
            stats.elapsed, result.stopReason.rawValue, stats.moves, stats.movesPerSecond / 1_000_000, stats.threads,
            stats.threads == 1 ? "" : "s", first, stats.timeToBest))
        for infeasibility in result.infeasibilities {
            lines.append(paint("can never work", code: "31") + ": \(infeasibility)")
        }
        for unplaced in result.schedule.unplaced {
            lines.append(paint("unplaced", code: "31") + " \(unplaced.id): \(unplaced.reason)")
        }
        for violation in result.violations {
            let level = violation.level == .hard ? paint(violation.level.rawValue, code: "31") : violation.level.rawValue
            lines.append("  [\(level) \(violation.penalty)] \(violation.constraint.rawValue): \(violation.message)")
        }
        if let replan { lines += replan.lines }
        if !feasible {
            lines.append("The schedule is written but marked 'feasible: false'. Fix the plan where the lines above say, then solve again.")
        }
        return lines.joined(separator: "\n")
    }

    private func paint(_ text: String, code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// What `solve --format json` prints (keys documented in `forumplan solve --help`).
struct SolveReport: Encodable {
    struct ScoreJSON: Encodable { var hard, medium, soft: Int }
    struct UnplacedJSON: Encodable { var occurrence, reason: String }

    var schedule: String
    var feasible: Bool
    var score: ScoreJSON
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
        score = ScoreJSON(hard: result.score.hard, medium: result.score.medium, soft: result.score.soft)
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

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
