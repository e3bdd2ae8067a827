/// A building (a school, a university, an online platform) that holds rooms.
public struct Venue: Hashable, Sendable {
    public var id: String
    /// The venue's name in every language.
    public var localizedName: LocalizedText
    /// The name in the forum's default language (setting it sets one name for every language).
    public var name: String {
        get { localizedName.defaultText }
        set { localizedName = LocalizedText(newValue) }
    }
    /// The town it is in, in every language (used in locations and travel reports).
    public var localizedTown: LocalizedText?
    /// The town in the forum's default language (setting it sets one name for every language).
    public var town: String? {
        get { localizedTown?.defaultText }
        set { localizedTown = newValue.map(LocalizedText.init) }
    }
    /// Street address in every language, written into calendar LOCATIONs.
    public var localizedAddress: LocalizedText?
    /// The address in the forum's default language (setting it sets one address for every language).
    public var address: String? {
        get { localizedAddress?.defaultText }
        set { localizedAddress = newValue.map(LocalizedText.init) }
    }
    public var rooms: [Room]

    public init(id: String, name: String, town: String? = nil, address: String? = nil, rooms: [Room] = []) {
        self.id = id
        self.localizedName = LocalizedText(name)
        self.localizedTown = town.map(LocalizedText.init)
        self.localizedAddress = address.map(LocalizedText.init)
        self.rooms = rooms
    }
}

/// A room sessions take place in; online rooms have no capacity limit.
public struct Room: Hashable, Sendable {
    public var id: String
    /// The room's name in every language.
    public var localizedName: LocalizedText
    /// The name in the forum's default language (setting it sets one name for every language).
    public var name: String {
        get { localizedName.defaultText }
        set { localizedName = LocalizedText(newValue) }
    }
    /// Seats; nil for an online room (no limit).
    public var capacity: Int?
    /// Equipment and qualities, e.g. `projector`, `computers`, `stage`, `stem-lab`.
    public var features: [String]
    /// Whether this is a virtual room (a Zoom link): no seats, no travel to reach it.
    public var online: Bool

    public init(id: String, name: String, capacity: Int?, features: [String] = [], online: Bool = false) {
        self.id = id
        self.localizedName = LocalizedText(name)
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
