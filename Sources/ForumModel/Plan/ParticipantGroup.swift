/// A set of participants who attend the same sessions (a cohort, a school's staff, all directors).
public struct ParticipantGroup: Hashable, Sendable {
    public var id: String
    /// The group's name in every language.
    public var localizedName: LocalizedText
    /// The name in the forum's default language (setting it sets one name for every language).
    public var name: String {
        get { localizedName.defaultText }
        set { localizedName = LocalizedText(newValue) }
    }
    /// Number of people.
    public var size: Int
    /// Venue the group is based at, if any (travel and venue changes are counted from it).
    public var homeVenue: String?
    /// Most minutes of sessions a participant of the group attends a day (`group-daily-load`), nil: no limit.
    public var maxDailyMinutes: Int?

    public init(id: String, name: String, size: Int, homeVenue: String? = nil, maxDailyMinutes: Int? = nil) {
        self.id = id
        self.localizedName = LocalizedText(name)
        self.size = size
        self.homeVenue = homeVenue
        self.maxDailyMinutes = maxDailyMinutes
    }
}
