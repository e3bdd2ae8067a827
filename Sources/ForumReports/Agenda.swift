import ForumModel

/// Whose agenda to show.
public enum AgendaSubject: Hashable, Sendable {
    case trainer(String)
    case group(String)
    case room(String)

    /// `trainer`, `group` or `room`.
    public var kind: String {
        switch self {
        case .trainer: "trainer"
        case .group: "group"
        case .room: "room"
        }
    }

    /// The id given.
    public var id: String {
        switch self {
        case .trainer(let id), .group(let id), .room(let id): id
        }
    }
}

/// One occurrence on someone's agenda.
public struct AgendaRow: Hashable, Sendable, Encodable {
    /// Occurrence id as the schedule file spells it (`course#3.2`).
    public var occurrence: String
    /// Session id.
    public var session: String
    /// Session title.
    public var title: String
    /// Session kind (`plenary`, `workshop`, …).
    public var kind: String
    /// `YYYY-MM-DD`.
    public var date: String
    /// Start, `HH:MM`.
    public var start: String
    /// End, `HH:MM`.
    public var end: String
    /// Room id, empty when the schedule leaves the room open.
    public var room: String
    /// Room name (the id when the plan has no such room).
    public var roomName: String
    /// Venue name, empty when unknown.
    public var venue: String
    /// Trainer names; for a trainer's agenda, the other trainers only.
    public var trainers: [String]
    /// Group names attending.
    public var groups: [String]
    /// People expected in this occurrence (its share for a section).
    public var size: Int
}

/// Someone's timetable: the occurrences of a schedule that concern one trainer, group or room.
public struct Agenda: Hashable, Sendable {
    /// Whose agenda it is.
    public var subject: AgendaSubject
    /// The display name of the trainer, group or room.
    public var name: String
    /// Forum title.
    public var forumTitle: String
    /// IANA time zone; all times are wall-clock times there.
    public var timeZone: String
    /// Rows sorted by date, start and occurrence id.
    public var rows: [AgendaRow]
    /// Occurrence ids of the rows, in the same order (for an .ics of the agenda).
    public var occurrences: [OccurrenceID]

    /// Collects the agenda of `subject` from `schedule`.
    /// - Throws: ``AgendaError`` when the id is not in the plan or the schedule is for another forum.
    public init(plan: Plan, schedule: Schedule, subject: AgendaSubject) throws(AgendaError) {
        guard schedule.forumID == plan.forum.id else {
            throw AgendaError.scheduleMismatch(planForum: plan.forum.id, scheduleForum: schedule.forumID)
        }
        let name: String
        switch subject {
        case .trainer(let id):
            guard let t = plan.trainers.first(where: { $0.id == id }) else { throw AgendaError.unknown(subject, known: plan.trainers.map(\.id)) }
            name = t.name
        case .group(let id):
            guard let g = plan.groups.first(where: { $0.id == id }) else { throw AgendaError.unknown(subject, known: plan.groups.map(\.id)) }
            name = g.name
        case .room(let id):
            guard let r = plan.rooms.first(where: { $0.id == id }) else { throw AgendaError.unknown(subject, known: plan.rooms.map(\.id)) }
            name = r.name
        }
        let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let trainerNames = Dictionary(plan.trainers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let groupNames = Dictionary(plan.groups.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let sizes = Dictionary(plan.occurrences().map { ($0.id, $0.size) }, uniquingKeysWith: { a, _ in a })
        var picked: [(Assignment, Session)] = []
        for a in schedule.assignments {
            guard let session = sessions[a.id.session] else { continue }
            let concerns: Bool
            switch subject {
            case .trainer(let id): concerns = a.trainers.contains(id)
            case .group(let id): concerns = session.groups.contains(id)
            case .room(let id): concerns = a.room == id
            }
            if concerns { picked.append((a, session)) }
        }
        picked.sort { ($0.0.date, $0.0.start, $0.0.id) < ($1.0.date, $1.0.start, $1.0.id) }
        self.subject = subject
        self.name = name
        self.forumTitle = plan.forum.title
        self.timeZone = plan.forum.timeZone
        self.occurrences = picked.map(\.0.id)
        self.rows = picked.map { a, session in
            let room = a.room.flatMap { id in plan.rooms.first { $0.id == id } }
            let others = a.trainers.filter { subject != .trainer($0) }
            return AgendaRow(
                occurrence: a.id.description, session: session.id, title: session.title, kind: session.kind.rawValue,
                date: a.date.description, start: a.start.description, end: a.end.description,
                room: a.room ?? "", roomName: room?.name ?? a.room ?? "",
                venue: a.room.flatMap { plan.venue(ofRoom: $0)?.name } ?? "",
                trainers: others.map { trainerNames[$0] ?? $0 },
                groups: session.groups.map { groupNames[$0] ?? $0 },
                size: sizes[a.id] ?? 0)
        }
    }
}

/// Why an agenda cannot be made.
public enum AgendaError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The trainer, group or room id is not in the plan.
    case unknown(AgendaSubject, known: [String])
    /// The schedule is for another forum.
    case scheduleMismatch(planForum: String, scheduleForum: String)

    /// What is wrong and what to do.
    public var description: String {
        switch self {
        case let .unknown(subject, known):
            let list = known.prefix(10).joined(separator: ", ") + (known.count > 10 ? ", …" : "")
            return "error: no \(subject.kind) '\(subject.id)' in the plan. Known \(subject.kind)s: \(list.isEmpty ? "none" : list)."
        case let .scheduleMismatch(plan, schedule):
            return "error: the schedule is for forum '\(schedule)' but the plan is forum '\(plan)'. Pass the schedule solved for this plan."
        }
    }
}
