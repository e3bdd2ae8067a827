import Foundation
import ForumModel
import ForumReports
import Testing

/// The pages are valid HTML5 according to HTML Tidy (`make deps` installs it; the test is skipped, and
/// says so, on a machine without it).
@Suite struct ReportValidityTests {
    static let tidy: URL? = ["/usr/bin/tidy", "/usr/local/bin/tidy", "/opt/homebrew/bin/tidy"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    /// Tidy's errors and warnings for `html` (empty when valid).
    static func tidyMessages(_ html: String, tidy: URL) throws -> (status: Int32, messages: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = tidy
        process.arguments = ["-errors", "-quiet", "-utf8", file.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: tidy != nil, "HTML Tidy is not installed (make deps installs it)"))
    func everyKindOfPageIsValidHTML5() throws {
        let tidy = try #require(Self.tidy)
        let (plan, schedule) = try ReportFixtures.example("taraz-forum")
        var pages = try ReportFixtures.pages(plan, schedule)
        let large = try ReportFixtures.otpan.get().pages
        for path in ["days/2024-10-14.html", "days/2024-10-14/aktau.html"] { pages["otpan/" + path] = large[path] }
        let tiny = ReportFixtures.tinyPlan()
        let odd = Schedule(
            forumID: "tiny",
            assignments: [
                Assignment(
                    id: OccurrenceID(session: "x"), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("09:00"),
                    end: ReportFixtures.t("10:30"), room: "r1", trainers: ["a"]),
                Assignment(
                    id: OccurrenceID(session: "y", run: 1), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("10:00"),
                    end: ReportFixtures.t("11:00"), room: "r1", trainers: ["b"])
            ])
        for (path, page) in try ReportFixtures.pages(tiny, odd) { pages["tiny/" + path] = page }
        for path in pages.keys.sorted() {
            let (status, messages) = try Self.tidyMessages(pages[path]!.html, tidy: tidy)
            #expect(status == 0 && messages.isEmpty, "\(path): tidy says\n\(messages)")
        }
    }

    @Test(.enabled(if: tidy != nil, "HTML Tidy is not installed (make deps installs it)"))
    func tidyCatchesBrokenMarkup() throws {
        let tidy = try #require(Self.tidy)
        let (status, messages) = try Self.tidyMessages(
            "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div></p></body></html>", tidy: tidy)
        #expect(status != 0 && !messages.isEmpty)
    }
}
