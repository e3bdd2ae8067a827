import ForumModel

/// Something in the plan that no schedule can satisfy, found before search, with the reason in words.
public struct Infeasibility: Hashable, Sendable, CustomStringConvertible {
    /// The hard constraint that cannot be met.
    public var constraint: ConstraintID
    /// What is wrong and why, naming sessions, trainers, rooms and groups.
    public var message: String
    /// Ids of the sessions involved.
    public var sessions: [String]

    public init(constraint: ConstraintID, message: String, sessions: [String]) {
        self.constraint = constraint
        self.message = message
        self.sessions = sessions
    }

    /// `constraint: message`.
    public var description: String { "\(constraint.rawValue): \(message)" }
}
