/// One row of a schedule read from outside (a spreadsheet, a calendar), before it is matched to the plan.
public struct ScheduleRow: Hashable, Sendable {
    /// Where the row came from, for messages: e.g. `row 7` of a CSV or `event 3` of an .ics file.
    public var origin: String
    /// The session id, or a title to be matched by name when `matchByTitle` is set.
    public var session: String
    public var run: Int?
    public var section: Int?
    public var date: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// Room id, or a room name to match (empty: no room given).
    public var room: String?
    /// Trainer ids or names; nil when the source does not say (the plan's named trainers are assumed).
    public var trainers: [String]?
    /// Whether `session` is a free-text title (e.g. an .ics SUMMARY) rather than an id.
    public var matchByTitle: Bool

    public init(
        origin: String, session: String, run: Int? = nil, section: Int? = nil, date: LocalDate,
        start: TimeOfDay, end: TimeOfDay, room: String?, trainers: [String]?, matchByTitle: Bool = false
    ) {
        self.origin = origin
        self.session = session
        self.run = run
        self.section = section
        self.date = date
        self.start = start
        self.end = end
        self.room = room
        self.trainers = trainers
        self.matchByTitle = matchByTitle
    }
}
