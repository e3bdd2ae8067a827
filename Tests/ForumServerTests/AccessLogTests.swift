#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Logging
import Testing
@testable import ForumServer

struct AccessLogTests {
    @Test func linesAreKeyValueWithQuotingAndWaitForTheFlush() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let sink = LogSink(fd: fds[1])
        let logger = Logger(label: "test") { _ in LogLineHandler(sink: sink) }
        logger.info("request", metadata: ["status": "200", "path": "/a b.ics", "note": "say \"hi\""])
        logger.debug("not at the default level")
        var flags = fcntl(fds[0], F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(fds[0], F_SETFL, flags)
        var buffer = [UInt8](repeating: 0, count: 4096)
        #expect(read(fds[0], &buffer, buffer.count) < 0, "nothing is written before the flush")
        sink.flush()
        close(fds[1])
        let n = read(fds[0], &buffer, buffer.count)
        let text = String(decoding: buffer[..<max(n, 0)], as: UTF8.self)
        #expect(text.hasSuffix(" info request note=\"say \\\"hi\\\"\" path=\"/a b.ics\" status=200\n"), "\(text)")
        #expect(text.split(separator: "\n").count == 1)
        #expect(text.hasPrefix("20") && text.dropFirst(19).hasPrefix("Z "), "an ISO 8601 UTC time stamp first: \(text)")
    }

    @Test func requestLinesAreTheSameKeyValueLinesBuiltDirectly() throws {
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let sink = LogSink(fd: fds[1])
        sink.appendRequest(method: "GET", path: "/groups/g 1.ics", status: 200, bytes: 7123, encoding: "gzip", micros: 41)
        let logger = Logger(label: "test") { _ in LogLineHandler(sink: sink) }
        logger.info(
            "request",
            metadata: [
                "method": "GET", "path": "/groups/g 1.ics", "status": "200", "bytes": "7123",
                "encoding": "gzip", "us": "41"
            ])
        sink.flush()
        close(fds[1])
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = read(fds[0], &buffer, buffer.count)
        let lines = String(decoding: buffer[..<max(n, 0)], as: UTF8.self).split(separator: "\n").map { $0.dropFirst(21) }
        #expect(lines.count == 2)
        #expect(lines.first == "info request bytes=7123 encoding=gzip method=GET path=\"/groups/g 1.ics\" status=200 us=41")
        #expect(lines.first == lines.last, "the direct line and the swift-log line are the same")
    }
}
