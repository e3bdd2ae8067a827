import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

@Suite struct BusyCalendarTests {
    static func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static func w(_ day: String, _ from: String, _ to: String) -> TimeWindow {
        TimeWindow(day: d(day), start: TimeOfDay(parsing: from)!, end: TimeOfDay(parsing: to)!)
    }
    static func calendar(_ body: String) -> String {
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body.replacingOccurrences(of: "\n", with: "\r\n") + "END:VCALENDAR\r\n"
    }
    static let march = (2...13).map { d(String(format: "2026-03-%02d", $0)) }

    func busy(_ body: String, days: [LocalDate] = march, zone: String = "Asia/Almaty") throws -> [TimeWindow] {
        try BusyCalendar.busyWindows(icsText: Self.calendar(body), fileName: "busy.ics", timeZone: zone, days: days)
    }

    @Test func weeklyRecurrenceWithExdates() throws {
        let windows = try busy(
            """
            BEGIN:VEVENT
            UID:weekly@test
            DTSTART;TZID=Asia/Almaty:20260303T100000
            DTEND;TZID=Asia/Almaty:20260303T113000
            RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=10
            EXDATE;TZID=Asia/Almaty:20260305T100000,20260310T100000
            EXDATE:20260312T050000Z
            END:VEVENT

            """)
        #expect(windows == [Self.w("2026-03-03", "10:00", "11:30")])
    }

