import ForumCalendar
import ForumModel
import ForumTestSupport
import Foundation
import NIOConcurrencyHelpers
import Testing
@testable import ForumServer

/// The real server on 127.0.0.1 (a free port), spoken to over a plain socket.
@Suite(.serialized)
struct LiveServerTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func answersOverTheWire() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path) { port in
            let feed = try await RawHTTP.fetch(port: port, target: "/forum.ics")
            let file = try folder.read("forum.ics")
            #expect(feed.status == 200 && feed.body == file)
            #expect(feed.headers["content-type"] == "text/calendar; charset=utf-8")
            #expect(feed.headers["server"] == "forumplan" && feed.headers["date"] != nil)
            let tag = try #require(feed.headers["etag"])
            let again = try await RawHTTP.fetch(port: port, target: "/forum.ics", headers: ["If-None-Match": tag])
            #expect(again.status == 304 && again.body.isEmpty && again.headers["etag"] == tag)
            #expect([nil, String(feed.body.count)].contains(again.headers["content-length"]), "a 304 may only state the length of the 200")
            let since = try await RawHTTP.fetch(port: port, target: "/forum.ics", headers: ["If-Modified-Since": feed.headers["last-modified"] ?? ""])
            #expect(since.status == 304)
            let head = try await RawHTTP.fetch(port: port, method: "HEAD", target: "/forum.ics")
            #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == String(feed.body.count))
            let packed = try await RawHTTP.fetch(port: port, target: "/forum.ics", headers: ["Accept-Encoding": "gzip"])
            #expect(packed.headers["content-encoding"] == "gzip" && packed.body.count < feed.body.count)
            #expect(packed.body.starts(with: [0x1F, 0x8B]))
            let post = try await RawHTTP.fetch(port: port, method: "POST", target: "/forum.ics")
            #expect(post.status == 405 && post.headers["allow"] == "GET, HEAD")
            #expect(try await RawHTTP.fetch(port: port, target: "/missing.ics").status == 404)
            let headMissing = try await RawHTTP.fetch(port: port, method: "HEAD", target: "/missing.ics")
            #expect(headMissing.status == 404 && headMissing.body.isEmpty)
            let trainer = try await RawHTTP.fetch(port: port, target: "/trainers/\(FeedFolder.token)/abisheva.ics")
            #expect(trainer.status == 200 && trainer.headers["cache-control"] == "private, max-age=600")
        }
    }

    /// `/` of a forum published in Kazakh and Russian answers in the language the client asks for.
    @Test func theIndexFollowsAcceptLanguage() async throws {
        let plan = try PlanLoader.load(contentsOf: Self.packageRoot.appendingPathComponent("examples/taraz-forum.yaml")).plan
        let schedule = try ScheduleFile.read(contentsOf: Self.packageRoot.appendingPathComponent("examples/witnesses/taraz-forum.schedule.yaml"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("forumserver-lang-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("feeds")
        _ = try FeedExporter.export(plan: plan, schedule: schedule, to: out, options: ExportOptions(language: .kk), now: Date())
        let pages = try Dictionary(
            uniqueKeysWithValues: ["index.html", "index.kk.html", "index.ru.html"].map {
                ($0, Array(try Data(contentsOf: out.appendingPathComponent($0))))
            })
        try await withLiveServer(out.path) { port in
            let russian = try await RawHTTP.fetch(port: port, target: "/", headers: ["Accept-Language": "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"])
            #expect(russian.status == 200 && russian.body == pages["index.ru.html"])
            #expect(russian.headers["vary"]?.contains("Accept-Language") == true)
            let kazakh = try await RawHTTP.fetch(port: port, target: "/", headers: ["Accept-Language": "en;q=0.5, kk-KZ"])
            #expect(kazakh.body == pages["index.kk.html"])
            let english = try await RawHTTP.fetch(port: port, target: "/", headers: ["Accept-Language": "en-GB, de;q=0.5"])
            #expect(english.body == pages["index.html"], "no English page: the default language's")
            let none = try await RawHTTP.fetch(port: port, target: "/")
            #expect(none.body == pages["index.html"])
            let explicit = try await RawHTTP.fetch(port: port, target: "/index.html", headers: ["Accept-Language": "ru"])
            #expect(explicit.body == pages["index.html"] && explicit.headers["vary"]?.contains("Accept-Language") != true)
            let refused = try await RawHTTP.fetch(port: port, target: "/", headers: ["Accept-Language": "ru;q=0, kk;q=0.3"])
            #expect(refused.body == pages["index.kk.html"], "q=0 refuses a language")
        }
        #expect(ContentNegotiation.languages("da, en-GB;q=0.8, en;q=0.7, *;q=0.5, ru;q=0") == ["da", "en"])
    }

    @Test func traversalAttemptsNeverLeaveTheFolder() async throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("forumserver-trav-\(UUID().uuidString)")
        let feeds = parent.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: parent) }
        try Data("TOPSECRET".utf8).write(to: parent.appendingPathComponent("secret.ics"))
        try Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8).write(to: feeds.appendingPathComponent("forum.ics"))
        try FileManager.default.createSymbolicLink(
            atPath: feeds.appendingPathComponent("link.ics").path,
            withDestinationPath: parent.appendingPathComponent("secret.ics").path)
        try FileManager.default.createSymbolicLink(atPath: feeds.appendingPathComponent("up").path, withDestinationPath: parent.path)
        let attempts = [
            "/../secret.ics", "/..%2Fsecret.ics", "/%2e%2e/secret.ics", "/%2E%2E%2Fsecret.ics", "/./../secret.ics",
            "/forum.ics/../../secret.ics", "/%2e%2e%2f%2e%2e%2fsecret.ics", "/..\\secret.ics", "/..%5csecret.ics",
            "/link.ics", "/up/secret.ics", "//secret.ics", "/%00/../secret.ics",
            parent.appendingPathComponent("secret.ics").path, "/" + parent.appendingPathComponent("secret.ics").path
        ]
        try await withLiveServer(feeds.path) { port in
            for target in attempts {
                let response = try await RawHTTP.fetch(port: port, target: target)
                #expect([400, 404].contains(response.status), "\(target): \(response.status)")
                #expect(!response.text.contains("TOPSECRET"), "\(target)")
            }
            #expect(try await RawHTTP.fetch(port: port, target: "/forum.ics").status == 200)
            #expect(try await RawHTTP.fetch(port: port, target: "/up/feeds/forum.ics").status == 200, "a link that leads back inside is fine")
        }
    }

    /// Requests in a loop while `FeedExporter` publishes a changed schedule into the served folder:
    /// every answer is wholly the old feed or wholly the new one, with the tag of those bytes.
    @Test func reExportMidFlightNeverMixesOldAndNew() async throws {
        let plan = try PlanLoader.load(contentsOf: Self.packageRoot.appendingPathComponent("examples/taraz-forum.yaml")).plan
        let schedule = try ScheduleFile.read(contentsOf: Self.packageRoot.appendingPathComponent("examples/witnesses/taraz-forum.schedule.yaml"))
        var shifted = schedule
        for i in shifted.assignments.indices {
            shifted.assignments[i].start = TimeOfDay(minutes: shifted.assignments[i].start.minutes + 15)!
            shifted.assignments[i].end = TimeOfDay(minutes: shifted.assignments[i].end.minutes + 15)!
        }
        let moved = shifted
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("forumserver-reexport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: dir)
            try? FileManager.default.removeItem(at: dir.appendingPathExtension("forumplan"))
        }
        let t0 = Date(timeIntervalSince1970: 1_772_323_200)
        _ = try FeedExporter.export(plan: plan, schedule: schedule, to: dir, now: t0)
        let old = try Data(contentsOf: dir.appendingPathComponent("forum.ics"))

        try await withLiveServer(dir.path) { port in
            let oldTag = try await RawHTTP.fetch(port: port, target: "/forum.ics").headers["etag"]
            let done = NIOLockedValueBox(false)
            let versions = NIOLockedValueBox([old])
            let exporting = Task.detached {
                defer { done.withLockedValue { $0 = true } }
                for round in 1...3 { // moved and back again (each time a new SEQUENCE), ending moved
                    _ = try FeedExporter.export(
                        plan: plan, schedule: round % 2 == 1 ? moved : schedule, to: dir,
                        now: t0.addingTimeInterval(Double(3600 * round)))
                    let version = try Data(contentsOf: dir.appendingPathComponent("forum.ics"))
                    versions.withLockedValue { $0.append(version) }
                }
            }
            var answers: [RawHTTP.Response] = []
            while true {
                let finished = done.withLockedValue { $0 }
                async let a = RawHTTP.fetch(port: port, target: "/forum.ics")
                async let b = RawHTTP.fetch(port: port, target: "/forum.ics", headers: ["Accept-Encoding": "identity"])
                answers += [try await a, try await b]
                if finished { break }
            }
            try await exporting.value
            let new = try Data(contentsOf: dir.appendingPathComponent("forum.ics"))
            let published = versions.withLockedValue { $0 }
            #expect(Set(published).count == 4, "every export published a new version")
            for answer in answers {
                #expect(answer.status == 200)
                let body = Data(answer.body)
                #expect(published.contains(body), "a response is not one published version (\(body.count) bytes)")
                #expect(answer.headers["etag"] == answer.body.withUnsafeBytes(ContentTag.of))
            }
            #expect(Data(answers.last!.body) == new, "the new export is picked up without a restart")
            #expect(answers.last!.headers["etag"] != oldTag)
            _ = try FeedExporter.export(plan: plan, schedule: moved, to: dir, now: t0.addingTimeInterval(36000))
            #expect(
                try await RawHTTP.fetch(port: port, target: "/forum.ics").headers["etag"] == answers.last!.headers["etag"],
                "an export with no change keeps the tag")
        }
    }

    @Test func aTakenPortIsAClearError() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path) { port in
            let options = FeedServerOptions(host: "127.0.0.1", port: port, accessLog: .off)
            let second = FeedServer(folder: try ServedFolder(path: folder.url.path), options: options)
            await #expect(throws: ServeError.addressInUse(host: "127.0.0.1", port: port)) {
                try await runFeedServer(second, options: options)
            }
        }
    }

    @Test func theWatcherRepublishesWhenASourceChanges() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        let source = folder.url.appendingPathComponent("source.txt").path
        try Data("1".utf8).write(to: URL(fileURLWithPath: source))
        let watcher = SourceWatcher(paths: [source], interval: .milliseconds(20)) {
            try folder.write("forum.ics", "BEGIN:VCALENDAR\r\nX-VERSION:2\r\nEND:VCALENDAR\r\n")
            return "republished"
        }
        try await withLiveServer(folder.url.path, watcher: watcher) { port in
            #expect(try await RawHTTP.fetch(port: port, target: "/forum.ics").text.contains("PRODID"))
            try await Task.sleep(for: .milliseconds(50))
            try Data("22".utf8).write(to: URL(fileURLWithPath: source))
            var text = ""
            for _ in 0..<100 where !text.contains("X-VERSION:2") {
                try await Task.sleep(for: .milliseconds(20))
                text = try await RawHTTP.fetch(port: port, target: "/forum.ics").text
            }
            #expect(text.contains("X-VERSION:2"))
        }
    }
}
