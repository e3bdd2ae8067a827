import Foundation
import Testing

/// `forumplan export` and `forumplan agenda` end to end: the real binary, real files and libical.
@Suite struct ExportCommandTests {
    static let plan = """
        forum: {id: cli-2026, title: "Өңірлік форум", time_zone: Asia/Almaty, days: [2026-03-10], hours: {start: "09:00", end: "18:00"}}
        venues: [{id: school, name: "School 1", rooms: [{id: hall, name: Hall, capacity: 100}, {id: r1, name: "Room 1", capacity: 30}]}]
        trainers:
          - {id: abisheva, name: "Aigul Abisheva", email: abisheva@example.kz}
          - {id: berik, name: "Berik Sadykov"}
        groups: [{id: teachers, name: Teachers, size: 60}]
        sessions:
          - {id: opening, title: "Opening", kind: plenary, duration: 1h, groups: [teachers], trainers: [berik]}
          - {id: ws, title: "Workshop", kind: workshop, duration: 1h, groups: [teachers], trainers: [abisheva], sections: {count: 2}}
        """

    static let schedule = """
        forum: cli-2026
        assignments:
        - session: opening
          date: 2026-03-10
          start: "09:00"
          end: "10:00"
          room: hall
          trainers: [berik]
        - session: ws
          section: 1
          date: 2026-03-10
          start: "10:00"
          end: "11:00"
          room: hall
          trainers: [abisheva]
        - session: ws
          section: 2
          date: 2026-03-10
          start: "10:00"
          end: "11:00"
          room: r1
          trainers: [abisheva]
        unplaced: []
        """

    func folder() throws -> URL {
        try CommandRunner.folder(with: ["plan.yaml": Self.plan, "schedule.yaml": Self.schedule])
    }

    @Test func exportWritesFeedsAndASecondRunRewritesNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("feeds: 9 feeds; 12 files written, 0 unchanged, 0 removed; events: 3 new"))
        let forum = try String(contentsOf: dir.appendingPathComponent("feeds/forum.ics"), encoding: .utf8)
        #expect(forum.contains("UID:ws/s2@cli-2026.forumplanner\r\n"))
        #expect(forum.contains("DTSTART;TZID=Asia/Almaty:20260310T100000\r\n"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("feeds/sections/ws-2.ics").path))

        let second = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds", "--format", "json"], in: dir)
        #expect(second.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any]
        #expect((json?["written"] as? [String]) == [])
        #expect(json?["unchanged"] as? Int == 12)
        #expect((json?["trainer_feeds"] as? [[String: String]])?.map { $0["trainer"] ?? "" } == ["abisheva", "berik"])
    }

    @Test func revokingATokenMovesTheTrainerFeed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir)
        let before = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir).stdout
        let after = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds", "--revoke-token", "abisheva"], in: dir)
        #expect(after.status == 0)
        let line = { (text: String) in text.split(separator: "\n").first { $0.contains("abisheva:") }.map(String.init) }
        #expect(line(before) != nil && line(before) != line(after.stdout))
        let unknown = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds", "--revoke-token", "nobody"], in: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no trainer 'nobody'"))
    }

    @Test func agendaPrintsTableCSVAndICS() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try CommandRunner.run(["agenda", "plan.yaml", "schedule.yaml", "--trainer", "abisheva"], in: dir)
        #expect(text.status == 0)
        #expect(text.stdout.contains("10:00–11:00  Workshop  Hall    School 1"))
        let csv = try CommandRunner.run(["agenda", "plan.yaml", "schedule.yaml", "--room", "hall", "--format", "csv"], in: dir)
        #expect(csv.stdout.split(separator: "\r\n").count == 3)
        let ics = try CommandRunner.run(["agenda", "plan.yaml", "schedule.yaml", "--group", "teachers", "--format", "ics"], in: dir)
        #expect(ics.status == 0)
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.stdout.components(separatedBy: "BEGIN:VEVENT").count == 4)
        let usage = try CommandRunner.run(["agenda", "plan.yaml", "schedule.yaml"], in: dir)
        #expect(usage.status == 2)
        let unknown = try CommandRunner.run(["agenda", "plan.yaml", "schedule.yaml", "--group", "nope"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.contains("no group 'nope'"))
    }
}
