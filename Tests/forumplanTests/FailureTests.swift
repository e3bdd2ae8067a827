import Foundation
import Testing

/// What users meet when things go wrong around the tool: a full disk, Ctrl-C in the middle.
///
/// A full disk is a file-size limit on the child (`ulimit -f`, 512-byte blocks), which fails
/// writes the way ENOSPC does, also for root (who ignores read-only permissions).
@Suite(.serialized) struct FailureTests {
    @Test func solveOnAFullDiskKeepsThePreviousScheduleAndSaysSo() throws {
        let folder = try CommandRunner.folder(with: ["s.yaml": "forum: previous\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("s.yaml").path
        let result = try run(["solve", "examples/taraz-forum.yaml", "-o", out], fileSizeLimitBlocks: 1)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("\(out): error: cannot write the file"))
        #expect(result.stderr.contains("the previous version, if any, is unchanged"))
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "forum: previous\n")
        #expect(try leftovers(in: folder).isEmpty)
    }

    @Test func exportOnAFullDiskLeavesEveryFeedWholeAndTheManifestAsItWas() throws {
        let folder = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = folder.appendingPathComponent("feeds")
        let witness = "examples/witnesses/taraz-forum.schedule.yaml"
        let first = try CommandRunner.run(["export", "examples/taraz-forum.yaml", witness, "--out", feeds.path])
        #expect(first.status == 0, "\(first.stderr)")
        let manifest = folder.appendingPathComponent("feeds.forumplan/manifest.json")
        let before = try Data(contentsOf: manifest)
        // Move the first session by an hour, so every feed it is in must be rewritten.
        var text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(witness), encoding: .utf8)
        for key in ["start", "end"] {
            let range = try #require(text.range(of: key + #": "\d\d:"#, options: .regularExpression))
            let hour = try #require(Int(text[range].dropFirst(key.count + 3).prefix(2)))
            text.replaceSubrange(range, with: String(format: "%@: \"%02d:", key, hour + 1))
        }
        let moved = folder.appendingPathComponent("moved.yaml")
        try text.write(to: moved, atomically: true, encoding: .utf8)

        let result = try run(["export", "examples/taraz-forum.yaml", moved.path, "--out", feeds.path], fileSizeLimitBlocks: 1)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write the file"))
        #expect(try Data(contentsOf: manifest) == before, "the manifest is written last, so it must be untouched")
        #expect(try leftovers(in: feeds).isEmpty)
        for path in try icsFiles(in: feeds) {
            let content = try String(contentsOfFile: path, encoding: .utf8)
            #expect(content.hasPrefix("BEGIN:VCALENDAR\r\n") && content.hasSuffix("END:VCALENDAR\r\n"), "\(path) is cut")
        }
    }

    @Test func ctrlCDuringSolveWritesTheBestScheduleFound() throws {
        let folder = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("semey.schedule.yaml").path
        let process = try start(["solve", "examples/semey-course.yaml", "-o", out, "--time-limit", "300"])
        Thread.sleep(forTimeInterval: 3)
        process.process.interrupt()
        let result = process.wait()
        #expect([0, 1].contains(result.status), "\(result.stderr)")
        #expect(result.stderr.contains("Stopping: writing the best schedule found so far"))
        #expect(result.stdout.contains("(cancelled)"))
        let schedule = try String(contentsOfFile: out, encoding: .utf8)
        #expect(schedule.hasPrefix("forum: semey-serving-society-2021\n"), "\(schedule.prefix(80))")
        #expect(schedule.components(separatedBy: "\n- session: ").count - 1 == 102)
    }

    @Test func ctrlCDuringExportStopsWithoutTemporaryFiles() throws {
        let folder = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let feeds = folder.appendingPathComponent("feeds")
        let process = try start([
            "export", "examples/otpan-rollout.yaml", "examples/witnesses/otpan-rollout.schedule.yaml",
            "--out", feeds.path
        ])
        // Interrupt as soon as the export starts writing (a fixed delay lost the race on a quiet machine).
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: feeds.path) && process.process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.002)
        }
        process.process.interrupt()
        let result = process.wait()
        #expect(result.status == 130, "export of 687 feeds should still be running when its folder appears: \(result.stderr)")
        #expect(result.stderr.contains("Run the same export again to finish."))
        #expect(try leftovers(in: feeds).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("feeds.forumplan/manifest.json").path))
        for path in try icsFiles(in: feeds) {
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("END:VCALENDAR\r\n"), "\(path) is cut")
        }
    }

    // MARK: - Helpers

    /// Runs forumplan under `ulimit -f blocks`.
    private func run(_ arguments: [String], fileSizeLimitBlocks blocks: Int) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments, launcher: ["/bin/sh", "-c", "ulimit -f \(blocks) && exec \"$@\"", "sh"])
    }

    /// A started forumplan process whose output is collected while it runs.
    private struct Running {
        var process: Process
        var out: Pipe
        var err: Pipe

        func wait() -> CommandRunner.Result {
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return CommandRunner.Result(
                status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    private func start(_ arguments: [String]) throws -> Running {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// Temporary files (`.name.pid.tmp`) anywhere under `folder`.
    private func leftovers(in folder: URL) throws -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { ($0 as NSString).lastPathComponent.hasSuffix(".tmp") }
    }

    private func icsFiles(in folder: URL) throws -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { $0.hasSuffix(".ics") }.sorted().map { folder.appendingPathComponent($0).path }
    }
}
