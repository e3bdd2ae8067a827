import ForumModel

/// One change to one occurrence of a schedule that lowers its hard score, everything else left as it is.
public struct Repair: Hashable, Sendable, CustomStringConvertible {
    /// What to change.
    public enum Change: Hashable, Sendable {
        /// Move the occurrence to another day, time and/or room (its trainers stay).
        case move(date: LocalDate, start: TimeOfDay, end: TimeOfDay, room: String)
        /// Give the occurrence to pool trainer `new` instead of `old`.
        case replaceTrainer(old: String, new: String)
        /// Add pool trainer `new` to the occurrence.
        case addTrainer(new: String)
    }

    /// The occurrence to change.
    public var occurrence: OccurrenceID
    public var change: Change
    /// The schedule's score after the change.
    public var score: Score
    /// Hard violations before minus after the change.
    public var hardViolationsRemoved: Int
    /// The change in words, e.g. "move 'Criteria-based assessment' to 2019-08-21 14:00 in Room 12
    /// (removes 1 hard conflict; score 0hard/40soft)".
    public var description: String
}
