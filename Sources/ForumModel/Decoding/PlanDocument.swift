import Foundation

/// A plan file that decoded and validated without errors, with the warnings it produced.
public struct PlanDocument: Sendable {
    /// The validated plan.
    public var plan: Plan
    /// Where the plan file is (paths inside it are relative to its folder).
    public var url: URL
    /// Problems that do not stop the plan from being used, sorted by location.
    public var warnings: [Diagnostic]

    /// Creates a document (normally done by ``PlanLoader``).
    public init(plan: Plan, url: URL, warnings: [Diagnostic] = []) {
        self.plan = plan
        self.url = url
        self.warnings = warnings
    }

    /// Resolves a path written in the plan (a busy or holiday calendar) against the plan file's folder.
    public func resolve(_ relativePath: String) -> URL {
        PlanPaths.resolve(relativePath, against: url.deletingLastPathComponent())
    }
}

/// How paths written inside a plan file are resolved.
enum PlanPaths {
    /// `path` itself when absolute (or a `file://` URL), else `path` inside `folder`.
    static func resolve(_ path: String, against folder: URL) -> URL {
        if path.hasPrefix("file://"), let url = URL(string: path) { return url.standardizedFileURL }
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return folder.appendingPathComponent(path).standardizedFileURL
    }
}
