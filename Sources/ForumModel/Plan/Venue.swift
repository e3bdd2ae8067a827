/// A building (a school, a university, an online platform) that holds rooms.
public struct Venue: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The town it is in, used in locations and travel reports.
    public var town: String?
    /// Street address, written into calendar LOCATIONs.
    public var address: String?
    public var rooms: [Room]

    public init(id: String, name: String, town: String? = nil, address: String? = nil, rooms: [Room] = []) {
        self.id = id
        self.name = name
        self.town = town
        self.address = address
        self.rooms = rooms
    }
}

/// A room sessions take place in; online rooms have no capacity limit.
public struct Room: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Seats; nil for an online room (no limit).
    public var capacity: Int?
    /// Equipment and qualities, e.g. `projector`, `computers`, `stage`, `stem-lab`.
    public var features: [String]
    /// Whether this is a virtual room (a Zoom link): no seats, no travel to reach it.
    public var online: Bool

    public init(id: String, name: String, capacity: Int?, features: [String] = [], online: Bool = false) {
        self.id = id
        self.name = name
        self.capacity = capacity
        self.features = features
        self.online = online
    }
}

/// How long it takes to get from one venue to another (the same both ways).
public struct TravelTime: Hashable, Sendable {
    public var from: String
    public var to: String
    public var minutes: Int

    public init(from: String, to: String, minutes: Int) {
        self.from = from
        self.to = to
        self.minutes = minutes
    }
}
