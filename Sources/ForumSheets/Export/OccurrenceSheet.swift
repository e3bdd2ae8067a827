import Foundation
import ForumModel
import ForumReports

/// Reads a timetable workbook back as schedule rows: its occurrence sheet (the one named
/// ``TimetableWorkbook/occurrencesSheet``, else the first whose header names session, date, start
/// and end) through the same reader as CSV files. Dates and times typed in Excel (day numbers) count.
public enum OccurrenceSheet {
    /// The rows of the workbook's occurrence sheet; unreadable rows are reported as in CSV files.
    public static func rows(_ workbook: Workbook) throws(ScheduleCSVErrors) -> [ScheduleRow] {
        let isOccurrences = { (sheet: Sheet) -> Bool in
            let header = Set((sheet.rows.first ?? []).map { $0.text.lowercased().trimmingCharacters(in: .whitespaces) })
            return ["session", "date", "start", "end"].allSatisfy(header.contains)
        }
        guard
            let sheet = workbook.sheets.first(where: { $0.name == TimetableWorkbook.occurrencesSheet && isOccurrences($0) })
                ?? workbook.sheets.first(where: isOccurrences)
        else {
            throw ScheduleCSVErrors([
                ScheduleCSVError(
                    file: workbook.file, row: 1,
                    message:
                        "no sheet has the header session, date, start, end; export the timetable with 'forumplan export --format xlsx' or add a sheet with those columns"
                )
            ])
        }
        let header = sheet.rows[0].map(\.text)
        let parser = CellParser(date1904: workbook.usesDate1904)
        let records = sheet.rows.dropFirst().map { row in
            row.enumerated().map { column, cell -> String in
                guard column < header.count, case .number = cell else { return cell.text }
                switch header[column].lowercased().trimmingCharacters(in: .whitespaces) {
                case "date": return (try? parser.parse(cell, as: .date)).flatMap(\.text) ?? cell.text
                case "start", "end": return (try? parser.parse(cell, as: .time)).flatMap(\.text) ?? cell.text
                default: return cell.text
                }
            }
        }
        return try ScheduleCSV.read(header: header, records: Array(records), file: workbook.isCSV ? workbook.file : "\(workbook.file):\(sheet.name)")
    }
}

extension PlanValue {
    /// The scalar's text (nil for lists and per-language texts).
    var text: String? {
        switch self {
        case .plain(let s), .quoted(let s): return s
        case .list, .localized: return nil
        }
    }
}
