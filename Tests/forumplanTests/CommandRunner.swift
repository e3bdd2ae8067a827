import Foundation

/// Runs a built command (`forumplan`, `ctt-solve`) the way a user would, and captures what it prints.
struct CommandRunner {
    /// What one run produced.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `forumplan` executable SwiftPM built next to this test bundle.
    static var executable: URL { executable(named: "forumplan") }

    /// The executable `name` SwiftPM built next to this test bundle.
    static func executable(named name: String) -> URL {
        let bundleFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        for folder in [Bundle.main.bundleURL, bundleFolder] {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return bundleFolder.appendingPathComponent(name)
    }

    /// The package's root folder (for `examples/`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `tool arguments…` in `folder` with NO_COLOR set; `launcher` (e.g. a shell that sets
    /// limits, then runs its last argument with the rest) goes in front of the executable.
    static func run(
        _ arguments: [String], tool: String = "forumplan", in folder: URL = packageRoot, launcher: [String] = []
    ) throws -> Result {
        let process = Process()
        let executable = executable(named: tool)
        if let first = launcher.first {
            process.executableURL = URL(fileURLWithPath: first)
            process.arguments = launcher.dropFirst() + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "100"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder holding `files` (name → content); removed by the caller.
    static func folder(with files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forumplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, content) in files.sorted(by: { $0.key < $1.key }) {
            try content.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }
}
