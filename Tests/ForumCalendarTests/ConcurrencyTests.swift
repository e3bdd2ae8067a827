import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

/// libical's zone cache is filled without a lock; our lock and warm-up must make parallel use safe.
@Suite struct ConcurrencyTests {
    static let zones: [(tzid: String, expected: String)] = [
        ("Asia/Almaty", "10:00"), ("Asia/Qostanay", "10:00"), ("Europe/Kiev", "13:00"), ("Europe/Berlin", "14:00"),
        ("America/New_York", "19:00"), ("Asia/Tokyo", "06:00"), ("UTC", "15:00"), ("Australia/Adelaide", "04:30")
    ]

    @Test func parallelImportsAndExportsAgree() async throws {
        let day = LocalDate(iso: "2026-03-10")!
        let results = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for i in 0..<32 {
                group.addTask {
                    let (tzid, _) = Self.zones[i % Self.zones.count]
                    // 10:00 wall clock in `tzid` on 2026-03-10, seen from Almaty (+05).
                    let text =
                        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:\(i)@t\r\nDTSTART;TZID=\(tzid):20260310T100000\r\nDURATION:PT30M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                    let windows = try BusyCalendar.busyWindows(
                        icsText: text, fileName: "\(i).ics", timeZone: "Asia/Almaty", days: [day.adding(days: -1), day, day.adding(days: 1)])
                    if i % 4 == 0 {
                        _ = try FeedExporter.calendar(
                            plan: SamplePlan.plan, schedule: SamplePlan.schedule, occurrences: [OccurrenceID(session: "plenary")], title: "t",
                            language: .en, now: SamplePlan.firstExport)
                    }
                    return (i, windows.first.map { "\($0.start)" } ?? "none")
                }
            }
            var all: [Int: String] = [:]
            for try await (i, start) in group { all[i] = start }
            return all
        }
        for i in 0..<32 {
            #expect(results[i] == Self.zones[i % Self.zones.count].expected, "\(Self.zones[i % Self.zones.count].tzid)")
        }
    }
}
