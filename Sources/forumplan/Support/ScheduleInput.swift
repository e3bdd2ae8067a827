import Foundation
import ForumCalendar
import ForumModel
import ForumReports
import ForumSheets

/// A schedule given on the command line, of any kind `check` and `diff` accept, matched to the plan.
///
/// `.csv` files are spreadsheets (``ScheduleCSV``), `.xlsx` workbooks their occurrence sheet (``OccurrenceSheet``), `.ics` files calendars (``CalendarSchedule``),
/// anything else our schedule YAML. Unreadable rows, and rooms or trainers the plan does not know,
/// are printed on stderr with their row (event, assignment) and end the command with exit status 2.
enum ScheduleInput {
    /// Prints a warning on stderr for each row of `result` that matches no occurrence (it is left out).
    static func warnUnmatched(_ result: ScheduleMatcher.Result, path: String) {
        for u in result.unmatched {
            printError(
                "\(path): \(u.origin): warning: '\(u.session)' \(u.reason); the row is left out" + (u.hint.map { " (did you mean \($0)?)" } ?? ""))
        }
    }

    static func load(_ path: String, plan: Plan) throws -> ScheduleMatcher.Result {
        let url = URL(fileURLWithPath: path)
        let rows: [ScheduleRow]
        switch url.pathExtension.lowercased() {
        case "csv":
            rows = try csvRows(url, path: path)
        case "xlsx":
            do {
                rows = try OccurrenceSheet.rows(WorkbookLoader.load(path))
            } catch let error as WorkbookError {
                printError(error.description)
                throw ExitStatus.badInput
            } catch let error as ScheduleCSVErrors {
                printError(error.description)
                throw ExitStatus.badInput
            }
        case "ics", "ical", "ifb":
            do {
                rows = try CalendarSchedule.rows(contentsOf: url, fileName: path, plan: plan)
            } catch {
                printError(error.description)
                throw ExitStatus.badInput
            }
        default:
            let schedule = try ScheduleFile.read(contentsOf: url)
            if schedule.forumID != plan.forum.id {
                printError("\(path): warning: the schedule is for forum '\(schedule.forumID)', the plan is '\(plan.forum.id)'")
            }
            rows = schedule.assignments.enumerated().map { i, a in
                ScheduleRow(
                    origin: "assignment \(i + 1)", session: a.id.session, run: a.id.run, section: a.id.section,
                    date: a.date, start: a.start, end: a.end, room: a.room, trainers: a.trainers)
            }
        }
        let result = ScheduleMatcher.match(rows, plan: plan)
        guard result.unknownReferences.isEmpty else {
            for u in result.unknownReferences {
                let hint =
                    u.hint.map { " Did you mean '\($0)'?" }
                    ?? (u.kind == .room ? " Use a room id or name from the plan." : " Use a trainer id, name or e-mail from the plan.")
                printError("\(path): \(u.origin): error: \(u.kind.rawValue) '\(u.text)' is not in the plan.\(hint)")
            }
            throw ExitStatus.badInput
        }
        return result
    }

    /// The rows of a CSV file; binary files are refused at the first line holding a NUL byte.
    private static func csvRows(_ url: URL, path: String) throws -> [ScheduleRow] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            printError("\(path): error: cannot read the file (\((error as NSError).localizedDescription)). Check the path.")
            throw ExitStatus.badInput
        }
        if let nul = data.firstIndex(of: 0) {
            let line = data[..<nul].filter { $0 == UInt8(ascii: "\n") }.count + 1
            printError("\(path):\(line): error: the file contains a NUL byte, so it is not a CSV text file. Save the sheet as CSV (UTF-8).")
            throw ExitStatus.badInput
        }
        do {
            return try ScheduleCSV.read(String(decoding: data, as: UTF8.self), file: path)
        } catch {
            printError(error.description)
            throw ExitStatus.badInput
        }
    }
}
