import Foundation
import ForumModel
import ForumReports
import Testing

/// Pages are written atomically, rewritten only when changed, and pages of an earlier report that are
/// no longer needed are removed — nothing else in the folder.
@Suite struct ReportWriterTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func secondWriteChangesNothingAndStalePagesAreRemoved() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = [
            ReportPage(path: "index.html", html: "a"), ReportPage(path: "trainers/x.html", html: "b"),
            ReportPage(path: "days/2026-03-10/v.html", html: "c")
        ]
        let first = try ReportWriter.write(pages, to: dir)
        #expect(first.written == ["index.html", "trainers/x.html", "days/2026-03-10/v.html"])
        #expect(first.bytes == 3)
        let second = try ReportWriter.write(pages, to: dir)
        #expect(second.written.isEmpty && second.unchanged == 3 && second.removed.isEmpty)

        try Data("mine".utf8).write(to: dir.appendingPathComponent("trainers/notes.html"))
        let third = try ReportWriter.write([ReportPage(path: "index.html", html: "a2"), ReportPage(path: "trainers/x.html", html: "b")], to: dir)
        #expect(third.written == ["index.html"])
        #expect(third.removed == ["days/2026-03-10/v.html"])
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: dir.appendingPathComponent("days").path), "emptied folders go too")
        #expect(fm.fileExists(atPath: dir.appendingPathComponent("trainers/notes.html").path), "files the report did not write stay")
        #expect(try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8) == "a2")
        let leftovers = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aTamperedPageListCannotRemoveFilesOutsideTheReport() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outside = dir.appendingPathComponent("keep.html")
        try Data("keep".utf8).write(to: outside)
        let report = dir.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
        try Data("../keep.html\n/etc/hostname\nnotes.txt\n".utf8).write(to: report.appendingPathComponent(ReportWriter.manifestName))
        let result = try ReportWriter.write([ReportPage(path: "index.html", html: "x")], to: report)
        #expect(result.removed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: outside.path))
    }

    @Test func anUnwritableFolderIsAFileWriteError() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let blocker = dir.appendingPathComponent("days")
        try Data("a file where a folder should be".utf8).write(to: blocker)
        #expect(throws: ReportWriteError.self) {
            _ = try ReportWriter.write([ReportPage(path: "days/2026-03-10.html", html: "x")], to: dir)
        }
    }
}
