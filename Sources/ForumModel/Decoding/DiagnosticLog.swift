import Yams

/// Collects the diagnostics of one file while it is decoded and checked, so every problem is reported at once.
final class DiagnosticLog {
    /// The file's path as shown in messages.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// More problems than this are summarised in one last error (keeps memory bounded on garbage input).
    static let limit = 500
    private var dropped = 0

    init(file: String) {
        self.file = file
    }

    /// Whether any error (not just warnings) has been recorded.
    var hasErrors: Bool { dropped > 0 || diagnostics.contains { $0.severity == .error } }

    /// The location of a YAML node.
    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    /// The location of a libyaml mark (line 1, column 1 when unknown).
    func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Records an error at `node`.
    func error(_ message: String, at node: Node, hint: String? = nil) {
        add(Diagnostic(severity: .error, location: location(of: node), message: message, hint: hint))
    }

    /// Records a warning at `node`.
    func warning(_ message: String, at node: Node, hint: String? = nil) {
        add(Diagnostic(severity: .warning, location: location(of: node), message: message, hint: hint))
    }

    /// Records a diagnostic built elsewhere.
    func add(_ diagnostic: Diagnostic) {
        guard diagnostics.count < Self.limit else {
            dropped += 1
            return
        }
        diagnostics.append(diagnostic)
    }

    /// The errors as a thrown value, or nil when there are none.
    func errors() -> PlanErrors? {
        guard hasErrors else { return nil }
        var errors = diagnostics.filter { $0.severity == .error }
        if dropped > 0 {
            errors.append(Diagnostic(
                location: nil,
                message: "\(file): stopped after \(Self.limit) problems (\(dropped) more not shown)",
                hint: "Fix the problems above and run again."))
        }
        return PlanErrors(errors)
    }

    /// The warnings, sorted by location.
    func warnings() -> [Diagnostic] {
        diagnostics.filter { $0.severity == .warning }.sortedByLocation()
    }
}
