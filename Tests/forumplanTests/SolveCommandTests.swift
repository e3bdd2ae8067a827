import Foundation
import Testing

/// `forumplan solve` as a user runs it: the schedule file, infeasible pins explained, JSON keys, bad plans.
@Suite struct SolveCommandTests {
    static let minimal = CommandRunner.packageRoot.appendingPathComponent("examples/minimal.yaml").path

    @Test func writesAScheduleListingEveryOccurrence() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["solve", Self.minimal, "-o", "minimal.schedule.yaml"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("minimal.schedule.yaml: feasible, score "))
        let text = try String(contentsOf: dir.appendingPathComponent("minimal.schedule.yaml"), encoding: .utf8)
        for session in ["opening", "assessment", "closing"] { #expect(text.contains(session), "\(session)") }
        #expect(text.contains("feasible: true"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["minimal.schedule.yaml"])
    }

    @Test func trainerPinnedTwiceAtOnceExitsOneWithTheReason() throws {
        let plan = try String(contentsOfFile: Self.minimal, encoding: .utf8)
            .replacingOccurrences(
                of: "    trainers: [berik]\n    after: [assessment]",
                with: "    trainers: [berik]\n    pin: {day: 2026-03-02, start: \"09:00\"}"
            )
            .replacingOccurrences(
                of: "    features: [stage]\n    trainers: [berik]",
                with: "    features: [stage]\n    trainers: [berik]\n    pin: {day: 2026-03-02, start: \"09:00\"}")
        let dir = try CommandRunner.folder(with: ["plan.yaml": plan])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["solve", "plan.yaml", "-o", "out.yaml", "--time-limit", "2"], in: dir)
        #expect(run.status == 1, "\(run.stdout)\n\(run.stderr)")
        let all = run.stdout + run.stderr
        #expect(all.contains("INFEASIBLE"))
        #expect(
            all.contains(
                "can never work: trainer-double-booked: Berik Sadykov is pinned to 'Opening plenary' (09:00–10:00) and 'Closing' (09:00–09:30)"),
            "\(all)")
        let text = try String(contentsOf: dir.appendingPathComponent("out.yaml"), encoding: .utf8)
        #expect(text.contains("feasible: false"))
    }

    @Test func jsonReportHasTheDocumentedKeys() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["solve", Self.minimal, "-o", "s.yaml", "--format", "json", "--seed", "4"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "schedule", "feasible", "score", "stop_reason", "seconds", "moves", "moves_per_second",
                "time_to_first_feasible", "violations", "unplaced", "infeasibilities"
            ])
        #expect(object["feasible"] as? Bool == true)
        #expect(Set((object["score"] as? [String: Int] ?? [:]).keys) == ["hard", "medium", "soft"])
        #expect(object["schedule"] as? String == "s.yaml")
    }

    /// One violation shape: `solve --format json` and `check --format json` on the schedule it
    /// wrote list the same violations with the same keys and values (times with the forum's offset).
    @Test func solveAndCheckPrintTheSameViolations() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let taraz = CommandRunner.packageRoot.appendingPathComponent("examples/taraz-forum.yaml").path
        let solve = try CommandRunner.run(
            ["solve", taraz, "-o", "s.yaml", "--time-limit", "1", "--seed", "3", "--format", "json"], in: dir)
        #expect(solve.status <= 1, "\(solve.stderr)")
        let check = try CommandRunner.run(["check", taraz, "s.yaml", "--format", "json"], in: dir)
        func violations(_ text: String) throws -> [NSDictionary] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(object["violations"] as? [[String: Any]]).map { NSDictionary(dictionary: $0) }
        }
        let fromSolve = try violations(solve.stdout), fromCheck = try violations(check.stdout)
        #expect(!fromSolve.isEmpty)
        #expect(fromSolve == fromCheck)
        let timed = try #require(fromSolve.first { $0["start"] is String })
        #expect(
            Set(timed.allKeys.compactMap { $0 as? String }) == [
                "constraint", "level", "penalty", "message", "sessions", "trainers", "rooms", "groups", "date", "start", "end"
            ])
        #expect((timed["start"] as? String)?.hasSuffix("+05:00") == true || (timed["start"] as? String)?.hasSuffix("+06:00") == true)
        #expect((timed["start"] as? String)?.hasPrefix(timed["date"] as? String ?? "-") == true)
    }

    @Test func badPlanExitsTwoWithoutWriting() throws {
        let dir = try CommandRunner.folder(with: ["plan.yaml": "forum:\n  id: x\n  days: [not-a-date]\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["solve", "plan.yaml", "-o", "out.yaml"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("plan.yaml:"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.yaml").path))
    }
}
