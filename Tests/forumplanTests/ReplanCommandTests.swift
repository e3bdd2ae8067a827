import Foundation
import Testing

/// `forumplan solve --baseline` end to end on the export tests' plan: Berik cannot open at 09:00 any more.
@Suite struct ReplanCommandTests {
    /// The export tests' plan with Berik (who opens at 09:00 in the published schedule) busy until 10:00.
    static let plan = ExportCommandTests.plan.replacingOccurrences(
        of: #"- {id: berik, name: "Berik Sadykov"}"#,
        with: #"- {id: berik, name: "Berik Sadykov", unavailable: ["2026-03-10 09:00-10:00"]}"#)

    /// The export tests' schedule with workshop section 2 an hour later (Abisheva runs both sections).
    static let schedule = ExportCommandTests.schedule.replacingOccurrences(
        of: "section: 2\n  date: 2026-03-10\n  start: \"10:00\"\n  end: \"11:00\"",
        with: "section: 2\n  date: 2026-03-10\n  start: \"11:00\"\n  end: \"12:00\"")

    func folder() throws -> URL {
        #expect(Self.schedule != ExportCommandTests.schedule)
        return try CommandRunner.folder(with: [
            "old-plan.yaml": ExportCommandTests.plan, "plan.yaml": Self.plan,
            "schedule.yaml": Self.schedule
        ])
    }

    /// The SEQUENCE of each event in a feed, by UID.
    static func sequences(_ ics: String) -> [String: String] {
        var result: [String: String] = [:]
        for block in ics.components(separatedBy: "BEGIN:VEVENT").dropFirst() {
            let lines = block.components(separatedBy: "\r\n")
            guard let uid = lines.first(where: { $0.hasPrefix("UID:") }),
                let sequence = lines.first(where: { $0.hasPrefix("SEQUENCE:") })
            else { continue }
            result[String(uid.dropFirst(4))] = String(sequence.dropFirst(9))
        }
        return result
    }

    @Test func onlyTheForcedSessionMovesAndOnlyItsSequenceIsRaised() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CommandRunner.run(["export", "old-plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")

        let solved = try CommandRunner.run(["solve", "plan.yaml", "-o", "new.yaml", "--baseline", "schedule.yaml"], in: dir)
        #expect(solved.status == 0, "\(solved.stderr)")
        #expect(solved.stdout.contains("new.yaml: feasible, score 0hard/"))
        #expect(solved.stdout.contains("Against schedule.yaml: 1 moved, 0 re-staffed, 0 added, 0 cancelled, 2 unchanged (0 locked)"))
        #expect(solved.stdout.contains("  Moved: 'Opening' from Tuesday, 10 March 2026, 09:00–10:00, Hall, School 1 to Tuesday, 10 March 2026, "))

        let second = try CommandRunner.run(["export", "plan.yaml", "new.yaml", "--out", "feeds"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        let forum = try String(contentsOf: dir.appendingPathComponent("feeds/forum.ics"), encoding: .utf8)
        #expect(
            Self.sequences(forum) == [
                "opening@cli-2026.forumplanner": "1", "ws/s1@cli-2026.forumplanner": "0",
                "ws/s2@cli-2026.forumplanner": "0"
            ])
    }

    @Test func jsonListsTheChangesAsDiffDoes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(
            [
                "solve", "plan.yaml", "-o", "new.yaml", "--baseline", "schedule.yaml",
                "--format", "json"
            ], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let replan = json?["replan"] as? [String: Any]
        #expect(replan?["baseline"] as? String == "schedule.yaml")
        #expect(
            replan?["counts"] as? [String: Int] == [
                "moved": 1, "restaffed": 0, "added": 0, "cancelled": 0,
                "unchanged": 2, "locked": 0
            ])
        let changes = replan?["changes"] as? [[String: Any]]
        #expect(changes?.map { $0["kind"] as? String } == ["moved"])
        #expect(changes?.first?["occurrence"] as? String == "opening")
        #expect((json?["score"] as? [String: Int])?["medium"] ?? 0 > 0)

        let plain = try CommandRunner.run(["solve", "old-plan.yaml", "-o", "x.yaml", "--format", "json"], in: dir)
        #expect(plain.status == 0 && !plain.stdout.contains("\"replan\""))
    }

    @Test func aLockedOccurrenceThatCannotStayIsABadInput() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let locked = try CommandRunner.run(
            [
                "solve", "plan.yaml", "-o", "new.yaml", "--baseline", "schedule.yaml",
                "--lock-before", "2026-03-10T09:30"
            ], in: dir)
        #expect(locked.status == 2)
        #expect(locked.stderr.contains("error: locked occurrence 'opening' cannot keep its baseline place: Berik Sadykov is unavailable"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new.yaml").path))
        let kept = try CommandRunner.run(
            [
                "solve", "old-plan.yaml", "-o", "new.yaml", "--baseline", "schedule.yaml",
                "--lock-before", "2026-03-10 10:30"
            ], in: dir)
        #expect(kept.status == 0 && kept.stdout.contains("0 moved, 0 re-staffed, 0 added, 0 cancelled, 3 unchanged (2 locked)"), "\(kept.stderr)")
        let usage = try CommandRunner.run(["solve", "plan.yaml", "-o", "new.yaml", "--lock-before", "2026-03-10T09:30"], in: dir)
        #expect(usage.status == 2 && usage.stderr.contains("'--lock-before' needs '--baseline OLD'"))
    }
}
