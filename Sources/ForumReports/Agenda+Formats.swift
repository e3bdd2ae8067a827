import Foundation
import ForumModel
import ForumText

extension Agenda {
    /// A readable table per day in `language`: time, session, room, venue, (co-)trainers, groups and size.
    public func text(language: Language) -> String {
        let words = Catalogue.of(language)
        let w = words.agenda
        let who: String
        switch subject {
        case .trainer: who = w.trainer
        case .group: who = w.group
        case .room: who = w.room
        }
        var out = "\(who) \(name) (\(subject.id)) — \(forumTitle)\n\(w.timesIn(timeZone))\n"
        guard !rows.isEmpty else { return out + "\n\(w.nothingScheduled)\n" }
        let trainersHeader = subject.kind == "trainer" ? w.coTrainers : w.trainers
        let header = [w.time, w.session, w.roomColumn, w.venue, trainersHeader, w.groups, w.size]
        var day = ""
        var table: [[String]] = []
        func flush() {
            guard !table.isEmpty else { return }
            out += Self.table([header] + table)
            table = []
        }
        for row in rows {
            if row.date != day {
                flush()
                day = row.date
                out += "\n" + (LocalDate(iso: row.date).map(words.fullDate) ?? row.date) + "\n"
            }
            table.append([
                "\(row.start)–\(row.end)", row.title, row.roomName, row.venue,
                row.trainers.isEmpty ? "—" : words.list(row.trainers),
                words.list(row.groups), words.number(row.size)
            ])
        }
        flush()
        return out
    }

    /// CSV (RFC 4180, CRLF) with the header `date,start,end,occurrence,session,title,kind,room,room_name,venue,trainers,groups,size`.
    public func csv() -> String {
        var lines = ["date,start,end,occurrence,session,title,kind,room,room_name,venue,trainers,groups,size"]
        for r in rows {
            let fields = [
                r.date, r.start, r.end, r.occurrence, r.session, r.title, r.kind, r.room, r.roomName, r.venue,
                r.trainers.joined(separator: "; "), r.groups.joined(separator: "; "), String(r.size)
            ]
            lines.append(fields.map(Self.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// JSON with stable keys: `subject` {`kind`, `id`, `name`}, `forum`, `time_zone`, `rows` (each row's
    /// `occurrence`, `session`, `title`, `kind`, `date`, `start`, `end`, `room`, `room_name`, `venue`,
    /// `trainers`, `groups`, `size`).
    public func json() -> String {
        struct Subject: Encodable {
            var kind: String
            var id: String
            var name: String
        }
        struct Document: Encodable {
            var subject: Subject
            var forum: String
            var time_zone: String
            var rows: [AgendaRow]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let document = Document(subject: Subject(kind: subject.kind, id: subject.id, name: name), forum: forumTitle, time_zone: timeZone, rows: rows)
        guard let data = try? encoder.encode(document) else { preconditionFailure("agenda values always encode") }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Columns padded to their widest cell (in characters), two spaces apart, a rule under the header.
    private static func table(_ rows: [[String]]) -> String {
        var widths = Array(repeating: 0, count: rows.first?.count ?? 0)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ cells: [String]) -> String {
            var s = "  "
            for (i, cell) in cells.enumerated() {
                s += cell
                if i < cells.count - 1 { s += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            return s + "\n"
        }
        var out = line(rows[0])
        out += line(widths.map { String(repeating: "-", count: $0) })
        for row in rows.dropFirst() { out += line(row) }
        return out
    }
}
