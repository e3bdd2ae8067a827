import ForumModel
import ForumText

/// What every page of a report shares: the plan, the placed occurrences with their names, the
/// days shown and where each page lives.
struct ReportContext: Sendable {
    let plan: Plan
    let schedule: Schedule
    let evaluation: ReportEvaluation
    /// Every assignment of the schedule, sorted by date, start, room and occurrence id.
    let items: [ReportItem]
    /// The forum's days plus any other day the schedule uses, sorted.
    let days: [LocalDate]
    /// Whether each day gets one grid page per venue (plans with more than ``ReportContext/singlePageRooms`` rooms).
    let splitsByVenue: Bool
    /// The pages' language.
    let words: Catalogue

    /// Plans with at most this many rooms show a whole day on one grid page; larger ones get a page per day and venue.
    static let singlePageRooms = 40

    init(plan: Plan, schedule: Schedule, evaluation: ReportEvaluation, language: Language) {
        self.words = Catalogue.of(language)
        self.plan = plan
        self.schedule = schedule
        self.evaluation = evaluation
        var sessions: [String: Session] = [:]
        for s in plan.sessions where sessions[s.id] == nil { sessions[s.id] = s }
        var rooms: [String: (Room, Venue)] = [:]
        for v in plan.venues { for r in v.rooms where rooms[r.id] == nil { rooms[r.id] = (r, v) } }
        var trainerNames: [String: String] = [:]
        for t in plan.trainers where trainerNames[t.id] == nil { trainerNames[t.id] = t.name }
        var groupNames: [String: String] = [:]
        for g in plan.groups where groupNames[g.id] == nil { groupNames[g.id] = g.name }
        var sizes: [OccurrenceID: Int] = [:]
        for o in plan.occurrences() { sizes[o.id] = o.size }
        let roomOrder = Dictionary(plan.rooms.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        var items: [ReportItem] = schedule.assignments.map { a in
            let session = sessions[a.id.session]
            let place = a.room.flatMap { rooms[$0] }
            let groups = session?.groups ?? []
            return ReportItem(
                id: a.id, title: session?.title ?? a.id.session, kind: session?.kind ?? .session, date: a.date,
                start: a.start.minutes, end: a.end.minutes, roomID: a.room, roomName: place?.0.name ?? a.room ?? "",
                venue: place?.1, trainerIDs: a.trainers, trainerNames: a.trainers.map { trainerNames[$0] ?? $0 },
                groupIDs: groups, groupNames: groups.map { groupNames[$0] ?? $0 }, size: sizes[a.id] ?? 0)
        }
        items.sort {
            let a = ($0.date, $0.start, $0.roomID.flatMap { roomOrder[$0] } ?? Int.max)
            let b = ($1.date, $1.start, $1.roomID.flatMap { roomOrder[$0] } ?? Int.max)
            return a != b ? a < b : $0.id < $1.id
        }
        self.items = items
        self.days = Array(Set(plan.forum.days + items.map(\.date))).sorted()
        self.splitsByVenue = plan.rooms.count > Self.singlePageRooms
    }

    /// The items on `day`.
    func items(on day: LocalDate) -> [ReportItem] { items.filter { $0.date == day } }

    // MARK: Page paths (relative to the report folder)

    static let overviewPath = "index.html"

    static func dayPath(_ day: LocalDate) -> String { "days/\(day).html" }

    static func dayVenuePath(_ day: LocalDate, venue: String?) -> String {
        "days/\(day)/\(venue.map(slug) ?? "_no-venue").html"
    }

    static func trainerPath(_ id: String) -> String { "trainers/\(slug(id)).html" }

    static func groupPath(_ id: String) -> String { "groups/\(slug(id)).html" }

    /// A file name for an id: letters, digits, `-` and `.` stay, every other byte becomes `_xx` (hex),
    /// so different ids always give different names.
    static func slug(_ id: String) -> String {
        var s = ""
        for byte in id.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || (c == "." && !s.isEmpty) {
                s.append(c)
            } else {
                s += "_" + String(byte, radix: 16, uppercase: false).leftPadded(to: 2)
            }
        }
        return s.isEmpty ? "_" : s
    }

    /// The link from the page at `from` to the page at `to` (both relative to the report folder).
    static func href(from: String, to: String) -> String {
        let depth = from.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + to
    }

    /// A heading for `day`: `Thursday, 14 November 2019`, `четверг, 14 ноября 2019 г.`.
    func dayTitle(_ day: LocalDate) -> String { words.fullDate(day) }

    /// `4 hrs 30 min`, `4 ч 30 мин`, `4 сағ 30 мин`.
    func hours(_ minutes: Int) -> String { words.duration(minutes: minutes) }

    /// `n` with the noun in the form the number asks for.
    func count(_ n: Int, _ noun: PluralNoun) -> String { words.count(n, noun) }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
