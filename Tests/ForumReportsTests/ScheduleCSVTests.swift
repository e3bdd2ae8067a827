import ForumModel
import Testing
@testable import ForumReports

@Suite struct ScheduleCSVTests {
    let schedule = Schedule(
        forumID: "taraz",
        assignments: [
            SamplePlan.assignment(OccurrenceID(session: "plenary"), SamplePlan.day1, "10:00", "11:30", "hall", ["zholdasbaeva"]),
            SamplePlan.assignment(
                OccurrenceID(session: "facilitation", run: 1, section: 2), SamplePlan.day2, "09:00", "10:00",
                "r101", ["nugerbaev", "zholdasbaeva"])
        ])

    @Test func writesTheStandardColumnsWithCRLF() {
        let csv = ScheduleCSV.encode(schedule)
        #expect(
            csv == """
                session,occurrence,section,date,start,end,room,trainers\r
                facilitation,1,2,2019-11-15,09:00,10:00,r101,nugerbaev;zholdasbaeva\r
                plenary,,,2019-11-14,10:00,11:30,hall,zholdasbaeva\r

                """)
    }

    @Test func roundTripsThroughMatching() throws {
        let rows = try ScheduleCSV.read(ScheduleCSV.encode(schedule), file: "s.csv")
        let result = ScheduleMatcher.match(rows, plan: SamplePlan.plan)
        #expect(result.schedule.assignments == schedule.assignments)
        #expect(result.unmatched.isEmpty)
        #expect(result.missing.map(\.description) == ["facilitation#1.1", "facilitation#2.1", "facilitation#2.2"])
    }

    @Test func acceptsSpreadsheetSpellings() throws {
        let text = "\u{FEFF}Room;Start;End;Date;Session;Notes\r\nAssembly hall;10:00:00;11:30:00;14.11.2019;plenary;VIP\r\n"
        let rows = try ScheduleCSV.read(text, file: "s.csv")
        #expect(rows.count == 1)
        let result = ScheduleMatcher.match(rows, plan: SamplePlan.plan)
        #expect(
            result.schedule.assignments.first
                == SamplePlan.assignment(
                    OccurrenceID(session: "plenary"), SamplePlan.day1, "10:00", "11:30", "hall", ["zholdasbaeva"]))
    }

    @Test(arguments: [
        ("", ["s.csv:1: error: the file is empty; expected a header row with the columns session,occurrence,section,date,start,end,room,trainers"]),
        (
            "session,date,start\n",
            ["s.csv:1: error: missing column 'end'; the header must name session, date, start, end (optional: occurrence, section, room, trainers)"]
        ),
        (
            "session,date,start,end\nplenary,2019-13-01,10:00,11:00\n,2019-11-14,9:00,8:00\n",
            [
                "s.csv:2: error: column 'date': '2019-13-01' is not a date (use YYYY-MM-DD or DD.MM.YYYY)",
                "s.csv:3: error: column 'session' is empty; give the session id",
                "s.csv:3: error: the end 08:00 is not after the start 09:00"
            ]
        ),
        (
            "session,occurrence,date,start,end\nplenary,x,2019-11-14,25:00,11:00\n",
            [
                "s.csv:2: error: column 'occurrence': 'x' is not a positive whole number",
                "s.csv:2: error: column 'start': '25:00' is not a time (use HH:MM)"
            ]
        ),
        (
            "\u{0}\u{1}\u{2}garbage\u{7f}\n\u{5}",
            [
                "s.csv:1: error: missing columns 'session', 'date', 'start', 'end'; the header must name session, date, start, end (optional: occurrence, section, room, trainers)"
            ]
        )
    ])
    func brokenFilesGiveRowNumberedErrors(text: String, expected: [String]) {
        do {
            _ = try ScheduleCSV.read(text, file: "s.csv")
            Issue.record("no error")
        } catch {
            #expect(error.errors.map(\.description) == expected)
        }
    }

    @Test func unknownSessionsAndRepeatsAreReportedWithHints() throws {
        let text = """
            session,occurrence,section,date,start,end,room,trainers
            plenery,,,2019-11-14,10:00,11:30,hall,
            plenary,,,2019-11-14,10:00,11:30,hall,zholdasbaeva
            plenary,,,2019-11-15,10:00,11:30,hall,zholdasbaeva
            facilitation,3,1,2019-11-15,10:00,11:00,r101,nugerbaev
            """
        let result = ScheduleMatcher.match(try ScheduleCSV.read(text, file: "s.csv"), plan: SamplePlan.plan)
        #expect(result.unmatched.map(\.origin) == ["row 2", "row 4", "row 5"])
        #expect(result.unmatched[0].hint == "plenary")
        #expect(result.unmatched[1].reason == "every occurrence of 'plenary' this row could be is already in the schedule")
        #expect(result.unmatched[2].reason == "'facilitation' has no occurrence facilitation#3.1")
        #expect(result.schedule.assignments.count == 1)
    }

    @Test func unknownRoomsAndTrainersAreReportedWithTheirRow() throws {
        let text = """
            session,occurrence,section,date,start,end,room,trainers
            plenary,,,2019-11-14,10:00,11:30,Assembly hal,SZ@example.kz;Tolegen  Nugerbaev
            facilitation,1,1,2019-11-15,10:00,11:00,Room 101,nugerbayev
            """
        let result = ScheduleMatcher.match(try ScheduleCSV.read(text, file: "s.csv"), plan: SamplePlan.plan)
        #expect(result.schedule.assignments.map(\.trainers) == [["nugerbayev"], ["zholdasbaeva", "nugerbaev"]])
        #expect(
            result.unknownReferences == [
                UnknownReference(origin: "row 2", kind: .room, text: "Assembly hal", hint: "hall"),
                UnknownReference(origin: "row 3", kind: .trainer, text: "nugerbayev", hint: "nugerbaev")
            ])
    }
}
