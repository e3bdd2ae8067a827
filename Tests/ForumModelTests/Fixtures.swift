import Foundation

/// The test plans under `Fixtures/` (copied into the test bundle).
enum Fixtures {
    /// The fixtures folder inside the test bundle.
    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    /// `Fixtures/broken`: one plan per kind of mistake, each with the exact diagnostics in `<name>.expected`.
    static let broken = folder.appendingPathComponent("broken")

    /// Names (without extension) of the broken plans, sorted.
    static func brokenNames() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: broken.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("forumplan-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
