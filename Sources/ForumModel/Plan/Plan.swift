/// A validated forum plan: the facts the solver plans with (nothing here is a decision).
///
/// Arrays keep the order of the plan file; ids are unique within each kind.
public struct Plan: Hashable, Sendable {
    public var forum: Forum
    public var venues: [Venue] { didSet { rooms = venues.flatMap(\.rooms) } }
    public var travel: [TravelTime]
    public var trainers: [Trainer]
    public var groups: [ParticipantGroup]
    public var sessions: [Session]
    /// Level and weight overrides from the plan's `constraints:` block, in file order.
    public var constraints: [ConstraintOverride]

    public init(
        forum: Forum, venues: [Venue] = [], travel: [TravelTime] = [], trainers: [Trainer] = [],
        groups: [ParticipantGroup] = [], sessions: [Session] = [], constraints: [ConstraintOverride] = []
    ) {
        self.forum = forum
        self.venues = venues
        self.rooms = venues.flatMap(\.rooms)
        self.travel = travel
        self.trainers = trainers
        self.groups = groups
        self.sessions = sessions
        self.constraints = constraints
    }

    /// Every room of every venue, in plan order; kept in step with `venues`, so reading it (rules do, per
    /// placement) costs nothing.
    public private(set) var rooms: [Room]

    /// The venue that holds the room with id `roomID`.
    public func venue(ofRoom roomID: String) -> Venue? {
        venues.first { $0.rooms.contains { $0.id == roomID } }
    }

    /// Travel minutes between two venues (0 for the same venue or when the plan gives none).
    public func travelMinutes(from a: String, to b: String) -> Int {
        guard a != b else { return 0 }
        return travel.first { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }?.minutes ?? 0
    }

    /// The effective level and weight of a catalogue constraint after the plan's overrides.
    public func setting(for id: ConstraintID) -> ConstraintSetting {
        var setting = id.defaultSetting
        for o in constraints where o.id == id {
            if let level = o.level { setting.level = level }
            if let weight = o.weight { setting.weight = weight }
        }
        return setting
    }
}
