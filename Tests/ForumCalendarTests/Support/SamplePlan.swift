import ForumModel
import Foundation
@testable import ForumCalendar

/// A small forum in Almaty, March 2026, with Kazakh and Russian text, a split session and a course.
enum SamplePlan {
    static func date(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static func time(_ s: String) -> TimeOfDay { TimeOfDay(parsing: s)! }

    static let plan = Plan(
        forum: Forum(
            id: "almaty-2026", title: "Мектеп басшыларының өңірлік форумы", timeZone: "Asia/Almaty",
            days: [date("2026-03-10"), date("2026-03-11")], dayStart: time("09:00"), dayEnd: time("18:00")),
        venues: [
            Venue(
                id: "nis", name: "НИШ ФМН, Алматы", town: "Almaty", address: "ул. Жандосова, 145; корпус 2",
                rooms: [
                    Room(id: "hall", name: "Актовый зал", capacity: 300),
                    Room(id: "r101", name: "Room 101", capacity: 40),
                    Room(id: "r102", name: "Room 102", capacity: 40)
                ]),
            Venue(id: "online", name: "Online", rooms: [Room(id: "zoom", name: "Zoom 1", capacity: nil, online: true)])
        ],
        trainers: [
            Trainer(id: "abisheva", name: "Абишева Гульнар", email: "abisheva@example.kz"),
            Trainer(id: "berik", name: "Berik, \"the\" trainer; senior", email: "berik@example.kz"),
            Trainer(id: "nomail", name: "Ivanova")
        ],
        groups: [
            ParticipantGroup(id: "directors", name: "Директора школ", size: 60),
            ParticipantGroup(id: "leaders", name: "Leading schools", size: 20)
        ],
        sessions: [
            Session(
                id: "plenary", title: "Пленарное заседание: «Жаңартылған білім»", kind: .plenary,
                description: "Opening, welcome; agenda\nsecond line with a, comma", durationMinutes: 90,
                groups: ["directors", "leaders"], trainers: ["abisheva"], notes: "Bring the draft\u{07} plan"),
            Session(
                id: "workshop", title: "Criteria-based assessment", kind: .workshop, durationMinutes: 60,
                groups: ["directors"], trainers: ["berik"], sections: .count(2)),
            Session(
                id: "course", title: "Course module", kind: .courseModule, durationMinutes: 60,
                groups: ["leaders"], trainers: ["nomail"], repeats: Repeats(count: 2))
        ])

    static func assignment(
        _ session: String, run: Int? = nil, section: Int? = nil, _ day: String, _ start: String, _ end: String, room: String, trainers: [String]
    ) -> Assignment {
        Assignment(
            id: OccurrenceID(session: session, run: run, section: section), date: date(day), start: time(start), end: time(end), room: room,
            trainers: trainers)
    }

    static let schedule = Schedule(
        forumID: "almaty-2026",
        assignments: [
            assignment("plenary", "2026-03-10", "10:00", "11:30", room: "hall", trainers: ["abisheva"]),
            assignment("workshop", section: 1, "2026-03-10", "14:00", "15:00", room: "r101", trainers: ["berik"]),
            assignment("workshop", section: 2, "2026-03-10", "15:00", "16:00", room: "r101", trainers: ["berik"]),
            assignment("course", run: 1, "2026-03-10", "12:00", "13:00", room: "zoom", trainers: ["nomail"]),
            assignment("course", run: 2, "2026-03-11", "12:00", "13:00", room: "zoom", trainers: ["nomail", "abisheva"])
        ])

    /// 2026-03-01 00:00 UTC.
    static let firstExport = Date(timeIntervalSince1970: 1_772_323_200)
}

/// A fresh temporary output folder (`<temp>/forumcal-<uuid>/feeds`, so the publication state the
/// exporter keeps beside it, `feeds.forumplan`, is inside the temporary folder too), removed by the
/// caller with `cleanup`.
struct TempDir {
    let root: URL
    let url: URL
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("forumcal-\(UUID().uuidString)")
        url = root.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    /// The publication state kept beside the output folder.
    var state: PublicationState { get throws { try PublicationState(published: url) } }
    func cleanup() { try? FileManager.default.removeItem(at: root) }
    func read(_ path: String) throws -> String { try String(contentsOf: url.appendingPathComponent(path), encoding: .utf8) }
}
