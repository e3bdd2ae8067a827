#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ForumTestSupport
import Foundation
import NIOCore
import ServiceLifecycle
import Testing
@testable import ForumServer

/// What the server does with connections: keep-alive and pipelining, idle timeouts, malformed
/// requests, and the requests under way at shutdown.
@Suite(.serialized)
struct ConnectionTests {
    /// Everything the server sends on `fd` until it closes the connection, and how long that took
    /// (read on a Dispatch thread; the socket gives up after 30 s).
    static func readUntilClosed(_ fd: Int32) async -> (bytes: [UInt8], elapsed: Duration) {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let start = ContinuousClock.now
                let received = RawHTTP.readAll(fd)
                continuation.resume(returning: (received, ContinuousClock.now - start))
            }
        }
    }

    /// The number of times `needle` occurs in `bytes`.
    static func count(_ needle: String, in bytes: [UInt8]) -> Int {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: needle).count - 1
    }

    @Test func pipelinedRequestsOnOneConnectionAreAnsweredInOrder() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path) { port in
            let fd = try RawHTTP.connection(port: port)
            defer { close(fd) }
            let requests =
                "GET /groups/directors.ics HTTP/1.1\r\nHost: x\r\n\r\nHEAD /forum.ics HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /missing.ics HTTP/1.1\r\nHost: x\r\n\r\nGET /forum.ics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            try RawHTTP.writeAll(Array(requests.utf8), to: fd)
            let (bytes, _) = await Self.readUntilClosed(fd)
            let text = String(decoding: bytes, as: UTF8.self)
            let statuses = text.components(separatedBy: "HTTP/1.1 ").dropFirst().map { $0.prefix { $0 != "\r\n" } }
            #expect(statuses == ["200 OK", "200 OK", "404 Not Found", "200 OK"])
            let directors = String(decoding: try folder.read("groups/directors.ics"), as: UTF8.self)
            let forum = String(decoding: try folder.read("forum.ics"), as: UTF8.self)
            #expect(text.contains("\r\n\r\n" + directors + "HTTP/1.1 200 OK\r\n"), "the HEAD answer follows the first body directly")
            #expect(text.hasSuffix("\r\n\r\n" + forum), "the last answer is the whole feed, then the connection closes")
            #expect(Self.count("Connection: close", in: bytes) == 1, "only the last request asked to close")
            #expect(Self.count("\r\nDate: ", in: bytes) == 4)
        }
    }

    @Test func http10ClosesUnlessItAsksForKeepAlive() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path) { port in
            let plain = try RawHTTP.connection(port: port)
            defer { close(plain) }
            try RawHTTP.writeAll(Array("GET /forum.ics HTTP/1.0\r\n\r\n".utf8), to: plain)
            let (closed, _) = await Self.readUntilClosed(plain)
            #expect(Self.count("HTTP/1.1 200 OK", in: closed) == 1 && Self.count("Connection: close", in: closed) == 1)
            let keep = try RawHTTP.connection(port: port)
            defer { close(keep) }
            try RawHTTP.writeAll(
                Array("GET /forum.ics HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /forum.ics HTTP/1.0\r\n\r\n".utf8), to: keep)
            let (both, _) = await Self.readUntilClosed(keep)
            #expect(Self.count("HTTP/1.1 200 OK", in: both) == 2)
            #expect(Self.count("Connection: keep-alive", in: both) == 1 && Self.count("Connection: close", in: both) == 1)
        }
    }

    @Test func idleAndStalledConnectionsAreClosedAfterTheTimeout() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path, idleTimeout: .milliseconds(300)) { port, _ in
            let stalled = try RawHTTP.connection(port: port)
            defer { close(stalled) }
            try RawHTTP.writeAll(Array("GET /forum.ics HTTP/1.1\r\nHost: 127".utf8), to: stalled)
            let idle = try RawHTTP.connection(port: port)
            defer { close(idle) }
            try RawHTTP.writeAll(Array("GET /forum.ics HTTP/1.1\r\nHost: x\r\n\r\n".utf8), to: idle)
            let (nothing, stalledFor) = await Self.readUntilClosed(stalled)
            #expect(nothing.isEmpty, "a request that never ends gets no answer")
            #expect(stalledFor < .seconds(20), "closed by the idle timeout, not by the client's 30 s limit: \(stalledFor)")
            let (answered, idleFor) = await Self.readUntilClosed(idle)
            #expect(Self.count("HTTP/1.1 200 OK", in: answered) == 1, "answered, then closed once idle")
            #expect(idleFor < .seconds(20))
        }
    }

    @Test func aMalformedRequestGetsBadRequestAndTheConnectionCloses() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path) { port in
            let fd = try RawHTTP.connection(port: port)
            defer { close(fd) }
            try RawHTTP.writeAll(Array("GET /forum.ics HTTP/1.1\r\nHost x\r\n\r\nGET /forum.ics HTTP/1.1\r\n\r\n".utf8), to: fd)
            let (bytes, _) = await Self.readUntilClosed(fd)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 400 Bad Request\r\n") && text.contains("Connection: close\r\n"), "\(text)")
            #expect(Self.count("HTTP/1.1 ", in: bytes) == 1, "nothing after a malformed request is answered")
        }
    }

    /// Shutdown closes idle connections at once and lets a request under way finish, with `Connection: close`.
    @Test func shutdownFinishesTheRequestUnderWay() async throws {
        let folder = try FeedFolder()
        defer { folder.cleanup() }
        try await withLiveServer(folder.url.path) { port, group in
            let idle = try RawHTTP.connection(port: port)
            defer { close(idle) }
            try RawHTTP.writeAll(Array("GET /groups/directors.ics HTTP/1.1\r\nHost: x\r\n\r\n".utf8), to: idle)
            let busy = try RawHTTP.connection(port: port)
            defer { close(busy) }
            // The head of a request whose body has not all arrived: it is under way.
            try RawHTTP.writeAll(Array("POST /forum.ics HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345".utf8), to: busy)
            try await Task.sleep(for: .milliseconds(200))
            await group.triggerGracefulShutdown()
            let (first, idleFor) = await Self.readUntilClosed(idle)
            #expect(Self.count("HTTP/1.1 200 OK", in: first) == 1 && idleFor < .seconds(20), "the idle connection is closed")
            // The shutdown reaches each connection on its own event loop; the busy one may sit on the
            // other core's loop, woken together with these bytes when the machine is loaded (then it
            // reads them first and rightly answers keep-alive). Give that loop time to take the event.
            try await Task.sleep(for: .milliseconds(500))
            try RawHTTP.writeAll(Array("67890".utf8), to: busy)
            let (answer, _) = await Self.readUntilClosed(busy)
            let text = String(decoding: answer, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 405 Method Not Allowed\r\n") && text.contains("Connection: close\r\n"), "\(text)")
            #expect(throws: RawHTTP.Failure.self, "no new connections are accepted") { close(try RawHTTP.connection(port: port)) }
        }
    }
}
