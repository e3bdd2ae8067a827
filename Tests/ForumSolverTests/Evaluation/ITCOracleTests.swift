import Foundation
import ForumCTT
import ForumModel
import Testing
@testable import ForumSolver

/// The full scorer on the ITC-2007 mapping reproduces the competition's costs of the best-known solutions.
@Suite struct ITCOracleTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("bench/ctt")

    static func bestKnown() throws -> [(String, Int)] {
        let text = try String(contentsOf: folder.appendingPathComponent("best-known.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: "\t")
            return (String(f[0]), Int(f[1])!)
        }
    }

    @Test(arguments: try bestKnown())
    func bestKnownSolutionScoresItsPublishedCost(name: String, cost: Int) throws {
        let instanceText = try String(contentsOf: Self.folder.appendingPathComponent("\(name).ctt"), encoding: .utf8)
        let instance = try CTTInstance(parsing: instanceText, file: name)
        let solution = try String(contentsOf: Self.folder.appendingPathComponent("best-solutions/\(name).sol"), encoding: .utf8)
        let schedule = try CTTSolution.decode(solution, instance: instance, file: name)
        let problem = Problem(instance.plan())
        let (score, violations) = evaluate(schedule, against: problem)
        #expect(score == Score(hard: 0, soft: cost), "\(name): \(violations.prefix(3))")

        // The incremental state agrees when it holds the same schedule.
        let state = SearchState(problem)
        for a in schedule.assignments {
            let o = problem.occurrenceIndex[a.id]!
            let day = problem.grid.dayIndex(of: a.date)!
            state.insert(o, at: problem.grid.slot(day: day, minute: a.start.minutes)!, room: problem.roomIndex[a.room!]!)
        }
        #expect(state.score == score)
    }
}
