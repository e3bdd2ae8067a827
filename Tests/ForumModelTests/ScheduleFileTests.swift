import Foundation
import Testing
@testable import ForumModel

@Suite struct ScheduleFileTests {
    static func sample(reason: String = "no room has the feature 'stage' and capacity 500") -> Schedule {
        Schedule(
            forumID: "taraz-2019",
            assignments: [
                Assignment(
                    id: OccurrenceID(session: "plenary"), date: LocalDate(iso: "2019-11-15")!,
                    start: TimeOfDay(parsing: "10:00")!, end: TimeOfDay(parsing: "11:30")!,
                    room: "assembly-hall", trainers: ["toktaganova"]),
                Assignment(
                    id: OccurrenceID(session: "course", run: 3, section: 2), date: LocalDate(iso: "2019-11-14")!,
                    start: TimeOfDay(parsing: "14:00")!, end: TimeOfDay(parsing: "15:30")!,
                    room: "room-101", trainers: ["berdibekova", "abisheva"]),
                Assignment(
                    id: OccurrenceID(session: "open", section: 1), date: LocalDate(iso: "2019-11-14")!,
                    start: TimeOfDay(parsing: "09:00")!, end: TimeOfDay(parsing: "24:00")!,
                    room: nil, trainers: [])
            ],
            unplaced: [Unplaced(id: OccurrenceID(session: "gala", run: 2), reason: reason)],
            score: Score(hard: 0, soft: 120))
    }

    @Test func writesTheDocumentedLayout() {
        let expected = """
            forum: taraz-2019
            score: {hard: 0, soft: 120}
            feasible: false
            assignments:
            - session: course
              occurrence: 3
              section: 2
              date: 2019-11-14
              start: "14:00"
              end: "15:30"
              room: room-101
              trainers: [berdibekova, abisheva]
            - session: open
              section: 1
              date: 2019-11-14
              start: "09:00"
              end: "24:00"
              trainers: []
            - session: plenary
              date: 2019-11-15
              start: "10:00"
              end: "11:30"
              room: assembly-hall
              trainers: [toktaganova]
            unplaced:
            - {session: gala, occurrence: 2, reason: no room has the feature 'stage' and capacity 500}

            """
        #expect(ScheduleFile.encode(Self.sample()) == expected)
    }

    @Test func optionalPartsAreLeftOutOrExplicit() {
        var schedule = Self.sample()
        schedule.unplaced = []
        schedule.score = Score(hard: 2, medium: 4, soft: 7)
        let text = ScheduleFile.encode(schedule, feasible: true)
        #expect(text.contains("score: {hard: 2, medium: 4, soft: 7}\nfeasible: true\n"))
        #expect(text.hasSuffix("unplaced: []\n"))
        schedule.score = nil
        #expect(!ScheduleFile.encode(schedule).contains("feasible"))
        #expect(!ScheduleFile.encode(schedule).contains("score"))
    }

    @Test(arguments: [
        "no room has the feature 'stage' and capacity 500",
        "", "true", "12", "a: b # c", "\"quoted\" and 'single'", "line\nbreak", "Қазақ тілі — ру́сский", "- dash", "[x]"
    ])
    func roundTripsAnyReasonText(reason: String) throws {
        let schedule = Self.sample(reason: reason)
        let text = ScheduleFile.encode(schedule)
        let back = try ScheduleFile.decode(text, path: "s.yaml")
        #expect(back == schedule, "text was:\n\(text)")
        #expect(ScheduleFile.encode(back) == text)
    }

    @Test func writesAtomicallyAndReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("schedule-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("schedule.yaml")
        try ScheduleFile.write(Self.sample(), to: url)
        #expect(try ScheduleFile.read(contentsOf: url) == Self.sample())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["schedule.yaml"])
    }

    @Test func reportsEveryProblemWithItsLocation() {
        let text = """
            forum: taraz-2019
            score: {hard: x, soft: 1}
            assignments:
              - session: plenary
                date: 2019-13-01
                start: "10:00"
                end: "09:00"
                rooom: hall
              - session: course
                occurrence: 0
                date: 2019-11-14
                start: 10:00
                end: "25:00"
            """
        #expect(throws: PlanErrors.self) { try ScheduleFile.decode(text, path: "s.yaml") }
        do {
            _ = try ScheduleFile.decode(text, path: "s.yaml")
        } catch {
            #expect(
                error.description == """
                    s.yaml:2:15: error: `score.hard` must be a whole number, not 'x'
                      hint: Write a number between 0 and 2147483647, without quotes.
                    s.yaml:5:11: error: `date` '2019-13-01' is not a date
                      hint: Write dates as YYYY-MM-DD, e.g. 2019-11-14, and check that the day exists.
                    s.yaml:7:10: error: `end` 09:00 is not after `start` 10:00
                      hint: An assignment ends after it starts on the same day; check both times.
                    s.yaml:8:5: error: unknown key 'rooom' in an assignment
                      hint: Did you mean 'room'?
                    s.yaml:10:17: error: `occurrence` is 0, outside 1…1000000
                      hint: Write a number between 1 and 1000000.
                    s.yaml:13:10: error: `end` '25:00' is not a time
                      hint: Write times as "HH:MM" on the 24-hour clock, in quotes, e.g. "09:00" or "13:30".
                    """)
        }
    }

    @Test func missingFileIsATypedError() {
        let url = URL(fileURLWithPath: "/nonexistent/schedule.yaml")
        #expect(throws: PlanErrors.self) { try ScheduleFile.read(contentsOf: url) }
    }
}
