import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

/// Every file in `Fixtures/broken/` must give its expected typed error, never a crash.
@Suite struct BrokenCalendarTests {
    static let expected: [String: String] = [
        "empty.ics": "notICalendar",
        "plain-text.ics": "notICalendar",
        "missing-end-vcalendar.ics": "notICalendar",
        "bare-vevent.ics": "noCalendar",
        "bad-dtstart-value.ics": "parseErrors",
        "bad-rrule.ics": "parseErrors",
        "line-without-colon.ics": "parseErrors",
        "unknown-tzid.ics": "unknownTimeZone",
        "windows-tzid.ics": "unknownTimeZone",
        "unknown-tzid-exdate.ics": "unknownTimeZone",
        "impossible-date.ics": "invalidTime",
        "month-13.ics": "invalidTime",
        "missing-dtstart.ics": "missingStart",
        "end-before-start.ics": "endBeforeStart",
        "nul-byte.ics": "containsNUL"
    ]

    static var folder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/broken")
    }

    static func kind(_ problem: CalendarFileError.Problem) -> String {
        switch problem {
        case .unreadable: "unreadable"
        case .containsNUL: "containsNUL"
        case .notICalendar: "notICalendar"
        case .noCalendar: "noCalendar"
        case .parseErrors: "parseErrors"
        case .missingStart: "missingStart"
        case .invalidTime: "invalidTime"
        case .unknownTimeZone: "unknownTimeZone"
        case .endBeforeStart: "endBeforeStart"
        case .tooManyOccurrences: "tooManyOccurrences"
        case .unknownForumTimeZone: "unknownForumTimeZone"
        }
    }

    @Test func everyFixtureHasAnExpectation() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(files.count >= 8)
        #expect(files == Self.expected.keys.sorted())
    }

    @Test(arguments: expected.keys.sorted())
    func brokenFileGivesTypedError(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        do {
            let windows = try BusyCalendar.busyWindows(
                contentsOf: url, fileName: "calendars/\(name)", timeZone: "Asia/Almaty",
                days: [LocalDate(iso: "2026-03-10")!, LocalDate(iso: "2026-03-11")!])
            Issue.record("\(name) was accepted: \(windows)")
        } catch {
            #expect(Self.kind(error.problem) == Self.expected[name], "\(name): \(error)")
            #expect(error.description.hasPrefix("calendars/\(name): error: "))
        }
    }

    @Test func parseErrorsCarryLibicalText() throws {
        let url = Self.folder.appendingPathComponent("bad-rrule.ics")
        do {
            _ = try BusyCalendar.busyWindows(contentsOf: url, fileName: "x.ics", timeZone: "Asia/Almaty", days: [LocalDate(iso: "2026-03-10")!])
            Issue.record("a broken RRULE was accepted")
        } catch {
            guard case .parseErrors(let messages) = error.problem else {
                Issue.record("\(error)")
                return
            }
            #expect(messages.contains { $0.contains("value-parse-error") && $0.contains("SOMETIMES") }, "\(messages)")
        }
    }

    @Test func missingFileIsUnreadable() {
        do {
            _ = try BusyCalendar.busyWindows(
                contentsOf: URL(fileURLWithPath: "/nonexistent/busy.ics"), fileName: "busy.ics", timeZone: "Asia/Almaty",
                days: [LocalDate(iso: "2026-03-10")!])
            Issue.record("a missing file was accepted")
        } catch {
            #expect(Self.kind(error.problem) == "unreadable")
        }
    }
}
