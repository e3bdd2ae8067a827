#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import Testing

/// `forumplan serve` as a user runs it: a real process on 127.0.0.1, stopped with SIGTERM.
struct ServeCommandTests {
    /// Starts `forumplan arguments…` (a serve command with `--port 0`) and waits for the address it prints.
    func startServer(_ arguments: [String]) throws -> (process: Process, port: Int, printed: String, stderr: Pipe) {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        var printed = ""
        while !printed.contains("(Ctrl-C to stop)") {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let line = printed.split(separator: "\n").last { $0.hasPrefix("Serving") }
        let port = try #require(line?.split(separator: ":").last?.split(separator: "/").first.flatMap { Int($0) }, "\(printed)")
        return (process, port, printed, stderr)
    }

    @Test func exportsServesAndStopsGracefully() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("forumplan-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let (process, port, printed, _) = try startServer(
            [
                "serve", "examples/taraz-forum.yaml", "examples/witnesses/taraz-forum.schedule.yaml", "--port", "0", "--out", out.path,
                "--access-log", "off"
            ])
        #expect(printed.contains("feeds; "), "the export summary comes first")
        let index = try String(contentsOf: URL(string: "http://127.0.0.1:\(port)/index.html")!, encoding: .utf8)
        #expect(index.contains("webcal") || index.contains("data-feed"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("forum.ics").path))
        process.terminate() // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func theAccessLogShortensTokensAndIsFlushedAtShutdown() throws {
        let token = "0123456789abcdef0123456789abcdef"
        let dir = try CommandRunner.folder(with: ["forum.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let trainer = dir.appendingPathComponent("trainers/\(token)")
        try FileManager.default.createDirectory(at: trainer, withIntermediateDirectories: true)
        try Data("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8).write(to: trainer.appendingPathComponent("abisheva.ics"))
        let (process, port, _, stderr) = try startServer(["serve", dir.path, "--port", "0"])
        _ = try Data(contentsOf: URL(string: "http://127.0.0.1:\(port)/trainers/\(token)/abisheva.ics")!)
        process.terminate()
        let log = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(log.contains("info request bytes=32 encoding=identity method=GET path=/trainers/0123…/abisheva.ics status=200 us="), "\(log)")
        #expect(!log.contains(token))
    }

    @Test func aTakenPortExitsWithStatus2() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                try #require(bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0)
            }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let dir = try CommandRunner.folder(with: ["forum.ics": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["serve", dir.path, "--port", "\(port)"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("127.0.0.1:\(port) is already in use by another program. Pick another port with --port"))
    }

    @Test func badUsageIsExplained() throws {
        let result = try CommandRunner.run(["serve", "no-such-folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-folder: error: no such folder"))
        let usage = try CommandRunner.run(["serve", "a", "b", "c"])
        #expect(usage.status == 2 && usage.stderr.contains("Please give either DIR"))
    }
}
