import Foundation
import ForumModel
import Testing
@testable import ForumCalendar

/// Event text in Kazakh, Russian and English: a course meeting (SUMMARY "meeting 2 of 2", several
/// trainers, expected size) and a section of a split workshop, compared whole with reviewed text
/// (as libical writes them: escaped and folded).
@Suite struct LanguageFeedTests {
    static func events(_ language: Language) throws -> String {
        let ics = try FeedExporter.calendar(
            plan: SamplePlan.plan, schedule: SamplePlan.schedule,
            occurrences: [OccurrenceID(session: "workshop", section: 1), OccurrenceID(session: "course", run: 2)],
            title: "t", language: language, now: SamplePlan.firstExport)
        let lines = ics.components(separatedBy: "\r\n")
        guard let first = lines.firstIndex(of: "BEGIN:VEVENT"), let last = lines.lastIndex(of: "END:VEVENT") else { return "" }
        return lines[first...last].joined(separator: "\n")
    }

    @Test func eventsInKazakh() throws {
        #expect(
            try Self.events(.kk) == """
                BEGIN:VEVENT
                UID:course/r2@almaty-2026.forumplanner
                DTSTAMP:20260301T000000Z
                CREATED:20260301T000000Z
                LAST-MODIFIED:20260301T000000Z
                SEQUENCE:0
                DTSTART;TZID=Asia/Almaty:20260311T120000
                DTEND;TZID=Asia/Almaty:20260311T130000
                SUMMARY:Course module (2-сабақ\\, барлығы 2)
                DESCRIPTION:Тренерлер: Ivanova\\, Абишева Гульнар\\nТ
                 оп: Leading schools\\nКүтілетін қатысушылар: 20 ад
                 ам
                LOCATION:Zoom 1\\, Online
                CATEGORIES:course-module
                STATUS:CONFIRMED
                ORGANIZER;CN=Абишева Гульнар:mailto:abisheva@example.kz
                ATTENDEE;CN=Абишева Гульнар;ROLE=CHAIR:mailto:abisheva@exampl
                 e.kz
                END:VEVENT
                BEGIN:VEVENT
                UID:workshop/s1@almaty-2026.forumplanner
                DTSTAMP:20260301T000000Z
                CREATED:20260301T000000Z
                LAST-MODIFIED:20260301T000000Z
                SEQUENCE:0
                DTSTART;TZID=Asia/Almaty:20260310T140000
                DTEND;TZID=Asia/Almaty:20260310T150000
                SUMMARY:Criteria-based assessment (1-секция)
                DESCRIPTION:Тренер: Berik\\, "the" trainer\\; senior\\nТоп: Дире
                 ктора школ\\n1-секция (барлығы 2)\\, 30 адам
                LOCATION:Room 101\\, НИШ ФМН\\, Алматы\\, ул. Жандосова
                 \\, 145\\; корпус 2
                CATEGORIES:workshop
                STATUS:CONFIRMED
                ORGANIZER;CN="Berik, ^'the^' trainer; senior":mailto:berik@example.kz
                ATTENDEE;CN="Berik, ^'the^' trainer; senior";ROLE=CHAIR:mailto:berik@exampl
                 e.kz
                END:VEVENT
                """)
    }

    @Test func eventsInRussian() throws {
        #expect(
            try Self.events(.ru) == """
                BEGIN:VEVENT
                UID:course/r2@almaty-2026.forumplanner
                DTSTAMP:20260301T000000Z
                CREATED:20260301T000000Z
                LAST-MODIFIED:20260301T000000Z
                SEQUENCE:0
                DTSTART;TZID=Asia/Almaty:20260311T120000
                DTEND;TZID=Asia/Almaty:20260311T130000
                SUMMARY:Course module (занятие 2 из 2)
                DESCRIPTION:Тренеры: Ivanova\\, Абишева Гульнар\\nГру
                 ппа: Leading schools\\nОжидается: 20 человек
                LOCATION:Zoom 1\\, Online
                CATEGORIES:course-module
                STATUS:CONFIRMED
                ORGANIZER;CN=Абишева Гульнар:mailto:abisheva@example.kz
                ATTENDEE;CN=Абишева Гульнар;ROLE=CHAIR:mailto:abisheva@exampl
                 e.kz
                END:VEVENT
                BEGIN:VEVENT
                UID:workshop/s1@almaty-2026.forumplanner
                DTSTAMP:20260301T000000Z
                CREATED:20260301T000000Z
                LAST-MODIFIED:20260301T000000Z
                SEQUENCE:0
                DTSTART;TZID=Asia/Almaty:20260310T140000
                DTEND;TZID=Asia/Almaty:20260310T150000
                SUMMARY:Criteria-based assessment (секция 1)
                DESCRIPTION:Тренер: Berik\\, "the" trainer\\; senior\\nГруппа: Д
                 иректора школ\\nСекция 1 из 2\\, 30 человек
                LOCATION:Room 101\\, НИШ ФМН\\, Алматы\\, ул. Жандосова
                 \\, 145\\; корпус 2
                CATEGORIES:workshop
                STATUS:CONFIRMED
                ORGANIZER;CN="Berik, ^'the^' trainer; senior":mailto:berik@example.kz
                ATTENDEE;CN="Berik, ^'the^' trainer; senior";ROLE=CHAIR:mailto:berik@exampl
                 e.kz
                END:VEVENT
                """)
    }

    @Test func eventsInEnglish() throws {
        #expect(
            try Self.events(.en) == """
                BEGIN:VEVENT
                UID:course/r2@almaty-2026.forumplanner
                DTSTAMP:20260301T000000Z
                CREATED:20260301T000000Z
                LAST-MODIFIED:20260301T000000Z
                SEQUENCE:0
                DTSTART;TZID=Asia/Almaty:20260311T120000
                DTEND;TZID=Asia/Almaty:20260311T130000
                SUMMARY:Course module (meeting 2 of 2)
                DESCRIPTION:Trainers: Ivanova\\, Абишева Гульнар\\nGroup: Leadi
                 ng schools\\nExpected: 20 people
                LOCATION:Zoom 1\\, Online
                CATEGORIES:course-module
                STATUS:CONFIRMED
                ORGANIZER;CN=Абишева Гульнар:mailto:abisheva@example.kz
                ATTENDEE;CN=Абишева Гульнар;ROLE=CHAIR:mailto:abisheva@exampl
                 e.kz
                END:VEVENT
                BEGIN:VEVENT
                UID:workshop/s1@almaty-2026.forumplanner
                DTSTAMP:20260301T000000Z
                CREATED:20260301T000000Z
                LAST-MODIFIED:20260301T000000Z
                SEQUENCE:0
                DTSTART;TZID=Asia/Almaty:20260310T140000
                DTEND;TZID=Asia/Almaty:20260310T150000
                SUMMARY:Criteria-based assessment (section 1)
                DESCRIPTION:Trainer: Berik\\, "the" trainer\\; senior\\nGroup: Директо
                 ра школ\\nSection 1 of 2\\, 30 people
                LOCATION:Room 101\\, НИШ ФМН\\, Алматы\\, ул. Жандосова
                 \\, 145\\; корпус 2
                CATEGORIES:workshop
                STATUS:CONFIRMED
                ORGANIZER;CN="Berik, ^'the^' trainer; senior":mailto:berik@example.kz
                ATTENDEE;CN="Berik, ^'the^' trainer; senior";ROLE=CHAIR:mailto:berik@exampl
                 e.kz
                END:VEVENT
                """)
    }
}
