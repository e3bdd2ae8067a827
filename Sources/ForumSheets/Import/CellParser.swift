import Foundation
import ForumModel
import ForumReports

/// Turns one roster cell into a plan value, or says what is wrong with it and what to type instead.
///
/// Real workbooks store numbers as text, dates and times as day serial numbers, and formulas with
/// their cached values; all of these are read as the value a person sees.
struct CellParser {
    /// The workbook counts days from 1904 (old Mac Excel) instead of 1900.
    var date1904 = false

    /// What is wrong with a cell.
    struct Problem: Error, Hashable {
        var message: String
        var hint: String
    }

    /// The value for `cell` in a column of `type`; nil for a blank cell (the key is left out).
    func parse(_ cell: CellValue, as type: RosterColumn.CellType) throws(Problem) -> PlanValue? {
        switch cell {
        case .empty: return nil
        case .error(let e):
            throw Problem(message: "the cell shows the error \(e)", hint: "Fix the formula in the workbook, or type the value.")
        case .uncalculatedFormula(let f):
            throw Problem(
                message: "the formula =\(f) has no saved value",
                hint: "Open the workbook in Excel or LibreOffice and save it, so the value is calculated; or type the value.")
        case .text(let raw):
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { return nil }
            return try parse(text: text, as: type)
        case .number(let n):
            return try parse(number: n, as: type)
        case .bool(let b):
            guard type == .bool else { return try parse(text: b ? "TRUE" : "FALSE", as: type) }
            return .plain(b ? "true" : "false")
        }
    }

    private func parse(number n: Double, as type: RosterColumn.CellType) throws(Problem) -> PlanValue? {
        switch type {
        case .date:
            guard n >= 1, n < 2_958_466, n == n.rounded() else {
                throw Problem(message: "the number \(CellValue.format(n)) is not a date", hint: "Type the date as YYYY-MM-DD, e.g. 2024-10-14.")
            }
            return .plain(date(serial: Int(n)).description)
        case .time:
            guard n >= 0, n < 1 else {
                throw Problem(message: "the number \(CellValue.format(n)) is not a time of day", hint: "Type the time as HH:MM, e.g. 09:30.")
            }
            return .quoted(TimeOfDay(minutes: Int((n * 1440).rounded()))?.description ?? "00:00")
        case .duration:
            if n > 0, n < 1 {
                return .plain(DurationText.format(Int((n * 1440).rounded())))
            }
            throw Problem(
                message: "the number \(CellValue.format(n)) has no unit",
                hint: "Write durations with a unit: 90m, 1h30m or 3h (or a time such as 1:30).")
        case .bool:
            guard n == 0 || n == 1 else { throw Problem(message: "'\(CellValue.format(n))' is not yes or no", hint: Self.boolHint) }
            return .plain(n == 1 ? "true" : "false")
        default:
            return try parse(text: CellValue.format(n), as: type)
        }
    }

    static let boolHint = "Write yes or no (true/false, да/нет, иә/жоқ), or leave the cell empty for no."

