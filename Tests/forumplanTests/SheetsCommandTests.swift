import Foundation
import Testing

/// `forumplan init`, `import` and `export --format xlsx` as a user runs them.
@Suite struct SheetsCommandTests {
    static let taraz = "examples/taraz-forum.yaml"
    static let tarazSchedule = "examples/witnesses/taraz-forum.schedule.yaml"

    @Test func xlsxTimetableReadsBackWithTheSameScore() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("taraz.xlsx").path
        let written = try CommandRunner.run(["export", Self.taraz, Self.tarazSchedule, "--format", "xlsx", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "\(out): 5 sheets, 18 occurrences written\n")
        let fromYAML = try CommandRunner.run(["check", Self.taraz, Self.tarazSchedule, "--format", "json"])
        let fromXLSX = try CommandRunner.run(["check", Self.taraz, out, "--format", "json"])
        #expect(fromXLSX.status == fromYAML.status, "\(fromXLSX.stderr)")
        func score(_ text: String) throws -> [String: Int]? {
            (try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])?["score"] as? [String: Int]
        }
        #expect(try score(fromXLSX.stdout) != nil)
        #expect(try score(fromXLSX.stdout) == score(fromYAML.stdout))
        let diff = try CommandRunner.run(["diff", Self.taraz, Self.tarazSchedule, out])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout == "Өзгеріс жоқ.\n", "\(diff.stdout)") // Taraz writes Kazakh first
    }

    @Test func initThenImportThenValidate() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml").path
        let started = try CommandRunner.run(["init", plan, "--from", "2026-03-02", "--to", "2026-03-03", "--town", "Taraz"])
        #expect(started.status == 0, "\(started.stderr)")
        let valid = try CommandRunner.run(["validate", plan])
        #expect(valid.status == 0 && valid.stderr.isEmpty, "\(valid.stderr)")
        #expect(valid.stdout.hasSuffix("valid — 2 sessions, 2 occurrences, 2 rooms, 1 trainer, 1 group\n"))
        let again = try CommandRunner.run(["init", plan, "--from", "2026-03-02", "--town", "Taraz"])
        #expect(again.status == 2)

        let rosters = dir.appendingPathComponent("rosters").path
        let exported = try CommandRunner.run(["import", "examples/minimal.yaml", "--write-rosters", rosters])
        #expect(exported.status == 0, "\(exported.stderr)")
        let files = ["rooms", "trainers", "groups", "sessions"].map { "\(rosters)/\($0).xlsx" }
        let imported = try CommandRunner.run(["import", plan] + files + ["--prune"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            imported.stdout.hasSuffix(
                "updated — 8 added, 1 changed, 0 unchanged, 4 removed; 3 sessions, 4 occurrences, 2 rooms, 2 trainers, 1 group\n"),
            "\(imported.stdout)")
        let after = try CommandRunner.run(["validate", plan])
        #expect(after.status == 0, "\(after.stderr)")
        let unchanged = try CommandRunner.run(["import", plan] + files + ["--format", "json"])
        #expect(unchanged.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(unchanged.stdout.utf8)) as? [String: Any])
        #expect(report["written"] as? Bool == false)
    }

    @Test func aBadCellWritesNothing() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("plan.yaml")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("examples/minimal.yaml"), to: plan)
        let before = try Data(contentsOf: plan)
        let roster = dir.appendingPathComponent("trainers.csv")
        try "trainer,name,max daily load\nabisheva,Aigul Abisheva,6h\nberik,Berik Sadykov,6 hours\n".write(
            to: roster, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["import", plan.path, roster.path])
        #expect(result.status == 2)
        #expect(
            result.stderr == """
                \(roster.path):C3: error: max daily load: '6 hours' is not a duration
                  hint: Write durations as 90m, 1h30m or 3h.
                \(plan.path): not changed — 1 error in the rosters

                """)
        #expect(try Data(contentsOf: plan) == before)
    }
}
