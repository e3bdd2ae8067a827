/// How big a plan is: the counts `forumplan validate` prints.
public struct PlanSummary: Hashable, Sendable, Encodable, CustomStringConvertible {
    /// Number of sessions in the plan file.
    public var sessions: Int
    /// Number of placeable occurrences they expand into (runs × sections).
    public var occurrences: Int
    /// Rooms across all venues.
    public var rooms: Int
    /// Trainers.
    public var trainers: Int
    /// Participant groups.
    public var groups: Int

    /// Counts the parts of `plan`.
    public init(_ plan: Plan) {
        sessions = plan.sessions.count
        occurrences = plan.occurrences().count
        rooms = plan.rooms.count
        trainers = plan.trainers.count
        groups = plan.groups.count
    }

    /// `9 sessions, 14 occurrences, 12 rooms, 7 trainers, 3 groups` (singular where the count is 1).
    public var description: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [
            count(sessions, "session"), count(occurrences, "occurrence"), count(rooms, "room"),
            count(trainers, "trainer"), count(groups, "group")
        ].joined(separator: ", ")
    }
}
