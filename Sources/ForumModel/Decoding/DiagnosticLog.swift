import Yams

/// Collects the diagnostics of one file while it is decoded and checked, so every problem is reported at once.
///
/// At most ``limit`` errors and ``limit`` warnings are kept (garbage input cannot exhaust memory);
/// the errors beyond that are counted and summarised in one last error.
final class DiagnosticLog {
    /// The file's path as shown in messages.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Most errors (and, separately, warnings) kept.
    static let limit = 500
    private var errorCount = 0
    private var warningCount = 0
    private var droppedErrors = 0
    /// "Did you mean" searches left; they cost time on plans with thousands of ids, so only the first ones get one.
    var suggestionBudget = 100

    init(file: String) {
        self.file = file
    }

    /// Whether any error (not just warnings) has been recorded.
    var hasErrors: Bool { errorCount > 0 }

    /// Errors recorded so far, kept or only counted (warnings do not count), so a decoder can tell
    /// whether reading a value went wrong.
    var errorTotal: Int { errorCount }

    /// Whether further errors would only be counted, not kept (so callers can skip building costly messages).
    var isFullOfErrors: Bool { errorCount >= Self.limit }

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

    /// Counts an error whose message was not built because the log is full.
    func dropError() {
        errorCount += 1
        droppedErrors += 1
    }

    /// Records a diagnostic built elsewhere.
    func add(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error:
            if errorCount >= Self.limit { droppedErrors += 1 } else { diagnostics.append(diagnostic) }
            errorCount += 1
        case .warning:
            if warningCount < Self.limit { diagnostics.append(diagnostic) }
            warningCount += 1
        }
    }

    /// The errors as a thrown value, or nil when there are none.
    func errors() -> PlanErrors? {
        guard hasErrors else { return nil }
        var errors = diagnostics.filter { $0.severity == .error }
        if droppedErrors > 0 {
            errors.append(
                Diagnostic(
                    location: nil,
                    message: "\(file): stopped after \(Self.limit) errors (\(droppedErrors) more not shown)",
                    hint: "Fix the errors above and run again."))
        }
        return PlanErrors(errors)
    }

    /// The warnings, sorted by location.
    func warnings() -> [Diagnostic] {
        diagnostics.filter { $0.severity == .warning }.sortedByLocation()
    }
}
