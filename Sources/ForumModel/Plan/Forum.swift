/// The event itself: when and on what time grid sessions may take place.
public struct Forum: Hashable, Sendable {
    public var id: String
    /// The languages the forum publishes in (`forum.languages`); the first is the default. Never empty:
    /// a plan without `languages:` is English only, as ForumPlanner wrote before it had languages.
    public var languages: [Language]
    /// The title in every language; ``title`` is its default-language text.
    public var localizedTitle: LocalizedText
    /// The title in the default language (setting it sets one text for every language).
    public var title: String {
        get { localizedTitle.defaultText }
        set { localizedTitle = LocalizedText(newValue) }
    }
    /// IANA time zone name, e.g. `Asia/Almaty`; every time in the plan is wall-clock time there.
    public var timeZone: String
    /// The forum's days, sorted and unique (ranges and weekday filters already expanded).
    public var days: [LocalDate]
    /// Earliest start of any session on any day.
    public var dayStart: TimeOfDay
    /// Latest end of any session on any day.
    public var dayEnd: TimeOfDay
    /// Times no session may overlap (lunch, coffee); a nil day means every day.
    public var breaks: [TimeWindow]
    /// Start times and durations are multiples of this many minutes.
    public var gridMinutes: Int
    /// Sessions ending after this time count for the `late-finish` constraint (nil: never).
    public var lateAfter: TimeOfDay?
    /// Holiday or closure calendars (.ics paths, relative to the plan file) whose events block whole days.
    public var blockedCalendars: [String]
    /// The description in every language, if any; ``description`` is its default-language text.
    public var localizedDescription: LocalizedText?
    /// The description in the default language (setting it sets one text for every language).
    public var description: String? {
        get { localizedDescription?.defaultText }
        set { localizedDescription = newValue.map(LocalizedText.init) }
    }
    /// The language generated text and texts without a translation fall back to: the first of ``languages``.
    public var defaultLanguage: Language { languages.first ?? .en }

    public init(
        id: String, title: String, timeZone: String, days: [LocalDate], dayStart: TimeOfDay,
        dayEnd: TimeOfDay, breaks: [TimeWindow] = [], gridMinutes: Int = 30, lateAfter: TimeOfDay? = nil,
        blockedCalendars: [String] = [], description: String? = nil, languages: [Language] = [.en]
    ) {
        self.id = id
        self.languages = languages.isEmpty ? [.en] : languages
        self.localizedTitle = LocalizedText(title)
        self.timeZone = timeZone
        self.days = days
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.breaks = breaks
        self.gridMinutes = gridMinutes
        self.lateAfter = lateAfter
        self.blockedCalendars = blockedCalendars
        self.localizedDescription = description.map(LocalizedText.init)
    }
}
