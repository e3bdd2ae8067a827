import Foundation
import ForumModel
import Testing
@testable import ForumSheets

/// The Otpan example's rosters written as four workbooks, read back and imported into a plan that
/// holds only its forum and constraints, give the same plan; a changed row changes one entry.
@Suite struct RoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let otpan = root.appendingPathComponent("examples/otpan-rollout.yaml")

    /// The example's text without its `venues`, `travel`, `trainers`, `groups` and `sessions` sections.
    static func emptied(_ text: String) -> String {
        var out: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " ", first != "#", !line.isEmpty {
                skipping = ["venues:", "travel:", "trainers:", "groups:", "sessions:"].contains { line.hasPrefix($0) }
            }
            if !skipping { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    static func workbooks(_ plan: Plan) throws -> [Workbook] {
        try RosterWorkbooks.documents(plan).map { try XLSXReader.read(XLSXWriter.data($0.document), file: $0.file) }
    }

    @Test func otpanRostersRoundTrip() throws {
        let original = try PlanLoader.load(contentsOf: Self.otpan).plan
        let books = try Self.workbooks(original)
        let text = try String(contentsOf: Self.otpan, encoding: .utf8)
        let planPath = Self.root.appendingPathComponent("examples/otpan-imported.yaml").path
        let result = try RosterImport.run(planText: Self.emptied(text), planPath: planPath, workbooks: books, prune: false)
        let imported = try PlanLoader.load(text: result.text, path: "otpan-imported.yaml", baseURL: Self.root.appendingPathComponent("examples")).plan
        #expect(PlanSummary(imported) == PlanSummary(original))
        #expect(imported.venues == original.venues)
        #expect(imported.trainers == original.trainers)
        #expect(imported.groups == original.groups)
        #expect(imported.sessions == original.sessions)
        #expect(imported == original)
        #expect(result.changes.allSatisfy { $0.action == .added })
        #expect(result.changes.filter { $0.kind == "session" }.count == original.sessions.count)
        #expect(result.changes.filter { $0.kind == "room" }.count == original.rooms.count)

        // Again with one trainer's daily load changed: one line of the plan changes, the rest is byte for byte.
        var changed = original
        changed.trainers[4].maxDailyMinutes = 4 * 60
        let again = try RosterImport.run(planText: result.text, planPath: planPath, workbooks: try Self.workbooks(changed), prune: false)
        let before = result.text.split(separator: "\n", omittingEmptySubsequences: false)
        let after = again.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        let differing = zip(before, after).filter { $0 != $1 }
        #expect(differing.count == 1)
        #expect(differing.first?.1.contains("max_daily_load: 4h") == true)
        #expect(
            again.changes.filter { $0.action != .unchanged } == [
                ImportChange(kind: "trainer", id: original.trainers[4].id, action: .changed, source: "trainers.xlsx:Trainers!A6")
            ])
        let reimported = try PlanLoader.load(text: again.text, path: "otpan-imported.yaml", baseURL: Self.root.appendingPathComponent("examples"))
            .plan
        #expect(reimported == changed)
    }
}
