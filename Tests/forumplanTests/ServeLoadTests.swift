#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ForumTestSupport
import Foundation
import Testing

/// `forumplan serve` under bad and heavy clients (loopback only, bounded): stalled clients do not hold
/// up others, and hundreds of connections leave its memory where it was.
extension ServeCommandTests {
    /// A feed of `events` events (about 100 bytes each).
    static func calendar(events: Int) -> String {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//load//EN\r\n"
        for i in 0..<events {
            text += "BEGIN:VEVENT\r\nUID:load-\(i)@test\r\nDTSTAMP:20260301T080000Z\r\nSUMMARY:Session \(i)\r\nEND:VEVENT\r\n"
        }
        return text + "END:VCALENDAR\r\n"
    }

    /// The resident memory of process `pid` in megabytes (Linux /proc).
    static func residentMegabytes(_ pid: Int32) throws -> Double {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        let kilobytes = try #require(line.split(separator: " ").compactMap { Double($0) }.first)
        return kilobytes / 1024
    }

    @Test func stalledClientsDoNotHoldUpOthers() throws {
        let big = Self.calendar(events: 20_000), small = Self.calendar(events: 3)
        let dir = try CommandRunner.folder(with: ["forum.ics": big, "small.ics": small])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (process, port, _, _) = try startServer(["serve", dir.path, "--port", "0", "--access-log", "off"])
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var stalled: [Int32] = []
        defer { stalled.forEach { close($0) } }
        for _ in 0..<20 { // request headers that never end
            let fd = try RawHTTP.connection(port: port)
            try RawHTTP.writeAll(Array("GET /forum.ics HTTP/1.1\r\nHost: 127.0".utf8), to: fd)
            stalled.append(fd)
        }
        for _ in 0..<10 { // a 2 MB feed asked for and never read
            let fd = try RawHTTP.connection(port: port)
            try RawHTTP.writeAll(RawHTTP.request(target: "/forum.ics"), to: fd)
            stalled.append(fd)
        }
        for i in 0..<50 {
            let answer = try RawHTTP.send(port: port, target: "/small.ics")
            #expect(answer.status == 200 && answer.text == small, "request \(i) behind 30 stalled clients")
        }
        let whole = try RawHTTP.send(port: port, target: "/forum.ics")
        #expect(whole.status == 200 && whole.body.count == big.utf8.count)
    }

    @Test func manyConnectionsAreServedAndMemoryStaysSteady() throws {
        let feed = Self.calendar(events: 2_000)
        let dir = try CommandRunner.folder(with: ["forum.ics": feed])
        defer { try? FileManager.default.removeItem(at: dir) }
        let (process, port, _, _) = try startServer(["serve", dir.path, "--port", "0", "--access-log", "off"])
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        /// 200 connections open at once, each asking for the feed (every other one gzipped), then read.
        func wave() throws {
            let connections = try (0..<200).map { _ in try RawHTTP.connection(port: port) }
            defer { connections.forEach { close($0) } }
            for (i, fd) in connections.enumerated() {
                try RawHTTP.writeAll(RawHTTP.request(target: "/forum.ics", headers: i % 2 == 0 ? ["Accept-Encoding": "gzip"] : [:]), to: fd)
            }
            for (i, fd) in connections.enumerated() {
                let answer = try RawHTTP.response(from: fd)
                #expect(answer.status == 200, "connection \(i)")
                if i % 2 == 1 { #expect(answer.body.count == feed.utf8.count, "connection \(i)") }
            }
        }
        try wave()
        let before = try Self.residentMegabytes(process.processIdentifier)
        for _ in 0..<5 { try wave() }
        let after = try Self.residentMegabytes(process.processIdentifier)
        guard activeSanitizer == nil else { return }
        #expect(after - before < 25, "resident memory grew from \(before) MB to \(after) MB over 1,000 connections")
    }
}
