import Foundation
import Yams

/// Loads plan files: reads, decodes and validates them, reporting every problem at once.
public enum PlanLoader {
    /// Loads the plan at `url`; throws ``PlanErrors`` (every error, sorted by location) when it is not usable.
    ///
    /// Diagnostics name the file as the URL's relative path (as the user typed it).
    public static func load(contentsOf url: URL) throws(PlanErrors) -> PlanDocument {
        let path = url.relativePath
        let node = try YAMLSource.compose(contentsOf: url, displayPath: path)
        return try load(node: node, path: path, url: url)
    }

    /// Loads plan text; `path` names the file in diagnostics and `baseURL` is the folder paths in it are relative to.
    public static func load(text: String, path: String, baseURL: URL) throws(PlanErrors) -> PlanDocument {
        let node = try YAMLSource.compose(text: text, file: path)
        let url = baseURL.appendingPathComponent((path as NSString).lastPathComponent)
        return try load(node: node, path: path, url: url)
    }

    private static func load(node: Node, path: String, url: URL) throws(PlanErrors) -> PlanDocument {
        let log = DiagnosticLog(file: path)
        let decoder = PlanDecoder(log: log)
        let plan = decoder.decode(node)
        if let plan {
            PlanValidator(plan: plan, map: decoder.map, log: log, folder: url.deletingLastPathComponent()).run()
        }
        if let errors = log.errors() { throw errors }
        guard let plan else {
            throw PlanErrors([Diagnostic(location: log.location(of: node), message: "the plan could not be read")])
        }
        return PlanDocument(plan: plan, url: url, warnings: log.warnings())
    }
}
