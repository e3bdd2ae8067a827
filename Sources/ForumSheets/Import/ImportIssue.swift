/// A problem found while importing rosters, located at a cell (`trainers.xlsx:Trainers!D17`) or a file.
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible, Encodable {
    public enum Severity: String, Hashable, Sendable, Encodable { case error, warning }

    public var severity: Severity
    /// `file:Sheet!A1`, `file:Sheet`, or `file` alone.
    public var location: String
    public var message: String
    public var hint: String?

    private enum CodingKeys: String, CodingKey { case severity, location, message, hint }

    /// `{severity, location, message, hint}`, the hint `null` when there is none.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(location, forKey: .location)
        try c.encode(message, forKey: .message)
        try c.encode(hint, forKey: .hint)
    }

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
