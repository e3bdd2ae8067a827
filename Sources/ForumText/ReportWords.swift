import ForumModel

/// The words of the HTML timetable (`forumplan report`). Constraint ids, levels and the solver's
/// explanations stay as `check` prints them (organizer diagnostics, English).
public struct ReportWords: Sendable {
    /// A session kind's name (legend, tables, tooltips).
    public let kind: @Sendable (SessionKind) -> String

    // Navigation and headings.
    public let overview: String
    public let days: String
    public let trainers: String
    public let groups: String
    public let participantGroups: String
    public let violatedConstraints: String
    public let unplacedSessions: String
    public let trainerLoad: String

    // Counted nouns.
    public let sessions: PluralNoun
    public let daysCounted: PluralNoun
    public let rooms: PluralNoun
    public let venues: PluralNoun
    public let trainersCounted: PluralNoun
    public let groupsCounted: PluralNoun
    public let people: PluralNoun
    public let times: PluralNoun
    public let violations: PluralNoun
    public let seats: PluralNoun

    // Overview.
    /// `times in Asia/Almaty`.
    public let timesIn: @Sendable (_ timeZone: String) -> String
    /// `40 sessions placed, 0 unplaced` (sessions counted, unplaced number).
    public let placed: @Sendable (_ sessions: String, _ unplaced: String) -> String
    /// `12 rooms in 2 venues`.
    public let roomsInVenues: @Sendable (_ rooms: String, _ venues: String) -> String
    /// `Score 0hard/3soft`.
    public let score: @Sendable (_ score: String) -> String
    public let noHardConflicts: String
    /// `2 hard penalty points, 1 unplaced`.
    public let hardPoints: @Sendable (_ points: String, _ unplaced: String) -> String
    public let allSatisfied: String
    public let constraint: String
    public let level: String
    public let timesColumn: String
    public let penalty: String
    /// `All 40 room-capacity violations, by day` (violations counted, constraint id).
    public let allViolations: @Sendable (_ violations: String, _ constraint: String) -> String
    public let loadLegend: String
    public let loadChartLabel: String
    public let trainer: String
    public let sessionsColumn: String
    public let daysColumn: String
    public let hours: String
    public let dailyLimit: String
    public let group: String
    public let peopleColumn: String

    // Day pages.
    public let roomsNotInPlan: String
    /// `8 sessions, 12 hr in total. Times are in Asia/Almaty.` (sessions counted, duration, zone).
    public let dayFacts: @Sendable (_ sessions: String, _ duration: String, _ timeZone: String) -> String
    /// `8 sessions in 5 rooms. Times are in Asia/Almaty.`
    public let dayIndexFacts: @Sendable (_ sessions: String, _ rooms: String, _ timeZone: String) -> String
    /// `All venues on 14 November 2019`.
    public let allVenuesOn: @Sendable (_ date: String) -> String
    public let noSessionsThisDay: String
    public let venue: String
    public let town: String
    public let roomsInUse: String
    public let from: String
    public let to: String

    // Room grid.
    public let notInPlan: @Sendable (_ room: String) -> String
    public let noRoom: String
    /// `A, B, C and 9 more groups` (the first names, how many more, the noun in the form for that number).
    public let andMore: @Sendable (_ first: String, _ more: String, _ noun: String) -> String
    public let online: String
    /// `Break 11:00–11:30`.
    public let breakTime: @Sendable (_ time: String) -> String
    /// A sheet of a cut grid: `(2 of 3)`.
    public let sheetOf: @Sendable (_ number: Int, _ count: Int) -> String

    // Trainer and group pages.
    /// `6 hr in 4 sessions on 2 days` (duration, sessions counted, days counted).
    public let workload: @Sendable (_ duration: String, _ sessions: String, _ days: String) -> String
    public let basedAt: String
    public let languages: String
    public let skills: String
    /// `At most 6 hr a day`.
    public let atMostADay: @Sendable (_ duration: String) -> String
    /// `At least 15 min between sessions`.
    public let breakBetween: @Sendable (_ duration: String) -> String
    /// `2 days away from the base` (days counted).
    public let daysAway: @Sendable (_ days: String) -> String
    /// `3 changes of venue within a day (1 between towns)`.
    public let venueChanges: @Sendable (_ changes: Int, _ betweenTowns: Int) -> String
    public let noTravel: String
    /// `; 2 hr of travel in all.`
    public let travelInAll: @Sendable (_ duration: String) -> String
    public let noSessionsAssigned: String
    public let noSessionsScheduled: String
    public let sectionsShared: String

    // Day tables of trainer and group pages.
    /// `6 hr of at most 8 hr` in a day heading.
    public let ofAtMost: @Sendable (_ duration: String, _ limit: String) -> String
    public let overLimit: String
    public let route: String
    public let time: String
    public let session: String
    public let kindColumn: String
    public let room: String
    public let with: String
    public let fromBase: String
    public let backToBase: String
    /// `Travel from A to B: 40 min` or, with a note, `From the base: travel from A to B: 40 min`.
    public let travel: @Sendable (_ note: String?, _ from: String, _ to: String, _ duration: String) -> String
    /// `, 50 min between the sessions`.
    public let gapBetween: @Sendable (_ duration: String) -> String
    public let overlap: String
    public let tooTight: String

    // Violations pages.
    /// `3 violations, hard penalty 30 in total.` (violations counted, level, penalty).
    public let violationFacts: @Sendable (_ violations: String, _ level: String, _ penalty: String) -> String
    public let notAboutOneDay: String
    /// Head of the load chart's column of totals.
    public let total: String
}
