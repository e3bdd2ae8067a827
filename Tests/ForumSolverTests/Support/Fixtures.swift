import ForumModel

/// Small building blocks for hand-written test plans.
enum Fixtures {
    static let day1 = LocalDate(iso: "2019-11-14")!
    static let day2 = LocalDate(iso: "2019-11-15")!
    static let day3 = LocalDate(iso: "2019-11-16")!

    static func time(_ text: String) -> TimeOfDay { TimeOfDay(parsing: text)! }

    static func window(_ from: String, _ to: String, on day: LocalDate? = nil) -> TimeWindow {
        TimeWindow(day: day, start: time(from), end: time(to))
    }

    /// A two-day forum, 09:00–18:00, 30-minute grid, lunch 13:00–14:00 unless told otherwise.
    static func forum(
        days: [LocalDate] = [day1, day2], breaks: [TimeWindow] = [window("13:00", "14:00")],
        lateAfter: TimeOfDay? = nil
    ) -> Forum {
        Forum(
            id: "test", title: "Test forum", timeZone: "Asia/Almaty", days: days, dayStart: time("09:00"),
            dayEnd: time("18:00"), breaks: breaks, gridMinutes: 30, lateAfter: lateAfter)
    }

    /// One venue with a hall (100 seats, stage) and room 12 (30 seats, projector).
    static let venue = Venue(
        id: "school", name: "School",
        rooms: [
            Room(id: "hall", name: "Hall", capacity: 100, features: ["stage"]),
            Room(id: "r12", name: "Room 12", capacity: 30, features: ["projector"])
        ])

    /// Every constraint off except `on` (at its default level and weight unless overridden).
    static func only(_ on: [ConstraintID], level: ConstraintLevel? = nil, weight: Int? = nil) -> [ConstraintOverride] {
        ConstraintID.allCases.map { id in
            on.contains(id) ? ConstraintOverride(id: id, level: level, weight: weight) : ConstraintOverride(id: id, level: .off)
        }
    }

    static func assignment(
        _ session: String, run: Int? = nil, section: Int? = nil, _ date: LocalDate, _ from: String,
        _ to: String, room: String? = "r12", trainers: [String] = []
    ) -> Assignment {
        Assignment(
            id: OccurrenceID(session: session, run: run, section: section), date: date, start: time(from),
            end: time(to), room: room, trainers: trainers)
    }
}