    private func parse(text: String, as type: RosterColumn.CellType) throws(Problem) -> PlanValue? {
        switch type {
        case .id:
            return .plain(try id(text))
        case .text:
            return .quoted(text)
        case .positiveInteger, .nonNegativeInteger:
            let digits = text.filter { !$0.isWhitespace && $0 != "\u{00A0}" && $0 != "'" }
            let value =
                Int(digits) ?? Double(digits.replacingOccurrences(of: ",", with: ".")).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int($0) : nil }
            guard let value, value > 0 || (type == .nonNegativeInteger && value == 0) else {
                throw Problem(
                    message: "'\(text)' is not a \(type == .positiveInteger ? "positive " : "")whole number",
                    hint: "Type a whole number such as 30, without units or words.")
            }
            return .plain(String(value))
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "y", "1", "x", "да", "иә", "ия", "online", "онлайн": return .plain("true")
            case "false", "no", "n", "0", "нет", "жоқ": return .plain("false")
            default: throw Problem(message: "'\(text)' is not yes or no", hint: Self.boolHint)
            }
        case .idList:
            return .list(try Self.items(text).map { item throws(Problem) in .plain(try id(item)) })
        case .languageList:
            return .list(try Self.items(text).map { item throws(Problem) in .plain(try language(item)) })
        case .language:
            return .plain(try language(text))
        case .duration:
            if let minutes = DurationText.minutes(text.lowercased().replacingOccurrences(of: " ", with: "")) {
                return .plain(DurationText.format(minutes))
            }
            if let t = TimeOfDay(parsing: text), t.minutes > 0 { return .plain(DurationText.format(t.minutes)) }
            throw Problem(message: "'\(text)' is not a duration", hint: "Write durations as 90m, 1h30m or 3h.")
        case .date:
            guard let d = Self.date(text) else {
                throw Problem(message: "'\(text)' is not a date", hint: "Type the date as YYYY-MM-DD or DD.MM.YYYY, e.g. 2024-10-14.")
            }
            return .plain(d.description)
        case .time:
            guard let t = Self.time(text) else {
                throw Problem(message: "'\(text)' is not a time of day", hint: "Type the time as HH:MM, e.g. 09:30.")
            }
            return .quoted(t.description)
        case .windowList, .dayOrWindowList:
            return .list(
                try Self.items(text, commas: false).map { item throws(Problem) in
                    if type == .dayOrWindowList, let d = Self.date(item) { return .plain(d.description) }
                    guard let window = Self.window(item) else {
                        throw Problem(
                            message: "'\(item)' is not a time window",
                            hint: type == .dayOrWindowList
                                ? "Write a date (2024-10-21) or a window such as 14:00-18:00 or 2024-10-21 09:00-13:00; separate several with ';'."
                                : "Write windows such as 14:00-18:00 or 2024-10-21 09:00-13:00; separate several with ';'.")
                    }
                    return .quoted(window)
                })
        case .pathList:
            return .list(Self.items(text, commas: false).map { .quoted($0) })
        case .sessionKind:
            let kind = text.lowercased().replacingOccurrences(of: " ", with: "-")
            guard SessionKind(rawValue: kind) != nil else {
                throw Problem(
                    message: "'\(text)' is not a session kind",
                    hint: "Use one of: \(SessionKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return .plain(kind)
        }
    }

    private func id(_ text: String) throws(Problem) -> String {
        guard PlanIdentifier.isValid(text) else {
            throw Problem(
                message: "'\(text)' is not a valid id",
                hint: "Ids use letters, digits, '-', '_' and '.', start with a letter or digit and have at most 64 characters, e.g. room-101.")
        }
        return text
    }

    private func language(_ text: String) throws(Problem) -> String {
        let code = text.lowercased()
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw Problem(message: "'\(text)' is not a language code", hint: "Use short codes such as kk, ru, en; separate several with commas.")
        }
        return code
    }

    /// The items of a list cell, separated by `;`, line breaks and (unless `commas` is false) commas.
    static func items(_ text: String, commas: Bool = true) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r" || (commas && $0 == ",") })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The date of an Excel day serial number (1900 system; 1904 when the workbook says so).
    func date(serial: Int) -> LocalDate {
        // 1899-12-30 and 1904-01-01 are 25,569 and 24,107 days before 1970-01-01; the 1900 system's
        // phantom 1900-02-29 only shifts dates before March 1900, which no forum has.
        LocalDate(daysSinceEpoch: serial - (date1904 ? 24_107 : 25_569))
    }

    /// `YYYY-MM-DD` or `DD.MM.YYYY`, as the schedule CSV reads them.
    static func date(_ text: String) -> LocalDate? { ScheduleCSV.parseDate(text) }

    /// `HH:MM`, or `HH:MM:00` as spreadsheets write times, as the schedule CSV reads them.
    static func time(_ text: String) -> TimeOfDay? { ScheduleCSV.parseTime(text) }

    /// `"[DATE ]HH:MM-HH:MM"` normalised (en dashes and spaces around the dash allowed); nil when malformed.
    static func window(_ text: String) -> String? {
        let normalized = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        var day: LocalDate?
        var times = Substring(normalized)
        if let space = normalized.firstIndex(of: " "), let d = date(String(normalized[..<space])) {
            day = d
            times = normalized[normalized.index(after: space)...]
        }
        let ends = times.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard ends.count == 2, let start = time(ends[0]), let end = time(ends[1]), start < end else { return nil }
        return (day.map { "\($0) " } ?? "") + "\(start)-\(end)"
    }
}
