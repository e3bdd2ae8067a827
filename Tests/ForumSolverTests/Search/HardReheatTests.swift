import Foundation
import ForumCalendar
import ForumModel
import Testing
@testable import ForumSolver

/// Small plans whose constructed schedules sit in a hard local minimum (two sections sharing the only
/// pool trainer, moderators who also speak) escape it: reheating the hard temperature finds a
/// feasible schedule on every seed.
@Suite struct HardReheatTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../examples").standardizedFileURL

    @Test(arguments: ["minimal.yaml", "taldykorgan-conference.yaml"])
    func smallExamplesBecomeFeasibleOnEverySeed(_ file: String) throws {
        let plan = try PlanCalendars.resolve(try PlanLoader.load(contentsOf: Self.examples.appendingPathComponent(file)))
        let problem = Problem(plan)
        for seed in UInt64(1)...4 {
            let result = solve(problem, options: SolverOptions(seed: seed, stallMoves: 150_000))
            #expect(result.score.hard == 0, "\(file), seed \(seed): \(result.score.hard) hard left")
        }
    }
}
