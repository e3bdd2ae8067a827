import CompressNIO
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import Testing
@testable import ForumServer

/// The responder without sockets: status codes, headers, conditional requests and gzip.
struct FeedResponderTests {
    let folder: FeedFolder
    let responder: FeedResponder

    init() throws {
        folder = try FeedFolder()
        responder = FeedResponder(folder: try ServedFolder(path: folder.url.path), accessLog: nil)
    }

    func ask(_ target: String, method: HTTPRequest.Method = .get, _ headers: HTTPFields = [:]) -> Response {
        let head = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: target, headerFields: headers)
        return responder.answer(Request(head: head, body: RequestBody(buffer: ByteBuffer()))).response
    }

    func bytes(_ response: Response) async throws -> [UInt8] {
        final class Collector: ResponseBodyWriter {
            var bytes: [UInt8] = []
            func write(_ buffer: ByteBuffer) async throws { bytes += buffer.readableBytesView }
            func finish(_ trailingHeaders: HTTPFields?) async throws {}
        }
        let collector = Collector()
        try await response.body.write(collector)
        return collector.bytes
    }

    @Test func feedsAreCalendarsWithValidators() async throws {
        defer { folder.cleanup() }
        let response = ask("/forum.ics")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
        #expect(response.headers[.cacheControl] == "public, max-age=600")
        #expect(response.headers[.vary] == "Accept-Encoding")
        #expect(response.headers[.contentEncoding] == nil)
        let body = try await bytes(response)
        #expect(body == (try folder.read("forum.ics")))
        #expect(response.headers[.contentLength] == String(body.count))
        #expect(response.headers[.eTag] == body.withUnsafeBytes(ContentTag.of))
        let modified =
            try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("forum.ics").path)[.modificationDate] as! Date
        #expect(response.headers[.lastModified] == HTTPDate.format(Int(modified.timeIntervalSince1970)))
        #expect(ask("/").headers[.contentType] == "text/html; charset=utf-8")
    }

    @Test func theTagDependsOnTheContentOnly() throws {
        defer { folder.cleanup() }
        let first = ask("/forum.ics").headers[.eTag]
        try folder.write("forum.ics", FeedFolder.calendar("forum", events: 40)) // same bytes, new inode and time
        #expect(ask("/forum.ics").headers[.eTag] == first)
        let other = try FeedFolder()
        defer { other.cleanup() }
        let restarted = FeedResponder(folder: try ServedFolder(path: other.url.path), accessLog: nil)
        let head = HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/forum.ics")
        #expect(restarted.answer(Request(head: head, body: RequestBody(buffer: ByteBuffer()))).response.headers[.eTag] == first)
        try folder.write("forum.ics", FeedFolder.calendar("forum", events: 41))
        #expect(ask("/forum.ics").headers[.eTag] != first)
    }

    @Test func conditionalRequestsAnswerNotModified() async throws {
        defer { folder.cleanup() }
        let fresh = ask("/forum.ics")
        let tag = try #require(fresh.headers[.eTag])
        let modified = try #require(fresh.headers[.lastModified])
        let notModified = ask("/forum.ics", [.ifNoneMatch: tag])
        #expect(notModified.status == .notModified)
        #expect(notModified.headers[.eTag] == tag && notModified.headers[.cacheControl] == "public, max-age=600")
        #expect(try await bytes(notModified).isEmpty)
        #expect(ask("/forum.ics", [.ifNoneMatch: "\"other\", W/\(tag)"]).status == .notModified)
        #expect(ask("/forum.ics", [.ifNoneMatch: "*"]).status == .notModified)
        #expect(ask("/forum.ics", [.ifNoneMatch: "\"other\""]).status == .ok)
        #expect(ask("/forum.ics", [.ifModifiedSince: modified]).status == .notModified)
        #expect(ask("/forum.ics", [.ifModifiedSince: "Sun, 06 Nov 1994 08:49:37 GMT"]).status == .ok)
        #expect(ask("/forum.ics", [.ifModifiedSince: "yesterday"]).status == .ok)
        #expect(ask("/forum.ics", [.ifNoneMatch: "\"other\"", .ifModifiedSince: modified]).status == .ok, "If-None-Match decides")
        #expect(ask("/forum.ics", method: .head, [.ifNoneMatch: tag]).status == .notModified)
    }

    @Test func gzipWhenAcceptedAndDecompressesToTheFile() async throws {
        defer { folder.cleanup() }
        let plain = ask("/forum.ics")
        let packed = ask("/forum.ics", [.acceptEncoding: "gzip, deflate, br"])
        #expect(packed.headers[.contentEncoding] == "gzip" && packed.headers[.vary] == "Accept-Encoding")
        let tag = try #require(packed.headers[.eTag])
        #expect(tag != plain.headers[.eTag])
        var buffer = ByteBuffer(bytes: try await bytes(packed))
        #expect(buffer.readableBytes < (try folder.read("forum.ics")).count)
        #expect(Array(try buffer.decompress(with: .gzip).readableBytesView) == (try folder.read("forum.ics")))
        #expect(ask("/forum.ics", [.acceptEncoding: "gzip;q=0"]).headers[.contentEncoding] == nil)
        #expect(ask("/forum.ics", [.acceptEncoding: "br"]).headers[.contentEncoding] == nil)
        #expect(ask("/forum.ics", [.acceptEncoding: "gzip", .ifNoneMatch: tag]).status == .notModified)
        #expect(ask("/forum.ics", [.ifNoneMatch: tag]).status == .notModified, "either form's tag names the content")
    }

    @Test func headHasTheHeadersOfGetAndNoBody() async throws {
        defer { folder.cleanup() }
        let get = ask("/forum.ics", [.acceptEncoding: "gzip"])
        let head = ask("/forum.ics", method: .head, [.acceptEncoding: "gzip"])
        #expect(head.status == .ok && head.headers == get.headers)
        #expect(try await bytes(head).isEmpty)
    }

    @Test(arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options])
    func otherMethodsAreNotAllowed(method: HTTPRequest.Method) {
        defer { folder.cleanup() }
        let response = ask("/forum.ics", method: method)
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers[.allow] == "GET, HEAD")
    }

    @Test func trainerFeedsOnlyAtTheirTokenPathAndNeverListed() throws {
        defer { folder.cleanup() }
        let feed = ask("/trainers/\(FeedFolder.token)/abisheva.ics")
        #expect(feed.status == .ok && feed.headers[.cacheControl] == "private, max-age=600")
        for target in [
            "/trainers/", "/trainers", "/trainers/\(FeedFolder.token)/", "/trainers/\(FeedFolder.token)",
            "/trainers/ffffffffffffffffffffffffffffffff/abisheva.ics", "/.forumplan/tokens.json",
            "/groups/", "/groups", "/nothing.ics"
        ] {
            #expect(ask(target).status == .notFound, "\(target)")
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
        #expect(ask("/leak.ics").status == .notFound)
        #expect(ask("/etc/passwd").status == .notFound)
        #expect(ask("/alias.ics").status == .ok, "a link that stays inside is served")
    }

    @Test func aRemovedFileIsGoneAndANewVersionIsServed() async throws {
        defer { folder.cleanup() }
        #expect(ask("/groups/directors.ics").status == .ok)
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("groups/directors.ics"))
        #expect(ask("/groups/directors.ics").status == .notFound)
        try folder.write("groups/directors.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        #expect(try await bytes(ask("/groups/directors.ics")) == Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8))
    }
}
