import ForumModel

/// Everything a published event shows, as it was last published (kept in the manifest so that a
/// removed session can still be published as cancelled, byte for byte as before plus the status).
public struct EventSnapshot: Codable, Hashable, Sendable {
    /// A trainer shown as ORGANIZER/ATTENDEE.
    public struct Person: Codable, Hashable, Sendable {
        /// Shown as CN.
        public var name: String
        /// Written as `mailto:`.
        public var email: String
    }

    /// SUMMARY.
    public var summary: String
    /// DESCRIPTION.
    public var description: String
    /// LOCATION.
    public var location: String
    /// The session kind (CATEGORIES).
    public var category: String
    /// Forum-local date of the occurrence (`YYYY-MM-DD`).
    public var date: String
    /// Forum-local start, minutes after midnight.
    public var start: Int
    /// Forum-local end, minutes after midnight (1440 is midnight at the day's end).
    public var end: Int
    /// Room id (part of the fingerprint).
    public var room: String
    /// Trainer ids (part of the fingerprint).
    public var trainers: [String]
    /// Trainers with an email, in assignment order.
    public var people: [Person]
    /// The texts in the other languages the export publishes (by language code), for a forum with
    /// several languages or trainers whose first language is another; nil when there are none. A
    /// change here alone is a visible change (DTSTAMP), never one that raises SEQUENCE.
    public var translations: [String: EventText]?

    /// What subscribers must be told about with a higher SEQUENCE: time, room, trainers.
    public var fingerprint: String {
        "\(date) \(start)-\(end) room=\(room) trainers=\(trainers.joined(separator: ","))"
    }

    /// The texts feeds in `language` show: its translation, else the snapshot's own (primary) texts.
    func text(in language: Language) -> EventText {
        translations?[language.rawValue] ?? EventText(summary: summary, description: description, location: location, people: people)
    }

    /// The occurrence's forum-local date.
    var localDate: LocalDate { LocalDate(iso: date) ?? LocalDate(daysSinceEpoch: 0) }
}

/// What an event says in one language: SUMMARY, DESCRIPTION, LOCATION and the trainers' names (CN).
public struct EventText: Codable, Hashable, Sendable {
    public var summary: String
    public var description: String
    public var location: String
    public var people: [EventSnapshot.Person]
}

/// One event as a feed shows it: the snapshot plus its publication state.
struct FeedEvent: Hashable, Sendable {
    var uid: String
    var snapshot: EventSnapshot
    var sequence: Int
    /// First publication (CREATED), UTC seconds.
    var created: Int
    /// Last significant or visible change (DTSTAMP and LAST-MODIFIED), UTC seconds.
    var modified: Int
    var cancelled: Bool
}
