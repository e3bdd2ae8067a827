import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

/// Calendars read back as schedule rows: our own feeds round-trip, and foreign calendars are matched
/// by SUMMARY, LOCATION and ATTENDEE with times converted into the forum's zone.
@Suite struct CalendarScheduleTests {
    let plan = SamplePlan.plan

    func rows(_ body: String) throws -> [ScheduleRow] {
        try CalendarSchedule.rows(
            icsText: "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n",
            fileName: "shared.ics", plan: plan)
    }

    @Test func anExportedFeedReadsBackAsTheSameSchedule() throws {
        let all = plan.occurrences().map(\.id)
        let ics = try FeedExporter.calendar(
            plan: plan, schedule: SamplePlan.schedule, occurrences: all, title: "All", language: .en, now: SamplePlan.firstExport)
        let matched = ScheduleMatcher.match(try CalendarSchedule.rows(icsText: ics, fileName: "forum.ics", plan: plan), plan: plan)
        #expect(matched.schedule.assignments == SamplePlan.schedule.assignments)
        #expect(matched.unmatched.isEmpty && matched.missing.isEmpty && matched.unknownReferences.isEmpty)

        // Without UIDs, titles with "(section 2)" / "(meeting 2 of 2)" still find their occurrence.
        let stripped = ics.components(separatedBy: "\r\n").filter { !$0.hasPrefix("UID:") }.joined(separator: "\r\n")
        let bySummary = ScheduleMatcher.match(try CalendarSchedule.rows(icsText: stripped, fileName: "forum.ics", plan: plan), plan: plan)
        #expect(bySummary.schedule.assignments == SamplePlan.schedule.assignments)
    }

    @Test func foreignEventsAreMatchedByTitleRoomNameAndAttendee() throws {
        let rows = try rows(
            """
            BEGIN:VEVENT\r
            UID:a@example.kz\r
            DTSTAMP:20260301T000000Z\r
            DTSTART;TZID=Europe/Moscow:20260310T080000\r
            DTEND;TZID=Europe/Moscow:20260310T090000\r
            SUMMARY:  criteria-based   ASSESSMENT (section 2)\r
            LOCATION:Room 102, НИШ ФМН, Алматы\r
            ATTENDEE;CN=Абишева Гульнар:mailto:someone-else@example.kz\r
            ATTENDEE;CN=Participant:mailto:participant@example.kz\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:b@example.kz\r
            DTSTAMP:20260301T000000Z\r
            DTSTART:20260310T070000Z\r
            DURATION:PT90M\r
            SUMMARY:Пленарное заседание: «Жаңартылған білім»\r
            LOCATION:hall\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:c@example.kz\r
            DTSTAMP:20260301T000000Z\r
            DTSTART:20260310T120000\r
            DTEND:20260310T130000\r
            RRULE:FREQ=DAILY;COUNT=2\r
            SUMMARY:Course module\r
            LOCATION:Zoom 1\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:d@example.kz\r
            DTSTAMP:20260301T000000Z\r
            DTSTART:20260310T160000\r
            DTEND:20260310T170000\r
            SUMMARY:Cancelled rehearsal\r
            STATUS:CANCELLED\r
            END:VEVENT\r

            """)
        #expect(rows.map(\.origin) == ["event 1", "event 2", "event 3", "event 3"])
        let workshop = rows[0]
        #expect(workshop.session == "criteria-based   ASSESSMENT" && workshop.section == 2 && workshop.matchByTitle)
        #expect((workshop.start.description, workshop.end.description) == ("10:00", "11:00"))
        #expect(workshop.trainers == ["abisheva"])
        #expect((rows[1].start.description, rows[1].end.description) == ("12:00", "13:30"))
        #expect(rows[1].trainers == nil)
        #expect(rows[2...].map(\.date.description) == ["2026-03-10", "2026-03-11"])

        let matched = ScheduleMatcher.match(rows, plan: plan)
        #expect(matched.unknownReferences.isEmpty)
        #expect(matched.schedule.assignments.map(\.id.description) == ["course#1", "course#2", "plenary", "workshop.2"])
        #expect(matched.schedule.assignments.map { $0.room ?? "" } == ["zoom", "zoom", "hall", "r102"])
        #expect(matched.missing.map(\.description) == ["workshop.1"])
    }

    @Test func unusableEventsAreAllReportedByNumber() throws {
        let error = #expect(throws: CalendarScheduleErrors.self) {
            try rows(
                """
                BEGIN:VEVENT\r
                UID:x@example.kz\r
                DTSTAMP:20260301T000000Z\r
                DTSTART:20260310T230000\r
                DTEND:20260311T010000\r
                SUMMARY:Course module\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:y@example.kz\r
                DTSTAMP:20260301T000000Z\r
                DTSTART:20260310T100000\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:workshop/sX@almaty-2026.forumplanner\r
                DTSTAMP:20260301T000000Z\r
                DTSTART:20260310T100000\r
                DTEND:20260310T110000\r
                END:VEVENT\r

                """)
        }
        #expect(
            error?.description == """
                shared.ics: event 1 ('Course module'): error: it runs past midnight in the forum's time zone (Asia/Almaty); a session takes place within one day.
                shared.ics: event 2: error: it has neither a forumplanner UID nor a SUMMARY, so it names no session. Give it the session's title as SUMMARY.
                shared.ics: event 3: error: its UID workshop/sX@almaty-2026.forumplanner is not of the form <session>[/r<run>][/s<section>]@almaty-2026.forumplanner.
                """)
    }
}
