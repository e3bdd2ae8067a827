/// The solver's decisions for a plan: when, where and with whom every occurrence takes place.
public struct Schedule: Hashable, Sendable {
    /// Id of the forum this schedule belongs to.
    public var forumID: String
    /// One entry per placed occurrence, sorted by occurrence id.
    public var assignments: [Assignment]
    /// Occurrences that could not be placed at all, with the reason.
    public var unplaced: [Unplaced]
    /// The score when the schedule was written (nil for a hand-made schedule).
    public var score: Score?

    public init(forumID: String, assignments: [Assignment], unplaced: [Unplaced] = [], score: Score? = nil) {
        self.forumID = forumID
        self.assignments = assignments.sorted { $0.id < $1.id }
        self.unplaced = unplaced.sorted { $0.id < $1.id }
        self.score = score
    }

    /// The assignment of occurrence `id`, if placed.
    public func assignment(for id: OccurrenceID) -> Assignment? {
        assignments.first { $0.id == id }
    }
}

/// Where and when one occurrence takes place, and who runs it.
public struct Assignment: Hashable, Sendable {
    public var id: OccurrenceID
    public var date: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// Room id (nil when a hand-made schedule leaves it open).
    public var room: String?
    /// Trainer ids, named ones first, then pool picks, each group in plan order.
    public var trainers: [String]

    public init(id: OccurrenceID, date: LocalDate, start: TimeOfDay, end: TimeOfDay, room: String?, trainers: [String]) {
        self.id = id
        self.date = date
        self.start = start
        self.end = end
        self.room = room
        self.trainers = trainers
    }
}

/// An occurrence the solver could not place, and why every candidate failed.
public struct Unplaced: Hashable, Sendable {
    public var id: OccurrenceID
    public var reason: String

    public init(id: OccurrenceID, reason: String) {
        self.id = id
        self.reason = reason
    }
}
