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
        let score =
            replan == nil
            ? result.score.description
            : "\(result.score.hard)hard/\(result.score.medium)medium/\(result.score.soft)soft"
        lines.append("\(path): \(verdict), score \(score) (\(result.schedule.assignments.count) placed, \(result.schedule.unplaced.count) unplaced)")
        let first = stats.timeToFirstFeasible.map { String(format: "%.2fs", $0) } ?? "never"
        lines.append(
            String(
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
