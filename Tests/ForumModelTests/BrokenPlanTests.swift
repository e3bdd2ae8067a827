import Foundation
import Testing
@testable import ForumModel

/// Every broken plan under `Fixtures/broken` gives exactly the diagnostics in its `.expected` file.
@Suite struct BrokenPlanTests {
    @Test func thereIsOneFixturePerKindOfMistake() {
        #expect(Fixtures.brokenNames().count >= 20)
    }

    @Test(arguments: Fixtures.brokenNames())
    func reportsExactlyTheExpectedDiagnostics(name: String) throws {
        let url = URL(fileURLWithPath: "\(name).yaml", relativeTo: Fixtures.broken)
        let expected = try String(contentsOf: Fixtures.broken.appendingPathComponent("\(name).expected"), encoding: .utf8)
        do {
            let document = try PlanLoader.load(contentsOf: url)
            Issue.record("\(name).yaml loaded without errors (\(document.plan.sessions.count) sessions)")
        } catch {
            #expect(error.description + "\n" == expected)
            #expect(error.diagnostics.allSatisfy { $0.severity == .error && $0.hint != nil })
        }
    }

    @Test func theValidFixtureLoadsWithoutWarnings() throws {
        let document = try PlanLoader.load(contentsOf: Fixtures.folder.appendingPathComponent("valid/minimal.yaml"))
        #expect(document.warnings.isEmpty)
        #expect(PlanSummary(document.plan).description == "2 sessions, 3 occurrences, 2 rooms, 2 trainers, 1 group")
    }
}
