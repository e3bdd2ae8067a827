import ForumModel
import ForumText

/// One placed occurrence with everything a page shows about it, names already looked up.
struct ReportItem: Sendable {
    var id: OccurrenceID
    /// The session's title (its id when the plan has no such session).
    var title: String
    var kind: SessionKind
    var date: LocalDate
    /// Minutes since midnight.
    var start: Int
    var end: Int
    /// Room id, nil when the schedule leaves it open.
    var roomID: String?
    /// Room name (the id when the plan has no such room).
    var roomName: String
    /// The venue of the room, nil when unknown or open.
    var venue: Venue?
    var trainerIDs: [String]
    var trainerNames: [String]
    var groupIDs: [String]
    var groupNames: [String]
    /// People expected.
    var size: Int

    /// `course#3.2`.
    var occurrence: String { id.description }
    var startText: String { Self.clock(start) }
    var endText: String { Self.clock(end) }
    /// `10:00–11:30`.
    var timeText: String { startText + "–" + endText }
    var minutes: Int { max(0, end - start) }
    /// `Room 201, NIS Taraz (Taraz)`.
    func placeText(_ words: Catalogue) -> String {
        guard let venue else { return roomName.isEmpty ? words.report.noRoom : roomName }
        return roomName + ", " + venue.name + (venue.town.map { " (\($0))" } ?? "")
    }

    static func clock(_ minutes: Int) -> String {
        TimeOfDay(minutes: min(max(minutes, 0), 1440))?.description ?? "?"
    }
}
