import CompressNIO
import Foundation
import NIOCore
import NIOHTTP1
import Testing
@testable import ForumServer

/// The responder without sockets: status codes, headers, conditional requests and gzip.
struct FeedResponderTests {
    let folder: FeedFolder
    let responder: FeedResponder

    init() throws {
        folder = try FeedFolder()
        responder = FeedResponder(folder: try ServedFolder(path: folder.url.path))
    }

    func ask(_ target: String, method: HTTPMethod = .GET, _ headers: [(String, String)] = []) -> FeedAnswer {
        responder.answer(method: method, target: target, headers: HTTPHeaders(headers))
    }

    func bytes(_ answer: FeedAnswer) -> [UInt8] {
        answer.body.map { Array($0.readableBytesView) } ?? []
    }

    @Test func feedsAreCalendarsWithValidators() throws {
        defer { folder.cleanup() }
        let response = ask("/forum.ics")
        #expect(response.head.status == .ok)
        #expect(response.head["Content-Type"] == "text/calendar; charset=utf-8")
        #expect(response.head["Cache-Control"] == "public, max-age=600")
        #expect(response.head["Vary"] == "Accept-Encoding")
        #expect(response.head["Content-Encoding"] == nil)
        let body = bytes(response)
        #expect(body == (try folder.read("forum.ics")))
        #expect(response.head["Content-Length"] == String(body.count))
        #expect(response.head["ETag"] == body.withUnsafeBytes(ContentTag.of))
        let modified =
            try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("forum.ics").path)[.modificationDate] as! Date
        #expect(response.head["Last-Modified"] == HTTPDate.format(Int(modified.timeIntervalSince1970)))
        #expect(ask("/").head["Content-Type"] == "text/html; charset=utf-8")
    }

    @Test func theTagDependsOnTheContentOnly() throws {
        defer { folder.cleanup() }
        let first = ask("/forum.ics").head["ETag"]
        try folder.write("forum.ics", FeedFolder.calendar("forum", events: 40)) // same bytes, new inode and time
        #expect(ask("/forum.ics").head["ETag"] == first)
        let other = try FeedFolder()
        defer { other.cleanup() }
        let restarted = FeedResponder(folder: try ServedFolder(path: other.url.path))
        #expect(restarted.answer(method: .GET, target: "/forum.ics", headers: [:]).head["ETag"] == first)
        try folder.write("forum.ics", FeedFolder.calendar("forum", events: 41))
        #expect(ask("/forum.ics").head["ETag"] != first)
    }

    @Test func conditionalRequestsAnswerNotModified() throws {
        defer { folder.cleanup() }
        let fresh = ask("/forum.ics")
        let tag = try #require(fresh.head["ETag"])
        let modified = try #require(fresh.head["Last-Modified"])
        let notModified = ask("/forum.ics", [("If-None-Match", tag)])
        #expect(notModified.head.status == .notModified)
        #expect(notModified.head["ETag"] == tag && notModified.head["Cache-Control"] == "public, max-age=600")
        #expect(bytes(notModified).isEmpty)
        #expect(ask("/forum.ics", [("If-None-Match", "\"other\", W/\(tag)")]).head.status == .notModified)
        #expect(ask("/forum.ics", [("If-None-Match", "*")]).head.status == .notModified)
        #expect(ask("/forum.ics", [("If-None-Match", "\"other\"")]).head.status == .ok)
        #expect(ask("/forum.ics", [("If-Modified-Since", modified)]).head.status == .notModified)
        #expect(ask("/forum.ics", [("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT")]).head.status == .ok)
        #expect(ask("/forum.ics", [("If-Modified-Since", "yesterday")]).head.status == .ok)
        #expect(ask("/forum.ics", [("If-None-Match", "\"other\""), ("If-Modified-Since", modified)]).head.status == .ok, "If-None-Match decides")
        #expect(ask("/forum.ics", method: .HEAD, [("If-None-Match", tag)]).head.status == .notModified)
    }

    @Test func gzipWhenAcceptedAndDecompressesToTheFile() throws {
        defer { folder.cleanup() }
        let plain = ask("/forum.ics")
        let packed = ask("/forum.ics", [("Accept-Encoding", "gzip, deflate, br")])
        #expect(packed.head["Content-Encoding"] == "gzip" && packed.head["Vary"] == "Accept-Encoding")
        let tag = try #require(packed.head["ETag"])
        #expect(tag != plain.head["ETag"])
        var buffer = ByteBuffer(bytes: bytes(packed))
        #expect(buffer.readableBytes < (try folder.read("forum.ics")).count)
        #expect(Array(try buffer.decompress(with: .gzip).readableBytesView) == (try folder.read("forum.ics")))
        #expect(ask("/forum.ics", [("Accept-Encoding", "gzip;q=0")]).head["Content-Encoding"] == nil)
        #expect(ask("/forum.ics", [("Accept-Encoding", "br")]).head["Content-Encoding"] == nil)
        #expect(ask("/forum.ics", [("Accept-Encoding", "gzip"), ("If-None-Match", tag)]).head.status == .notModified)
        #expect(ask("/forum.ics", [("If-None-Match", tag)]).head.status == .notModified, "either form's tag names the content")
    }

    @Test func headHasTheHeadersOfGetAndNoBody() throws {
        defer { folder.cleanup() }
        let get = ask("/forum.ics", [("Accept-Encoding", "gzip")])
        let head = ask("/forum.ics", method: .HEAD, [("Accept-Encoding", "gzip")])
        #expect(head.head.status == .ok && head.head.fields == get.head.fields)
        #expect(bytes(head).isEmpty)
    }

    @Test(arguments: [HTTPMethod.POST, .PUT, .DELETE, .PATCH, .OPTIONS])
    func otherMethodsAreNotAllowed(method: HTTPMethod) {
        defer { folder.cleanup() }
        let response = ask("/forum.ics", method: method)
        #expect(response.head.status == .methodNotAllowed)
        #expect(response.head["Allow"] == "GET, HEAD")
    }

    @Test func trainerFeedsOnlyAtTheirTokenPathAndNeverListed() throws {
        defer { folder.cleanup() }
        let feed = ask("/trainers/\(FeedFolder.token)/abisheva.ics")
        #expect(feed.head.status == .ok && feed.head["Cache-Control"] == "private, max-age=600")
        for target in [
            "/trainers/", "/trainers", "/trainers/\(FeedFolder.token)/", "/trainers/\(FeedFolder.token)",
            "/trainers/ffffffffffffffffffffffffffffffff/abisheva.ics", "/.forumplan/tokens.json",
            "/groups/", "/groups", "/nothing.ics"
        ] {
            #expect(ask(target).head.status == .notFound, "\(target)")
        }
    }

    @Test func symbolicLinksMayNotLeadOutOfTheFolder() throws {
        defer { folder.cleanup() }
        let outside = folder.url.deletingLastPathComponent().appendingPathComponent("outside-\(UUID().uuidString).ics")
        try Data("SECRET".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("leak.ics").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try fm.createSymbolicLink(atPath: folder.url.appendingPathComponent("alias.ics").path, withDestinationPath: "forum.ics")
        #expect(ask("/leak.ics").head.status == .notFound)
        #expect(ask("/etc/passwd").head.status == .notFound)
        #expect(ask("/alias.ics").head.status == .ok, "a link that stays inside is served")
    }

    @Test func aRemovedFileIsGoneAndANewVersionIsServed() throws {
        defer { folder.cleanup() }
        #expect(ask("/groups/directors.ics").head.status == .ok)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("groups/directors.ics"))
        #expect(ask("/groups/directors.ics").head.status == .notFound)
        try folder.write("groups/directors.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        #expect(bytes(ask("/groups/directors.ics")) == Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8))
    }
}
