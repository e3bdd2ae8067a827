import ForumModel

/// A two-day forum small enough to read in a test: two rooms, two trainers, a repeated split session.
enum SamplePlan {
    static let day1 = LocalDate(iso: "2019-11-14")!
    static let day2 = LocalDate(iso: "2019-11-15")!

    static func time(_ text: String) -> TimeOfDay { TimeOfDay(parsing: text)! }

    static let plan = Plan(
        forum: Forum(
            id: "taraz", title: "Regional forum", timeZone: "Asia/Almaty", days: [day1, day2],
            dayStart: time("09:00"), dayEnd: time("18:00")),
        venues: [
            Venue(
                id: "nis", name: "NIS Taraz",
                rooms: [
                    Room(id: "hall", name: "Assembly hall", capacity: 300),
                    Room(id: "r101", name: "Room 101", capacity: 30)
                ])
        ],
        trainers: [
            Trainer(id: "zholdasbaeva", name: "Sapura Zholdasbaeva", email: "sz@example.kz"),
            Trainer(id: "nugerbaev", name: "Tolegen Nugerbaev")
        ],
        groups: [ParticipantGroup(id: "directors", name: "Directors", size: 60)],
        sessions: [
            Session(
                id: "plenary", title: "Plenary session", kind: .plenary, durationMinutes: 90,
                groups: ["directors"], trainers: ["zholdasbaeva"]),
            Session(
                id: "facilitation", title: "School development plan", kind: .facilitation,
                durationMinutes: 60, groups: ["directors"], trainers: ["nugerbaev"],
                repeats: Repeats(count: 2), sections: .count(2))
        ])

    static func assignment(
        _ id: OccurrenceID, _ date: LocalDate, _ start: String, _ end: String,
        _ room: String?, _ trainers: [String]
    ) -> Assignment {
        Assignment(id: id, date: date, start: time(start), end: time(end), room: room, trainers: trainers)
    }
}
