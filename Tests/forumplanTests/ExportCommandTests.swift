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
        #expect(first.stdout.hasPrefix("feeds: 9 feeds; 10 files written, 0 unchanged, 0 removed; events: 3 new"))
        let forum = try String(contentsOf: dir.appendingPathComponent("feeds/forum.ics"), encoding: .utf8)
        #expect(forum.contains("UID:ws/s2@cli-2026.forumplanner\r\n"))
        #expect(forum.contains("DTSTART;TZID=Asia/Almaty:20260310T100000\r\n"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("feeds/sections/ws-2.ics").path))

        let second = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds", "--format", "json"], in: dir)
        #expect(second.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any]
        #expect((json?["written"] as? [String]) == [])
        #expect(json?["unchanged"] as? Int == 10)
        #expect(json?["state"] as? String == dir.appendingPathComponent("feeds.forumplan").standardizedFileURL.path)
        #expect((json?["trainer_feeds"] as? [[String: String]])?.map { $0["trainer"] ?? "" } == ["abisheva", "berik"])
    }

    @Test func noFileInThePublishedFolderNamesATokenButTheTrainersOwnFeedPath() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds", "--report", "--format", "json"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let state = dir.appendingPathComponent("feeds.forumplan")
        let tokens =
            try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: state.appendingPathComponent("tokens.json")))
                    as? [String: [String: String]])["tokens"] ?? [:]
        #expect(tokens.keys.sorted() == ["abisheva", "berik"])
        let feeds = dir.appendingPathComponent("feeds")
        let files = try #require(FileManager.default.subpaths(atPath: feeds.path)).sorted()
        #expect(files.contains("report/index.html") && files.contains("index.html"))
        #expect(!files.contains { $0.hasPrefix(".forumplan") }, "publication state in the published folder: \(files)")
        for path in files {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: feeds.appendingPathComponent(path).path, isDirectory: &isFolder)
            for (trainer, token) in tokens where path.contains(token) {
                #expect(path == "trainers/\(token)" || path == "trainers/\(token)/\(trainer).ics", "\(path) names \(trainer)'s token")
            }
            guard !isFolder.boolValue else { continue }
            let content = try String(decoding: Data(contentsOf: feeds.appendingPathComponent(path)), as: UTF8.self)
            for (trainer, token) in tokens {
                #expect(!content.contains(token), "\(path) names \(trainer)'s token")
            }
        }
        #expect(try Self.permissions(state) == 0o700)
        for name in ["tokens.json", "manifest.json"] {
            #expect(try Self.permissions(state.appendingPathComponent(name)) == 0o600, "\(name)")
        }
    }

    @Test func anOldStateFolderInsideThePublishedFolderIsMovedOutWithANote() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        let first = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        // Lay the folder out as earlier versions left it: the state inside, world-readable.
        let state = dir.appendingPathComponent("feeds.forumplan"), legacy = dir.appendingPathComponent("feeds/.forumplan")
        try fm.moveItem(at: state, to: legacy)
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: legacy.path)
        try fm.setAttributes([.posixPermissions: 0o644], ofItemAtPath: legacy.appendingPathComponent("tokens.json").path)
        let tokens = try Data(contentsOf: legacy.appendingPathComponent("tokens.json"))

        let second = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("note: moved the publication state"), "\(second.stderr)")
        #expect(second.stdout.hasPrefix("feeds: 9 feeds; 0 files written, 10 unchanged"), "the history came along: \(second.stdout)")
        #expect(!fm.fileExists(atPath: legacy.path))
        #expect(try Data(contentsOf: state.appendingPathComponent("tokens.json")) == tokens)
        #expect(try Self.permissions(state) == 0o700 && Self.permissions(state.appendingPathComponent("tokens.json")) == 0o600)

        // Both places at once: refuse rather than guess which history subscribers have.
        try fm.createDirectory(at: legacy, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: legacy.appendingPathComponent("manifest.json"))
        let both = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "feeds"], in: dir)
        #expect(both.status == 2)
        #expect(both.stderr.contains("holds publication state"), "\(both.stderr)")

        let inside = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "public", "--state", "public/state"], in: dir)
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("cannot live inside the published folder"), "\(inside.stderr)")
        let elsewhere = try CommandRunner.run(["export", "plan.yaml", "schedule.yaml", "--out", "public", "--state", "private/forum"], in: dir)
        #expect(elsewhere.status == 0, "\(elsewhere.stderr)")
        #expect(fm.fileExists(atPath: dir.appendingPathComponent("private/forum/tokens.json").path))
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("public.forumplan").path))
    }

    static func permissions(_ url: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) & 0o777
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
