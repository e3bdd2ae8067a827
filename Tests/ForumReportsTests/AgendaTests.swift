import ForumModel
import Foundation
import Testing
import ForumReports

@Suite struct AgendaTests {
    static func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static func t(_ s: String) -> TimeOfDay { TimeOfDay(parsing: s)! }

    static let plan = Plan(
        forum: Forum(
            id: "f", title: "Форум", timeZone: "Asia/Almaty", days: [d("2026-03-10"), d("2026-03-11")], dayStart: t("09:00"), dayEnd: t("18:00")),
        venues: [Venue(id: "nis", name: "NIS", rooms: [Room(id: "hall", name: "Hall", capacity: 100), Room(id: "r1", name: "Room 1", capacity: 30)])],
        trainers: [Trainer(id: "a", name: "Абишева"), Trainer(id: "b", name: "Berik")],
        groups: [ParticipantGroup(id: "g", name: "Directors, Taraz", size: 60)],
        sessions: [
            Session(id: "open", title: "Opening", kind: .plenary, durationMinutes: 60, groups: ["g"], trainers: ["a", "b"]),
            Session(id: "ws", title: "Workshop \"A\"", kind: .workshop, durationMinutes: 60, groups: ["g"], trainers: ["a"], sections: .count(2))
        ])

    static let schedule = Schedule(
        forumID: "f",
        assignments: [
            Assignment(
                id: OccurrenceID(session: "ws", section: 2), date: d("2026-03-11"), start: t("10:00"), end: t("11:00"), room: "r1", trainers: ["a"]),
            Assignment(
                id: OccurrenceID(session: "open"), date: d("2026-03-10"), start: t("09:00"), end: t("10:00"), room: "hall", trainers: ["a", "b"]),
            Assignment(
                id: OccurrenceID(session: "ws", section: 1), date: d("2026-03-10"), start: t("11:00"), end: t("12:00"), room: "r1", trainers: ["b"])
        ])

    @Test func trainerAgendaListsCoTrainersByDay() throws {
        let agenda = try Agenda(plan: Self.plan, schedule: Self.schedule, subject: .trainer("a"))
        #expect(agenda.occurrences == [OccurrenceID(session: "open"), OccurrenceID(session: "ws", section: 2)])
        #expect(agenda.rows.map(\.trainers) == [["Berik"], []])
        #expect(agenda.rows.map(\.size) == [60, 30])
        #expect(
            agenda.text(language: .en) == """
                Trainer Абишева (a) — Форум
                Times are in Asia/Almaty.

                Tuesday, 10 March 2026
                  Time         Session  Room  Venue  Co-trainers  Groups            Size
                  -----------  -------  ----  -----  -----------  ----------------  ----
                  09:00–10:00  Opening  Hall  NIS    Berik        Directors, Taraz  60

                Wednesday, 11 March 2026
                  Time         Session       Room    Venue  Co-trainers  Groups            Size
                  -----------  ------------  ------  -----  -----------  ----------------  ----
                  10:00–11:00  Workshop "A"  Room 1  NIS    —            Directors, Taraz  30

                """)
    }

    @Test func groupAndRoomAgendas() throws {
        let group = try Agenda(plan: Self.plan, schedule: Self.schedule, subject: .group("g"))
        #expect(group.rows.map(\.occurrence) == ["open", "ws.1", "ws.2"])
        #expect(group.rows[0].trainers == ["Абишева", "Berik"])
        let room = try Agenda(plan: Self.plan, schedule: Self.schedule, subject: .room("hall"))
        #expect(room.rows.map(\.occurrence) == ["open"])
    }

    @Test func csvQuotesAndJSONKeysAreStable() throws {
        let agenda = try Agenda(plan: Self.plan, schedule: Self.schedule, subject: .room("r1"))
        let expected = [
            "date,start,end,occurrence,session,title,kind,room,room_name,venue,trainers,groups,size",
            #"2026-03-10,11:00,12:00,ws.1,ws,"Workshop ""A""",workshop,r1,Room 1,NIS,Berik,"Directors, Taraz",30"#,
            #"2026-03-11,10:00,11:00,ws.2,ws,"Workshop ""A""",workshop,r1,Room 1,NIS,Абишева,"Directors, Taraz",30"#
        ]
        #expect(agenda.csv() == expected.joined(separator: "\r\n") + "\r\n")
        let json = try JSONSerialization.jsonObject(with: Data(agenda.json().utf8)) as? [String: Any]
        #expect(json?.keys.sorted() == ["forum", "rows", "subject", "time_zone"])
        let row = (json?["rows"] as? [[String: Any]])?.first
        #expect(
            row?.keys.sorted() == [
                "date", "end", "groups", "kind", "occurrence", "room", "room_name", "session", "size", "start", "title", "trainers", "venue"
            ])
        #expect((json?["subject"] as? [String: String]) == ["kind": "room", "id": "r1", "name": "Room 1"])
    }

    @Test func unknownIdsAndOtherForumsAreErrors() throws {
        #expect(throws: AgendaError.unknown(.trainer("zz"), known: ["a", "b"])) {
            _ = try Agenda(plan: Self.plan, schedule: Self.schedule, subject: .trainer("zz"))
        }
        #expect(throws: AgendaError.scheduleMismatch(planForum: "f", scheduleForum: "x")) {
            _ = try Agenda(plan: Self.plan, schedule: Schedule(forumID: "x", assignments: []), subject: .group("g"))
        }
        #expect(
            try Agenda(plan: Self.plan, schedule: Schedule(forumID: "f", assignments: []), subject: .group("g")).text(language: .en).hasSuffix(
                "Nothing scheduled.\n"))
    }
}
