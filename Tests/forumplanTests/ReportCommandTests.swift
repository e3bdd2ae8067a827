import Foundation
import Testing

/// `forumplan report` and `forumplan export --report` end to end: the real binary, the Taraz example.
@Suite struct ReportCommandTests {
    static let plan = CommandRunner.packageRoot.appendingPathComponent("examples/taraz-forum.yaml").path
    static let schedule = CommandRunner.packageRoot.appendingPathComponent("examples/witnesses/taraz-forum.schedule.yaml").path

    func folder() throws -> URL { try CommandRunner.folder(with: [:]) }

    @Test func reportWritesPagesAndTheJSONSummary() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["report", Self.plan, Self.schedule, "--lang", "en", "--out", "site", "--format", "json"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["out", "index", "pages", "written", "unchanged", "removed", "bytes", "score", "violations"])
        let written = try #require(json["written"] as? [String])
        #expect(json["pages"] as? Int == written.count)
        #expect(written.first == "index.html")
        #expect(
            written.contains("days/2019-11-14.html") && written.contains("trainers/berdibekova.html") && written.contains("groups/directors.html"))
        let score = try #require(json["score"] as? [String: Int])
        #expect(score["hard"] == 0)
        let index = try String(contentsOf: dir.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("Score 0hard/\(score["soft"]!)soft"), "the overview shows the evaluated score")
        #expect(index.contains("<svg class=\"load\""))

        let again = try CommandRunner.run(["report", Self.plan, Self.schedule, "--lang", "en", "--out", "site"], in: dir)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 written, \(written.count) unchanged, 0 removed"), "\(again.stdout)")
    }

    @Test func aScheduleOfAnotherForumExitsTwo() throws {
        let dir = try CommandRunner.folder(with: ["other.schedule.yaml": "forum: other\nassignments: []\nunplaced: []\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["report", Self.plan, "other.schedule.yaml", "--out", "site"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("the schedule is for forum 'other' but the plan is forum 'taraz-2019'"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("site").path))
    }

    @Test func anUnwritableOutputExitsTwo() throws {
        let dir = try CommandRunner.folder(with: ["site": "a file, not a folder"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["report", Self.plan, Self.schedule, "--lang", "en", "--out", "site"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr.contains("site"), "\(run.stderr)")
        #expect(!run.stderr.contains("internal error"))
    }

    @Test func helpHasExamplesAndTheJSONKeys() throws {
        let run = try CommandRunner.run(["report", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:") && run.stdout.contains("forumplan report"))
        #expect(run.stdout.contains("\"written\""))
    }

    @Test func exportWithReportLinksTheTimetableFromIndex() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(
            ["export", Self.plan, Self.schedule, "--lang", "en", "--out", "feeds", "--report", "--format", "json"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let report = try #require(json["report"] as? [String: Any])
        #expect(report["index"] as? String == "report/index.html")
        let index = try String(contentsOf: dir.appendingPathComponent("feeds/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"report/index.html\">Timetable</a>"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("feeds/report/days/2019-11-15.html").path))

        let plain = try CommandRunner.run(["export", Self.plan, Self.schedule, "--lang", "en", "--out", "feeds", "--format", "json"], in: dir)
        #expect(plain.status == 0)
        let plainJSON = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        #expect(plainJSON["report"] is NSNull)
        let unlinked = try String(contentsOf: dir.appendingPathComponent("feeds/index.html"), encoding: .utf8)
        #expect(!unlinked.contains("report/index.html"))
        #expect(plain.stderr.contains("holds an earlier timetable that index.html no longer links"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("feeds/report/index.html").path), "export leaves the report alone")
    }
}
