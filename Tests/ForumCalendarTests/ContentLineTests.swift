import CLibical
import Foundation
import Testing
@testable import ForumCalendar

/// Property test of the content-line writer: generated values through every text property a feed
/// carries, checked on the bytes and read back through libical's C API.
///
/// `CONTENT_LINE_VALUES` sets the number of values (default 10,000), `CONTENT_LINE_SEED` the seed
/// (printed, so a failure can be replayed).
@Suite struct ContentLineTests {
    /// The properties written with the value, as they appear on the line (CN: the ORGANIZER's and
    /// the ATTENDEE's parameter).
    static let properties = ["X-WR-CALNAME", "X-WR-TIMEZONE", "UID", "SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES", "ORGANIZER", "ATTENDEE"]

    @Test func generatedValuesFoldCleanlyAndReadBackExactly() throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["CONTENT_LINE_VALUES"].flatMap(Int.init) ?? 10_000
        let seed = environment["CONTENT_LINE_SEED"].flatMap(UInt64.init) ?? 20_261_206
        print("ContentLineTests: \(count) values, seed \(seed) (CONTENT_LINE_VALUES, CONTENT_LINE_SEED)")
        var generator = ValueGenerator(seed: seed)
        // Per property, how many octets short of 75 a folded line ended (1...3: a multi-byte character
        // straddled the fold position and went to the next line whole).
        var straddles: [String: Set<Int>] = [:]
        var failures = 0
        let started = Date()
        for i in 0..<count {
            let value = generator.value(octets: i % 300 + 1)
            let text = try Self.calendar(with: value)
            let problems = Self.byteProblems(text, straddles: &straddles) + Self.readBackProblems(text, value)
            if !problems.isEmpty {
                failures += 1
                if failures <= 5 { Issue.record("value \(i) \(value.debugDescription) (seed \(seed)): \(problems.joined(separator: "; "))") }
            }
        }
        print("ContentLineTests: \(count) values in \(String(format: "%.1f", Date().timeIntervalSince(started))) s, \(failures) failed")
        #expect(failures == 0)
        if count >= 1_000 {
            for name in Self.properties {
                #expect(
                    straddles[name, default: []].isSuperset(of: [1, 2, 3]),
                    "\(name): multi-byte characters straddled folds by \(straddles[name, default: []].sorted()) octets only")
            }
        }
    }

    @Test func libicalsBrokenFoldIsRepaired() throws {
        // libical 3.0.16 folds a property's text including its CRLF: `…value CR` CRLF SPACE `LF`.
        let broken = "BEGIN:VCALENDAR\r\nUID:" + String(repeating: "u", count: 70) + "\r\r\n \nEND:VCALENDAR\r\n"
        let fixed = try ContentLines.refold(broken)
        #expect(fixed == "BEGIN:VCALENDAR\r\nUID:" + String(repeating: "u", count: 70) + "\r\n" + "END:VCALENDAR\r\n")
        #expect(throws: ICalError.self) { try ContentLines.refold("BEGIN:VCALENDAR\r\n\r\nEND:VCALENDAR\r\n") }
        #expect(throws: ICalError.self) { try ContentLines.refold("BEGIN:VCALENDAR\nEND:VCALENDAR\r\n") }
    }

    @Test func foldsFallBetweenCharactersAtSeventyFiveOctets() throws {
        var out: [UInt8] = []
        ContentLines.fold(Array(("SUMMARY:" + String(repeating: "ә", count: 40)).utf8), into: &out)
        let lines = String(decoding: out, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(lines.map(\.utf8.count) == [74, 15], "8 + 33 × 2 octets, then a space and the 7 characters left")
        #expect(lines.last == " " + String(repeating: "ә", count: 7))
    }

    /// A calendar with `value` in every text property we write, serialized by ForumCalendar; a value
    /// that is blank once cleaned goes only into the CN parameters (TEXT properties are then left
    /// out, as the renderer does) and the UID is `blank`.
    static func calendar(with value: String) throws -> String {
        let text = ICalText.hasContent(value)
        let calendar = ICalComponent(.calendar)
        calendar.add(.version())
        calendar.add(.prodid(FeedRenderer.productID))
        if text { calendar.add(.xText("X-WR-CALNAME", value)) }
        if text { calendar.add(.xText("X-WR-TIMEZONE", value)) }
        let event = ICalComponent(.event)
        event.add(.uid(text ? value : "blank"))
        event.add(.dtstamp(utcSeconds: 1_773_118_800))
        if text {
            event.add(.summary(value))
            event.add(.description(value))
            event.add(.location(value))
            event.add(.category(value))
        }
        event.add(.organizer(email: "trainer@example.kz", name: value))
        event.add(.attendee(email: "trainer@example.kz", name: value))
        calendar.add(event)
        return try calendar.serialized()
    }

    /// CRLF only, no empty line, lines of at most 75 octets, each valid UTF-8 on its own.
    static func byteProblems(_ text: String, straddles: inout [String: Set<Int>]) -> [String] {
        let bytes = Array(text.utf8)
        var problems: [String] = []
        for (i, b) in bytes.enumerated() {
            if b == 13, i + 1 >= bytes.count || bytes[i + 1] != 10 { problems.append("bare CR at \(i)") }
            if b == 10, i == 0 || bytes[i - 1] != 13 { problems.append("bare LF at \(i)") }
        }
        guard bytes.suffix(2) == [13, 10] else { return problems + ["no CRLF at the end"] }
        let lines = bytes.dropLast(2).split(separator: 10, omittingEmptySubsequences: false).map { $0.last == 13 ? $0.dropLast() : $0 }
        var name = ""
        for (n, line) in lines.enumerated() {
            if line.isEmpty { problems.append("empty line \(n + 1)") }
            if line.count > 75 { problems.append("line \(n + 1) has \(line.count) octets") }
            if String(validating: line, as: UTF8.self) == nil { problems.append("line \(n + 1) splits a UTF-8 sequence") }
            if line.first != 32 { name = String(decoding: line.prefix { $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: ":") }, as: UTF8.self) }
            if n + 1 < lines.count, lines[n + 1].first == 32, line.count < 75 { straddles[name, default: []].insert(75 - line.count) }
        }
        return problems
    }

    /// Every property read back by libical, compared with the value written.
    static func readBackProblems(_ text: String, _ value: String) -> [String] {
        guard let parsed = ParsedCalendar(text) else { return ["libical does not read the calendar back"] }
        var problems: [String] = []
        func check(_ what: String, _ got: String?, _ expected: String) {
            if got != expected { problems.append("\(what) read back as \(got.debugDescription)") }
        }
        // Blanks around a value are not written: libical's parser strips them (docs/calendars.md).
        let trimmed = String(value.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if trimmed.isEmpty {
            check("UID", parsed.order.first, "blank")
            if parsed.events["blank"]?["SUMMARY"] != nil || parsed.properties["X-WR-CALNAME"] != nil {
                problems.append("a blank TEXT property was written")
            }
            for cn in commonNames(text) { check("CN", cn, "") }
            return problems
        }
        check("X-WR-CALNAME", parsed.properties["X-WR-CALNAME"]?.first?.value, trimmed)
        check("X-WR-TIMEZONE", parsed.properties["X-WR-TIMEZONE"]?.first?.value, trimmed)
        check("UID", parsed.order.first, trimmed)
        for name in ["SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES"] {
            check(name, parsed.value(trimmed, name), trimmed)
        }
        // A parameter value has no escape for a trailing backslash: it is dropped (docs/calendars.md).
        var name = trimmed
        while name.hasSuffix("\\") || name.hasSuffix(" ") { name.removeLast() }
        for cn in commonNames(text) { check("CN", cn, name) }
        return problems
    }

    /// The CN parameters of ORGANIZER and ATTENDEE as libical decodes them.
    static func commonNames(_ text: String) -> [String?] {
        guard let root = icalparser_parse_string(text) else { return [nil] }
        defer { icalcomponent_free(root) }
        guard let event = icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT) else { return [nil] }
        return [ICAL_ORGANIZER_PROPERTY, ICAL_ATTENDEE_PROPERTY].map { kind in
            guard let p = icalcomponent_get_first_property(event, kind), let cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER),
                let raw = icalparameter_get_cn(cn)
            else { return nil }
            return String(cString: raw)
        }
    }
}
