import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

/// A forum in Kazakh and Russian (the Taraz example) publishes every public feed per language, one UID
/// and one SEQUENCE history per event, and re-exports without rewriting.
@Suite struct MultilingualFeedTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func taraz() throws -> (Plan, Schedule) {
        let plan = try PlanLoader.load(contentsOf: root.appendingPathComponent("examples/taraz-forum.yaml")).plan
        let schedule = try ScheduleFile.read(contentsOf: root.appendingPathComponent("examples/witnesses/taraz-forum.schedule.yaml"))
        return (plan, schedule)
    }

    func export(_ plan: Plan, _ schedule: Schedule, to dir: TempDir, at date: Date) throws -> ExportReport {
        try FeedExporter.export(plan: plan, schedule: schedule, to: dir.url, options: ExportOptions(language: plan.forum.defaultLanguage), now: date)
    }

    /// The VEVENT of `uid` in a feed's text.
    func event(_ uid: String, in text: String) -> String? {
        text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().first { $0.contains("UID:\(uid)@") }
    }

    func property(_ name: String, of event: String) -> String? {
        event.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").first { $0.hasPrefix(name) }
    }

    @Test func everyPublicFeedOncePerLanguageWithLanguageParameters() throws {
        let (plan, schedule) = try Self.taraz()
        let dir = try TempDir()
        defer { dir.cleanup() }
        let report = try export(plan, schedule, to: dir, at: SamplePlan.firstExport)
        let paths = report.feeds.map(\.path)
        for stem in ["forum", "groups/directors", "rooms/nis-hall", "venues/tarspu", "sections/facilitation-1"] {
            #expect(paths.contains("\(stem).ics") && paths.contains("\(stem).ru.ics"), "\(stem)")
            #expect(!paths.contains("\(stem).kk.ics"), "the default language keeps today's name")
        }
        #expect(report.feeds.filter(\.isPrivate).count == plan.trainers.count, "one private feed per trainer")
        for page in ["index.html", "index.kk.html", "index.ru.html"] {
            #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(page).path), "\(page)")
        }
        #expect(try dir.read("index.html") == dir.read("index.kk.html"))
        #expect(try dir.read("index.ru.html").contains(#"<html lang="ru">"#))
        #expect(try dir.read("index.ru.html").contains(#"<a href="index.kk.html" hreflang="kk" lang="kk">Қазақша</a>"#))

        let kk = try #require(event("plenary", in: dir.read("forum.ics")))
        let ru = try #require(event("plenary", in: dir.read("forum.ru.ics")))
        #expect(property("SUMMARY", of: kk) == "SUMMARY;LANGUAGE=kk:Пленарлық отырыс")
        #expect(property("SUMMARY", of: ru) == "SUMMARY;LANGUAGE=ru:Пленарное заседание")
        #expect(property("LOCATION", of: ru)?.hasPrefix("LOCATION;LANGUAGE=ru:Актовый зал университета\\, Таразский") == true)
        #expect(property("DESCRIPTION", of: ru)?.hasPrefix("DESCRIPTION;LANGUAGE=ru:Выступают: Р.С. Турмаханбетова") == true)
        for name in ["UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND"] {
            #expect(property(name, of: kk) == property(name, of: ru), "\(name) is the event's, whatever the language")
        }
        // Omarova's first language is Russian: her private feed is in Russian.
        let omarova = try #require(report.feeds.first { $0.subject == "omarova" })
        #expect(omarova.language == .ru)
        #expect(
            try dir.read(omarova.path).replacingOccurrences(of: "\r\n ", with: "").contains(
                "X-WR-CALNAME;VALUE=TEXT:Лидерство в условиях обновления содержания образования: Гульнара Омарова (вымышленное лицо)"))
        #expect(try dir.read(omarova.path).contains("SUMMARY;LANGUAGE=ru:Конкурс «Лучшая ведущая школа"))
    }

    @Test func unchangedReExportRewritesNothingAndATranslationMovesOnlyDTSTAMP() throws {
        let (plan, schedule) = try Self.taraz()
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(plan, schedule, to: dir, at: SamplePlan.firstExport)
        let before = try (dir.read("forum.ics"), dir.read("forum.ru.ics"))

        let later = SamplePlan.firstExport.addingTimeInterval(86_400)
        let again = try export(plan, schedule, to: dir, at: later)
        #expect(again.written.isEmpty && again.added + again.rescheduled + again.edited + again.cancelled == 0)
        #expect(try (dir.read("forum.ics"), dir.read("forum.ru.ics")) == before)

        // Only the Russian title of the plenary changes.
        var edited = plan
        let p = try #require(edited.sessions.firstIndex { $0.id == "plenary" })
        edited.sessions[p].localizedTitle = LocalizedText([.kk: "Пленарлық отырыс", .ru: "Пленарное заседание форума"], preferring: [.kk, .ru])
        let changed = try export(edited, schedule, to: dir, at: later)
        #expect(changed.edited == 1 && changed.rescheduled == 0 && changed.added == 0)
        let kkOld = try #require(event("plenary", in: before.0)), kkNew = try #require(event("plenary", in: dir.read("forum.ics")))
        let ruNew = try #require(event("plenary", in: dir.read("forum.ru.ics")))
        #expect(property("SEQUENCE", of: kkNew) == property("SEQUENCE", of: kkOld))
        #expect(property("DTSTAMP", of: kkNew) == "DTSTAMP:20260302T000000Z")
        #expect(property("DTSTAMP", of: kkOld) != property("DTSTAMP", of: kkNew))
        #expect(property("DTSTAMP", of: ruNew) == "DTSTAMP:20260302T000000Z" && property("SEQUENCE", of: ruNew) == property("SEQUENCE", of: kkOld))
        #expect(property("SUMMARY", of: ruNew) == "SUMMARY;LANGUAGE=ru:Пленарное заседание форума")
        #expect(property("SUMMARY", of: kkNew) == "SUMMARY;LANGUAGE=kk:Пленарлық отырыс")
        // Events not touched by the change are written as before.
        #expect(event("opening", in: try dir.read("forum.ru.ics")) == event("opening", in: before.1))
    }

    @Test func aOneLanguageForumKeepsTodaysNamesWithoutLanguageParameters() throws {
        let plan = try PlanLoader.load(contentsOf: Self.root.appendingPathComponent("examples/semey-course.yaml")).plan
        let schedule = try ScheduleFile.read(contentsOf: Self.root.appendingPathComponent("examples/witnesses/semey-course.schedule.yaml"))
        let dir = try TempDir()
        defer { dir.cleanup() }
        let report = try export(plan, schedule, to: dir, at: SamplePlan.firstExport)
        #expect(!report.feeds.contains { $0.path.contains(".en.") || $0.path.contains(".kk.") || $0.path.contains(".ru.") })
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("index.en.html").path))
        #expect(try !dir.read("forum.ics").contains("LANGUAGE="))
    }
}
