import Foundation
import Testing

/// `--lang` on agenda, diff, report and export: the generated words change language, the plan's texts
/// and the diagnostics do not.
@Suite struct LanguageCommandTests {
    static let plan = "examples/taraz-forum.yaml"
    static let witness = "examples/witnesses/taraz-forum.schedule.yaml"

    @Test func agendaSpeaksTheLanguageAsked() throws {
        let ru = try CommandRunner.run(["agenda", Self.plan, Self.witness, "--trainer", "berdibekova", "--lang", "ru"])
        #expect(ru.status == 0, "\(ru.stderr)")
        #expect(ru.stdout.hasPrefix("Тренер "))
        #expect(ru.stdout.contains("Время указано по часовому поясу Asia/Almaty."))
        #expect(ru.stdout.contains("ноября 2019\u{202F}г."))
        let kk = try CommandRunner.run(["agenda", Self.plan, Self.witness, "--trainer", "berdibekova", "--lang", "kk"])
        #expect(kk.status == 0 && kk.stdout.contains("2019\u{202F}жылғы 15 қараша, жұма"), "\(kk.stdout)")
        let en = try CommandRunner.run(["agenda", Self.plan, Self.witness, "--trainer", "berdibekova", "--lang", "en"])
        #expect(en.status == 0 && en.stdout.hasPrefix("Trainer ") && en.stdout.contains("Friday, 15 November 2019"))
        let ics = try CommandRunner.run(["agenda", Self.plan, Self.witness, "--trainer", "berdibekova", "--format", "ics", "--lang", "kk"])
        let unfolded = ics.stdout.replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.status == 0 && unfolded.contains("\\nТренерлер: Д.К. Бердибекова\\, А.С. Тоқтағанова\\nТоптар: "), "\(unfolded.prefix(600))")
    }

    @Test func anUnknownLanguageIsAUsageErrorInEnglish() throws {
        let result = try CommandRunner.run(["agenda", Self.plan, Self.witness, "--trainer", "berdibekova", "--lang", "de"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("'de'") && result.stderr.contains("kk") && result.stderr.contains("ru"), "\(result.stderr)")
        let csv = try CommandRunner.run(["export", Self.plan, Self.witness, "--format", "csv", "--out", "/tmp/unused.csv", "--lang", "ru"])
        #expect(csv.status == 2 && csv.stderr.contains("'--lang' are about feeds"), "\(csv.stderr)")
    }

    @Test func exportAndReportWriteTheLanguageAsked() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let feeds = dir.appendingPathComponent("feeds")
        let result = try CommandRunner.run(["export", Self.plan, Self.witness, "--out", feeds.path, "--report", "--lang", "kk"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("feeds;"), "diagnostics and summaries stay English: \(result.stdout)")
        let index = try String(contentsOf: feeds.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<html lang=\"kk\">") && index.contains("Жазылу") && index.contains("2019\u{202F}жылғы 14–15 қараша"))
        let timetable = try String(contentsOf: feeds.appendingPathComponent("report/index.html"), encoding: .utf8)
        #expect(timetable.contains("<html lang=\"kk\">") && timetable.contains("Тренерлердің күндік жүктемесі"))
        let forum = try String(contentsOf: feeds.appendingPathComponent("forum.ics"), encoding: .utf8)
        #expect(forum.replacingOccurrences(of: "\r\n ", with: "").contains("\\nТренерлер: "))

        let report = dir.appendingPathComponent("report-ru")
        let ru = try CommandRunner.run(["report", Self.plan, Self.witness, "--out", report.path, "--lang", "ru"])
        #expect(ru.status == 0, "\(ru.stderr)")
        let page = try String(contentsOf: report.appendingPathComponent("days/2019-11-14.html"), encoding: .utf8)
        #expect(page.contains("<html lang=\"ru\">") && page.contains("четверг, 14 ноября 2019\u{202F}г."))
    }

    @Test func diffNoticesInRussian() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("old.csv").path
        #expect(try CommandRunner.run(["export", Self.plan, Self.witness, "--format", "csv", "--out", csv]).status == 0)
        let rows = try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\r\n")
        let edited = [rows[0]] + rows.dropFirst(2)
        let new = dir.appendingPathComponent("new.csv").path
        try edited.joined(separator: "\r\n").write(toFile: new, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", Self.plan, csv, new, "--per", "group", "--lang", "ru"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Здравствуйте, "), "\(result.stdout)")
        #expect(result.stdout.contains("Отменено: «"))
        #expect(result.stdout.contains("Календарь по подписке обновится сам."))
    }
}
