/// One problem found in an input file: what is wrong, where, and what to do about it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem stops the plan from being used.
    public enum Severity: String, Hashable, Sendable, CaseIterable {
        /// The input cannot be used until this is fixed (exit code 2).
        case error
        /// The input is usable but probably not what was meant.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// Where the problem is; nil when it concerns no particular place (e.g. the file cannot be read).
    public var location: SourceLocation?
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// What to do about it, when there is something useful to say.
    public var hint: String?

    /// Creates a diagnostic.
    public init(severity: Severity = .error, location: SourceLocation?, message: String, hint: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message`, then `  hint: …` on the next line when there is a hint.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension [Diagnostic] {
    /// The diagnostics ordered by location (those without one first), keeping the order of equal locations.
    func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
