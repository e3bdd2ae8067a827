/// One broken constraint in a schedule, with its weighted penalty and an explanation in words.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    /// The catalogue constraint broken.
    public var constraint: ConstraintID
    /// Its level in this plan (hard, medium or soft).
    public var level: ConstraintLevel
    /// Penalty units times the constraint's weight.
    public var penalty: Int
    /// What is wrong, naming sessions, trainers, rooms, groups, date and times.
    public var message: String
    /// Occurrence ids involved (`course#3`).
    public var sessions: [String]
    /// Trainer ids involved.
    public var trainers: [String]
    /// Room ids involved.
    public var rooms: [String]
    /// Group ids involved.
    public var groups: [String]
    /// The day it happens, when it is about one day.
    public var date: LocalDate?
    /// Start of the time concerned (an overlap's start, an occurrence's start).
    public var start: TimeOfDay?
    /// End of the time concerned.
    public var end: TimeOfDay?

    public init(
        constraint: ConstraintID, level: ConstraintLevel, penalty: Int, message: String, sessions: [String] = [],
        trainers: [String] = [], rooms: [String] = [], groups: [String] = [], date: LocalDate? = nil,
        start: TimeOfDay? = nil, end: TimeOfDay? = nil
    ) {
        self.constraint = constraint
        self.level = level
        self.penalty = penalty
        self.message = message
        self.sessions = sessions
        self.trainers = trainers
        self.rooms = rooms
        self.groups = groups
        self.date = date
        self.start = start
        self.end = end
    }

    /// `[hard 60] trainer-double-booked: message`.
    public var description: String { "[\(level.rawValue) \(penalty)] \(constraint.rawValue): \(message)" }
}
