/// The event itself: when and on what time grid sessions may take place.
public struct Forum: Hashable, Sendable {
    public var id: String
    public var title: String
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
    public var description: String?

    public init(
        id: String, title: String, timeZone: String, days: [LocalDate], dayStart: TimeOfDay,
        dayEnd: TimeOfDay, breaks: [TimeWindow] = [], gridMinutes: Int = 30, lateAfter: TimeOfDay? = nil,
        blockedCalendars: [String] = [], description: String? = nil
    ) {
        self.id = id
        self.title = title
        self.timeZone = timeZone
        self.days = days
        self.dayStart = dayStart
        self.dayEnd = dayEnd
        self.breaks = breaks
        self.gridMinutes = gridMinutes
        self.lateAfter = lateAfter
        self.blockedCalendars = blockedCalendars
        self.description = description
    }
}
