import CSV
import Foundation
import ForumModel

/// Reads and writes schedules as CSV, the columns organizers keep in a spreadsheet:
/// `session,occurrence,section,date,start,end,room,trainers` (any order, extra columns ignored).
public enum ScheduleCSV {
    /// The column names, in the order ``encode(_:)`` writes them.
    public static let columns = ["session", "occurrence", "section", "date", "start", "end", "room", "trainers"]
    static let required = ["session", "date", "start", "end"]

    /// Reads CSV text into rows; every unreadable row is reported at once, each by its row number
    /// (the header is row 1). Commas or semicolons as delimiters; trainers separated by `;`.
    public static func read(_ text: String, file: String) throws(ScheduleCSVErrors) -> [ScheduleRow] {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let headerLine = text.prefix { $0 != "\n" && $0 != "\r" }
        guard !headerLine.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ScheduleCSVErrors([
                .init(file: file, row: 1, message: "the file is empty; expected a header row with the columns \(columns.joined(separator: ","))")
            ])
        }
        let delimiter: UnicodeScalar = headerLine.contains(",") || !headerLine.contains(";") ? "," : ";"
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
        } catch {
            throw ScheduleCSVErrors([.init(file: file, row: 1, message: "cannot read the header row (\(error))")])
        }
        var records: [[String]] = []
        while let fields = reader.next() { records.append(fields) }
        var errors: [ScheduleCSVError] = []
        if let error = reader.error {
            errors.append(
                ScheduleCSVError(
                    file: file, row: records.count + 2, message: "the CSV cannot be read past this row (\(error)); check for an unclosed quote"))
        }
        let rows: [ScheduleRow]
        do throws(ScheduleCSVErrors) {
            rows = try read(header: reader.headerRow ?? [], records: records, file: file)
        } catch {
            throw ScheduleCSVErrors(error.errors + errors)
        }
        guard errors.isEmpty else { throw ScheduleCSVErrors(errors) }
        return rows
    }

    /// Reads rows given as fields (a sheet's cells as text): `header` is row 1, `records` rows 2, 3 …
    public static func read(header: [String], records: [[String]], file: String) throws(ScheduleCSVErrors) -> [ScheduleRow] {
        let header = header.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        let missingColumns = required.filter { !header.contains($0) }
        guard missingColumns.isEmpty else {
            throw ScheduleCSVErrors([
                .init(
                    file: file, row: 1,
                    message:
                        "missing column\(missingColumns.count > 1 ? "s" : "") \(missingColumns.map { "'\($0)'" }.joined(separator: ", ")); the header must name \(required.joined(separator: ", ")) (optional: occurrence, section, room, trainers)"
                )
            ])
        }
        var index: [String: Int] = [:]
        for name in columns { index[name] = header.firstIndex(of: name) }
        var rows: [ScheduleRow] = []
        var errors: [ScheduleCSVError] = []
        var rowNumber = 1
        for fields in records {
            rowNumber += 1
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            func value(_ name: String) -> String {
                guard let i = index[name], i < fields.count else { return "" }
                return fields[i].trimmingCharacters(in: .whitespaces)
            }
            var rowErrors: [String] = []
            func check<T>(_ name: String, _ parsed: T?, _ expectation: String) -> T? {
                if parsed == nil { rowErrors.append("column '\(name)': '\(value(name))' is not \(expectation)") }
                return parsed
            }
            let session = value("session")
            if session.isEmpty { rowErrors.append("column 'session' is empty; give the session id") }
            let run =
                value("occurrence").isEmpty
                ? Int?.none : check("occurrence", Int(value("occurrence")).flatMap { $0 > 0 ? $0 : nil }, "a positive whole number")
            let section =
                value("section").isEmpty
                ? Int?.none : check("section", Int(value("section")).flatMap { $0 > 0 ? $0 : nil }, "a positive whole number")
            let date = check("date", parseDate(value("date")), "a date (use YYYY-MM-DD or DD.MM.YYYY)")
            let start = check("start", parseTime(value("start")), "a time (use HH:MM)")
            let end = check("end", parseTime(value("end")), "a time (use HH:MM)")
            if let start, let end, end <= start {
                rowErrors.append("the end \(end) is not after the start \(start)")
            }
            if let date, let start, let end, rowErrors.isEmpty, !session.isEmpty {
                let room = value("room")
                let trainers = value("trainers").split(separator: ";").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                rows.append(
                    ScheduleRow(
                        origin: "row \(rowNumber)", session: session, run: run, section: section, date: date,
                        start: start, end: end, room: room.isEmpty ? nil : room,
                        trainers: index["trainers"] == nil ? nil : trainers))
            } else {
                errors += rowErrors.map { ScheduleCSVError(file: file, row: rowNumber, message: $0) }
            }
        }
        guard errors.isEmpty else { throw ScheduleCSVErrors(errors) }
        return rows
    }

    /// The schedule as CSV with the standard header, one row per assignment, CRLF line ends (RFC 4180).
    public static func encode(_ schedule: Schedule) -> String {
        CSVTable.encode(header: columns, rows: rows(schedule))
    }

    /// One row of fields per assignment, in ``columns`` order (the CSV's rows, the workbook's occurrence sheet).
    public static func rows(_ schedule: Schedule) -> [[String]] {
        schedule.assignments.map { a in
            [
                a.id.session, a.id.run.map(String.init) ?? "", a.id.section.map(String.init) ?? "",
                a.date.description, a.start.description, a.end.description, a.room ?? "",
                a.trainers.joined(separator: ";")
            ]
        }
    }

    /// `YYYY-MM-DD` or `DD.MM.YYYY`; nil for anything else.
    public static func parseDate(_ text: String) -> LocalDate? {
        if let d = LocalDate(iso: text) { return d }
        let parts = text.split(separator: ".")
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    /// `HH:MM`, or `HH:MM:00` as spreadsheets write times; nil for anything else.
    public static func parseTime(_ text: String) -> TimeOfDay? {
        if let t = TimeOfDay(parsing: text) { return t }
        // Spreadsheets often add seconds: accept HH:MM:00.
        if text.hasSuffix(":00"), text.count == 8 || text.count == 7 { return TimeOfDay(parsing: text.dropLast(3)) }
        return nil
    }
}

/// One unreadable row of a schedule CSV.
public struct ScheduleCSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var row: Int
    public var message: String

    public init(file: String, row: Int, message: String) {
        self.file = file
        self.row = row
        self.message = message
    }

    public var description: String { "\(file):\(row): error: \(message)" }
}

/// Every unreadable row of a schedule CSV, in row order.
public struct ScheduleCSVErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [ScheduleCSVError]

    public init(_ errors: [ScheduleCSVError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
