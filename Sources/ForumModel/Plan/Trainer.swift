/// A trainer, moderator or speaker who can be assigned to sessions.
public struct Trainer: Hashable, Sendable {
    public var id: String
    /// The display name in every language (where it is written differently, e.g. Cyrillic and Latin).
    public var localizedName: LocalizedText
    /// The display name in the forum's default language (setting it sets one name for every language).
    public var name: String {
        get { localizedName.defaultText }
        set { localizedName = LocalizedText(newValue) }
    }
    /// Used for ORGANIZER/ATTENDEE in calendar feeds.
    public var email: String?
    /// Languages the trainer can teach in, e.g. `kk`, `ru`, `en`.
    public var languages: [String]
    /// Skills matched against trainer pools, e.g. `leadership`, `assessment`.
    public var skills: [String]
    /// When the trainer can work; empty means any time within forum hours.
    public var availability: [TimeWindow]
    /// Times the trainer cannot work (typed in the plan; busy calendars add to these at solve time).
    public var unavailable: [TimeWindow]
    /// Busy-time calendars (.ics paths, relative to the plan file) read as unavailability.
    public var busyCalendars: [String]
    /// Times the trainer would rather not work (soft, `trainer-preferences`).
    public var avoid: [TimeWindow]
    /// Venue the trainer starts each day from, if any.
    public var homeVenue: String?
    /// Most minutes of sessions per day (nil: no limit).
    public var maxDailyMinutes: Int?
    /// Least minutes between two of the trainer's sessions (on top of travel time).
    public var minBreakMinutes: Int

    public init(
        id: String, name: String, email: String? = nil, languages: [String] = [], skills: [String] = [],
        availability: [TimeWindow] = [], unavailable: [TimeWindow] = [], busyCalendars: [String] = [],
        avoid: [TimeWindow] = [], homeVenue: String? = nil, maxDailyMinutes: Int? = nil, minBreakMinutes: Int = 0
    ) {
        self.id = id
        self.localizedName = LocalizedText(name)
        self.email = email
        self.languages = languages
        self.skills = skills
        self.availability = availability
        self.unavailable = unavailable
        self.busyCalendars = busyCalendars
        self.avoid = avoid
        self.homeVenue = homeVenue
        self.maxDailyMinutes = maxDailyMinutes
        self.minBreakMinutes = minBreakMinutes
    }
}
