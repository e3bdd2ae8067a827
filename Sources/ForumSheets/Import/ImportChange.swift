/// What an import did (or would do) to one plan entry.
public struct ImportChange: Hashable, Sendable, Encodable {
    public enum Action: String, Hashable, Sendable, Encodable {
        case added, changed, unchanged
        /// In the plan, not in the roster: kept (reported) unless `--prune`.
        case kept
        /// In the plan, not in the roster, removed by `--prune`.
        case removed
    }

    /// `venue`, `room`, `trainer`, `group` or `session`.
    public var kind: String
    public var id: String
    public var action: Action
    /// The roster row (`trainers.xlsx:Trainers!A7`) or, for kept and removed entries, the roster that lacks it.
    public var source: String
}
