import Foundation
import Testing

/// `forumplan validate` end to end: the real binary, real files, exit codes and both output formats.
@Suite struct ValidateCommandTests {
    static let brokenPlan = """
        forum:
          id: broken
          title: Broken
          time_zone: Asia/Almatty
          days: [2026-03-02]
          hours: {start: "09:00", end: "17:00"}
        venues:
          - id: school
            rooms: [{id: hall, capacity: 50}]
        sessions:
          - {id: talk, title: Talk, duration: 1h, groupz: [all]}
        """

    static let planWithWarning = """
        forum: {id: w, title: W, time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: "09:00", end: "17:00"}}
        venues: [{id: school, rooms: [{id: hall, capacity: 50}]}]
        trainers: [{id: idle, name: Idle}]
        sessions: [{id: talk, title: Talk, duration: 1h, attendance: 10}]
        """

    @Test func theBinaryWasBuilt() {
        #expect(
            FileManager.default.isExecutableFile(atPath: CommandRunner.executable.path),
            "forumplan not found at \(CommandRunner.executable.path); run `swift build` first")
    }

    @Test func aValidPlanExitsZeroWithOneSummaryLine() throws {
        let result = try CommandRunner.run(["validate", "examples/minimal.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "examples/minimal.yaml: valid — 3 sessions, 4 occurrences, 2 rooms, 2 trainers, 1 group\n")
        #expect(result.stderr == "")
    }

    @Test func warningsGoToStderrAndDoNotFail() throws {
        let folder = try CommandRunner.folder(with: ["plan.yaml": Self.planWithWarning])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["validate", "plan.yaml"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "plan.yaml: valid — 1 session, 1 occurrence, 1 room, 1 trainer, 0 groups\n")
        #expect(result.stderr.hasPrefix("plan.yaml:3:12: warning: trainer 'idle' has no session to run\n  hint: "))
    }

    @Test func anInvalidPlanExitsTwoWithEveryDiagnosticOnStderr() throws {
        let folder = try CommandRunner.folder(with: ["plan.yaml": Self.brokenPlan])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["validate", "plan.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                plan.yaml:4:14: error: unknown time zone 'Asia/Almatty'
                  hint: Did you mean 'Asia/Almaty'?
                plan.yaml:11:43: error: unknown key 'groupz' in session 'talk'
                  hint: Did you mean 'groups'?
                plan.yaml: invalid — 2 errors

                """)
    }

    @Test func jsonReportsAValidPlan() throws {
        let result = try CommandRunner.run(["validate", "examples/minimal.yaml", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == true)
        #expect(object["file"] as? String == "examples/minimal.yaml")
        #expect(object["sessions"] as? Int == 3)
        #expect(object["occurrences"] as? Int == 4)
        #expect(object["rooms"] as? Int == 2)
        #expect(object["trainers"] as? Int == 2)
        #expect(object["groups"] as? Int == 1)
        #expect((object["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func jsonReportsAnInvalidPlanOnStdout() throws {
        let folder = try CommandRunner.folder(with: ["plan.yaml": Self.brokenPlan])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["validate", "plan.yaml", "--format", "json"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == "")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["valid"] as? Bool == false)
        #expect(object["sessions"] as? Int == 0)
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let first = try #require(diagnostics.first)
        #expect(first["severity"] as? String == "error")
        #expect(first["file"] as? String == "plan.yaml")
        #expect(first["line"] as? Int == 4)
        #expect(first["column"] as? Int == 14)
        #expect(first["message"] as? String == "unknown time zone 'Asia/Almatty'")
        #expect(first["hint"] as? String == "Did you mean 'Asia/Almaty'?")
    }

    @Test func aMissingFileExitsTwo() throws {
        let result = try CommandRunner.run(["validate", "no-such-plan.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: no-such-plan.yaml: cannot read the file (No such file or directory)\n"))
        let json = try CommandRunner.run(["validate", "no-such-plan.yaml", "--format", "json"])
        #expect(json.status == 2)
        #expect(json.stdout.contains("\"line\" : null"))
    }

    @Test(arguments: [["validate"], ["validate", "a.yaml", "--bogus"], ["validate", "a.yaml", "--format", "xml"], ["nonsense"]])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Usage: forumplan"))
    }

    @Test func helpShowsExamplesAndExitsZero() throws {
        let result = try CommandRunner.run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:\n  forumplan validate examples/minimal.yaml"))
        #expect(try CommandRunner.run(["--version"]).stdout == "0.1.0\n")
    }
}