    @Test func allDayEventsBlockWholeDaysWithoutTheExtraDay() throws {
        let windows = try busy(
            """
            BEGIN:VEVENT
            UID:trip@test
            DTSTART;VALUE=DATE:20260310
            DTEND;VALUE=DATE:20260312
            END:VEVENT
            BEGIN:VEVENT
            UID:one-day@test
            DTSTART;VALUE=DATE:20260305
            END:VEVENT

            """)
        #expect(
            windows == [
                Self.w("2026-03-05", "00:00", "24:00"), Self.w("2026-03-10", "00:00", "24:00"), Self.w("2026-03-11", "00:00", "24:00")
            ])
    }

    @Test func berlinEventsConvertAcrossDaylightSavingTime() throws {
        // Berlin moves to CEST on 2026-03-29: 10:00 Berlin is 14:00 Almaty before and 13:00 after.
        let days = (27...31).map { Self.d("2026-03-\($0)") }
        let windows = try busy(
            """
            BEGIN:VEVENT
            UID:daily@test
            DTSTART;TZID=Europe/Berlin:20260327T100000
            DURATION:PT1H
            RRULE:FREQ=DAILY;COUNT=4
            RDATE;TZID=Europe/Berlin:20260331T100000
            END:VEVENT

            """, days: days)
        #expect(
            windows == [
                Self.w("2026-03-27", "14:00", "15:00"), Self.w("2026-03-28", "14:00", "15:00"),
                Self.w("2026-03-29", "13:00", "14:00"), Self.w("2026-03-30", "13:00", "14:00"),
                Self.w("2026-03-31", "13:00", "14:00")
            ])
    }

    @Test func freeBusyPeriodsCountUnlessFree() throws {
        let windows = try busy(
            """
            BEGIN:VFREEBUSY
            UID:fb@test
            DTSTART:20260310T000000Z
            DTEND:20260311T000000Z
            FREEBUSY;FBTYPE=BUSY:20260310T040000Z/20260310T050000Z,20260310T060000Z/PT30M
            FREEBUSY:20260310T100000Z/PT15M
            FREEBUSY;FBTYPE=FREE:20260310T070000Z/20260310T090000Z
            END:VFREEBUSY

            """)
        #expect(
            windows == [
                Self.w("2026-03-10", "09:00", "10:00"), Self.w("2026-03-10", "11:00", "11:30"), Self.w("2026-03-10", "15:00", "15:15")
            ])
    }

    @Test func transparentAndCancelledEventsAreIgnored() throws {
        let windows = try busy(
            """
            BEGIN:VEVENT
            UID:free@test
            DTSTART:20260310T040000Z
            DTEND:20260310T050000Z
            TRANSP:TRANSPARENT
            END:VEVENT
            BEGIN:VEVENT
            UID:off@test
            DTSTART:20260310T060000Z
            DTEND:20260310T070000Z
            STATUS:CANCELLED
            END:VEVENT
            BEGIN:VEVENT
            UID:real@test
            DTSTART:20260310T080000Z
            DTEND:20260310T081000Z
            END:VEVENT

            """)
        #expect(windows == [Self.w("2026-03-10", "13:00", "13:10")])
    }

    @Test func floatingTimesAreForumLocalAndOverridesReplaceInstances() throws {
        let windows = try busy(
            """
            BEGIN:VEVENT
            UID:series@test
            DTSTART:20260309T090000
            DTEND:20260309T100000
            RRULE:FREQ=DAILY;COUNT=3
            END:VEVENT
            BEGIN:VEVENT
            UID:series@test
            RECURRENCE-ID:20260310T090000
            DTSTART:20260310T160000
            DTEND:20260310T170000
            END:VEVENT
            BEGIN:VEVENT
            UID:series@test
            RECURRENCE-ID:20260311T090000
            DTSTART:20260311T090000
            DTEND:20260311T100000
            STATUS:CANCELLED
            END:VEVENT

            """)
        #expect(windows == [Self.w("2026-03-09", "09:00", "10:00"), Self.w("2026-03-10", "16:00", "17:00")])
    }

    @Test func zonesDefinedInTheFileWinAndEventsSpanningMidnightSplit() throws {
        let windows = try busy(
            """
            BEGIN:VTIMEZONE
            TZID:Office Time
            BEGIN:STANDARD
            DTSTART:19700101T000000
            TZOFFSETFROM:+0300
            TZOFFSETTO:+0300
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:night@test
            DTSTART;TZID=Office Time:20260310T200000
            DTEND;TZID=Office Time:20260310T230000
            END:VEVENT

            """)
        #expect(windows == [Self.w("2026-03-10", "22:00", "24:00"), Self.w("2026-03-11", "00:00", "01:00")])
    }

    @Test func holidayCalendarsBlockDays() throws {
        let text = Self.calendar(
            """
            BEGIN:VEVENT
            UID:nauryz@test
            SUMMARY:Наурыз мейрамы
            DTSTART;VALUE=DATE:20260321
            DTEND;VALUE=DATE:20260324
            END:VEVENT

            """)
        let days = (19...25).map { Self.d("2026-03-\($0)") }
        let blocked = try BusyCalendar.blockedDays(icsText: text, fileName: "holidays.ics", timeZone: "Asia/Almaty", days: days)
        #expect(blocked == [Self.d("2026-03-21"), Self.d("2026-03-22"), Self.d("2026-03-23")])
    }

    @Test func planCalendarsResolveIntoThePlan() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try Self.calendar(
            """
            BEGIN:VEVENT
            UID:holiday@test
            DTSTART;VALUE=DATE:20260311
            END:VEVENT

            """
        ).write(to: dir.url.appendingPathComponent("holidays.ics"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("busy"), withIntermediateDirectories: true)
        try Self.calendar(
            """
            BEGIN:VEVENT
            UID:meeting@test
            DTSTART;TZID=Asia/Almaty:20260310T150000
            DTEND;TZID=Asia/Almaty:20260310T163000
            END:VEVENT

            """
        ).write(to: dir.url.appendingPathComponent("busy/abisheva.ics"), atomically: true, encoding: .utf8)
        var plan = SamplePlan.plan
        plan.forum.days = [Self.d("2026-03-10"), Self.d("2026-03-11"), Self.d("2026-03-12")]
        plan.forum.blockedCalendars = ["holidays.ics"]
        plan.trainers[0].busyCalendars = ["busy/abisheva.ics"]
        plan.trainers[0].unavailable = [Self.w("2026-03-12", "09:00", "10:00")]
        let resolved = try PlanCalendars.resolve(plan, relativeTo: dir.url)
        #expect(resolved.forum.days == [Self.d("2026-03-10"), Self.d("2026-03-12")])
        #expect(resolved.trainers[0].unavailable == [Self.w("2026-03-12", "09:00", "10:00"), Self.w("2026-03-10", "15:00", "16:30")])
        #expect(resolved.trainers[1] == plan.trainers[1])
    }

    @Test func planDocumentsResolveCalendarsNextToThePlanFile() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try Self.calendar(
            """
            BEGIN:VEVENT
            UID:busy@test
            DTSTART:20260302T040000Z
            DTEND:20260302T060000Z
            END:VEVENT

            """
        ).write(to: dir.url.appendingPathComponent("busy.ics"), atomically: true, encoding: .utf8)
        let yaml = """
            forum: {id: f, title: F, time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: "09:00", end: "17:00"}}
            venues: [{id: v, rooms: [{id: hall, capacity: 50}]}]
            trainers: [{id: a, name: A, busy_calendars: [busy.ics]}]
            sessions: [{id: talk, title: Talk, duration: 1h, attendance: 10, trainers: [a]}]
            """
        let document = try PlanLoader.load(text: yaml, path: "plan.yaml", baseURL: dir.url)
        let plan = try PlanCalendars.resolve(document)
        #expect(plan.trainers[0].unavailable == [Self.w("2026-03-02", "09:00", "11:00")])
    }

    @Test func unknownForumZoneIsAnError() {
        #expect(throws: CalendarFileError(file: "busy.ics", problem: .unknownForumTimeZone("Mars/Olympus"))) {
            _ = try busy("", zone: "Mars/Olympus")
        }
    }
}
