/// Something on the programme: a plenary, a section, a workshop, a course module.
///
/// One session may expand into several occurrences: `repeats` runs, each split into `sections`.
public struct Session: Hashable, Sendable {
    public var id: String
    /// The title in every language; ``title`` is its default-language text.
    public var localizedTitle: LocalizedText
    /// The title in the forum's default language (setting it sets one text for every language).
    public var title: String {
        get { localizedTitle.defaultText }
        set { localizedTitle = LocalizedText(newValue) }
    }
    public var kind: SessionKind
    /// The description in every language, if any.
    public var localizedDescription: LocalizedText?
    /// The description in the forum's default language (setting it sets one text for every language).
    public var description: String? {
        get { localizedDescription?.defaultText }
        set { localizedDescription = newValue.map(LocalizedText.init) }
    }
    /// Length of one occurrence in minutes.
    public var durationMinutes: Int
    /// Groups attending (each section of a split session takes a share of them).
    public var groups: [String]
    /// Expected attendance when it differs from the groups' total (e.g. an open exhibition).
    public var attendance: Int?
    /// Room features every room for it must have.
    public var features: [String]
    /// Language it is held in; trainers must speak it.
    public var language: String?
    /// Trainers named by the organizers (all of them run every occurrence).
    public var trainers: [String]
    /// Trainers to pick from a pool, per occurrence, in addition to the named ones.
    public var pool: TrainerPool?
    /// Run it several times (a course of N meetings).
    public var repeats: Repeats?
    /// Split the attendance into parallel sections, each with its own room and trainers.
    public var sections: Sections?
    /// Sessions that must end before this one starts.
    public var after: [String]
    /// Sessions that must start after this one ends.
    public var before: [String]
    /// Sessions that must take place on the same day as this one (run by run).
    public var sameDay: [String]
    /// Fixed day, start time or room.
    public var pin: Pin?
    /// Times this session must not take (e.g. a course's unavailable periods).
    public var unavailable: [TimeWindow]
    /// Restrict rooms to this venue.
    public var venue: String?
    /// Never moved by re-planning.
    public var locked: Bool
    /// Free text for participants, in every language; written into calendar DESCRIPTIONs.
    public var localizedNotes: LocalizedText?
    /// The notes in the forum's default language (setting them sets one text for every language).
    public var notes: String? {
        get { localizedNotes?.defaultText }
        set { localizedNotes = newValue.map(LocalizedText.init) }
    }

    public init(
        id: String, title: String, kind: SessionKind = .session, description: String? = nil,
        durationMinutes: Int, groups: [String] = [], attendance: Int? = nil, features: [String] = [],
        language: String? = nil, trainers: [String] = [], pool: TrainerPool? = nil, repeats: Repeats? = nil,
        sections: Sections? = nil, after: [String] = [], before: [String] = [], sameDay: [String] = [],
        pin: Pin? = nil, unavailable: [TimeWindow] = [], venue: String? = nil, locked: Bool = false,
        notes: String? = nil
    ) {
        self.id = id
        self.localizedTitle = LocalizedText(title)
        self.kind = kind
        self.localizedDescription = description.map(LocalizedText.init)
        self.durationMinutes = durationMinutes
        self.groups = groups
        self.attendance = attendance
        self.features = features
        self.language = language
        self.trainers = trainers
        self.pool = pool
        self.repeats = repeats
        self.sections = sections
        self.after = after
        self.before = before
        self.sameDay = sameDay
        self.pin = pin
        self.unavailable = unavailable
        self.venue = venue
        self.locked = locked
        self.localizedNotes = notes.map(LocalizedText.init)
    }
}

/// What kind of programme item a session is; written into calendar CATEGORIES and report colours.
public enum SessionKind: String, CaseIterable, Hashable, Sendable {
    case plenary, section, workshop, facilitation, contest, exhibition, dialogue, seminar
    case courseModule = "course-module"
    case lecture, practice, consultation, ceremony
    case session
}

/// Trainers to pick per occurrence: `count` of them, each with every skill and one of the languages.
public struct TrainerPool: Hashable, Sendable {
    public var count: Int
    public var skills: [String]
    /// Any one of these (empty: the session's language, if any).
    public var languages: [String]
    /// Whether the runs of a repeated session may have different pool trainers on purpose (a
    /// lecture series by several experts); otherwise `trainer-continuity` asks for one team.
    public var rotate: Bool

    public init(count: Int, skills: [String] = [], languages: [String] = [], rotate: Bool = false) {
        self.count = count
        self.skills = skills
        self.languages = languages
        self.rotate = rotate
    }
}

/// A course of several meetings.
public struct Repeats: Hashable, Sendable {
    /// Number of runs.
    public var count: Int
    /// Least number of different days the runs should spread over (`spread-over-days`).
    public var minDays: Int

    public init(count: Int, minDays: Int = 1) {
        self.count = count
        self.minDays = minDays
    }
}

/// How to split attendance into parallel sections.
public enum Sections: Hashable, Sendable {
    /// As many sections as needed so that none has more than this many people.
    case maxSize(Int)
    /// Exactly this many sections of (nearly) equal size.
    case count(Int)
}

/// A fixed part of a session's placement; nil fields are free.
public struct Pin: Hashable, Sendable {
    public var day: LocalDate?
    public var start: TimeOfDay?
    public var room: String?

    public init(day: LocalDate? = nil, start: TimeOfDay? = nil, room: String? = nil) {
        self.day = day
        self.start = start
        self.room = room
    }
}
