/// Every error found in a plan (or schedule) file, sorted by location; thrown instead of stopping at the first.
public struct PlanErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Creates the error from diagnostics in any order; they are sorted by location.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedByLocation()
    }

    /// One diagnostic per line (hints on their own indented lines).
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
