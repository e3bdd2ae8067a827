/// A problem found while importing rosters, located at a cell (`trainers.xlsx:Trainers!D17`) or a file.
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable { case error, warning }

    public var severity: Severity
    /// `file:Sheet!A1`, `file:Sheet`, or `file` alone.
    public var location: String
    public var message: String
    public var hint: String?

    public init(_ severity: Severity = .error, at location: String, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `trainers.xlsx:Trainers!D17: error: '6 hours' is not a duration` and an indented hint line.
    public var description: String {
        "\(location): \(severity.rawValue): \(message)" + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}

/// Every error of an import (nothing was written), in the order found.
public struct ImportErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var issues: [ImportIssue]

    public init(_ issues: [ImportIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
