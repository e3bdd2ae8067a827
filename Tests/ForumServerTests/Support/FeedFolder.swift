import Foundation

/// A temporary folder laid out like `forumplan export` output: public feeds, a trainer feed under
/// a token folder, the index, and a hidden folder holding tokens as earlier versions left inside it.
struct FeedFolder {
    static let token = "0123456789abcdef0123456789abcdef"
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("forumserver-\(UUID().uuidString)")
        try write("forum.ics", Self.calendar("forum", events: 40))
        try write("groups/directors.ics", Self.calendar("directors", events: 3))
        try write("trainers/\(Self.token)/abisheva.ics", Self.calendar("abisheva", events: 5))
        try write("index.html", "<!DOCTYPE html><title>Forum</title><a href=\"forum.ics\">Forum</a>\n")
        try write(".forumplan/tokens.json", "{\"tokens\":{\"abisheva\":\"\(Self.token)\"}}")
    }

    /// Writes `text` at `path` (relative) by rename, as the exporter does.
    func write(_ path: String, _ text: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file, options: .atomic)
    }

    func read(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: url.appendingPathComponent(path)))
    }

    func cleanup() { try? FileManager.default.removeItem(at: url) }

    /// A calendar with `events` events, big enough to be worth compressing.
    static func calendar(_ name: String, events: Int) -> String {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//\(name)//EN\r\n"
        for i in 0..<events {
            text += "BEGIN:VEVENT\r\nUID:\(name)-\(i)@test\r\nDTSTAMP:20260301T080000Z\r\nDTSTART:20260310T0\(i % 10)0000Z\r\n"
            text += "SUMMARY:Session \(i) of \(name)\r\nEND:VEVENT\r\n"
        }
        return text + "END:VCALENDAR\r\n"
    }
}
