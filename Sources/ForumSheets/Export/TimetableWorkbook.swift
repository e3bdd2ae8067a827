import Foundation
import ForumModel
import ForumReports

/// The timetable as a workbook a principal can print: a room × time grid per day, every occurrence
/// in the CSV's columns (which `check` and `diff` read back), and each venue's trainers.
public enum TimetableWorkbook {
    /// The sheet that lists every occurrence; `check` and `diff` read it back by this name.
    public static let occurrencesSheet = "Occurrences"

    /// The workbook for `schedule` of `plan`.
    public static func document(plan: Plan, schedule: Schedule) -> WorkbookDocument {
        var names = SheetNames()
        var sheets: [SheetDocument] = []
        let days = plan.forum.days.filter { day in schedule.assignments.contains { $0.date == day } }
        for day in days {
            sheets.append(
                DayGridSheet(plan: plan, schedule: schedule, day: day).sheet(name: names.unique("\(day) \(day.weekday.rawValue.capitalized)")))
        }
        sheets.append(occurrences(plan: plan, schedule: schedule, name: names.unique(occurrencesSheet)))
        for venue in plan.venues {
            let sheet = trainers(of: venue, plan: plan, schedule: schedule, name: names.unique("Trainers – \(venue.name)"))
            if sheet.rows.count > 2 { sheets.append(sheet) }
        }
        return WorkbookDocument(sheets: sheets)
    }

    /// The CSV's columns, then the title, venue and groups for people reading the sheet.
    static func occurrences(plan: Plan, schedule: Schedule, name: String) -> SheetDocument {
        let extra = ["title", "venue", "groups"]
        var rows: [[OutputCell?]] = [(ScheduleCSV.columns + extra).map { .text($0, .header) }]
        for (a, fields) in zip(schedule.assignments, ScheduleCSV.rows(schedule)) {
            let session = plan.sessions.first { $0.id == a.id.session }
            let venue = a.room.flatMap { plan.venue(ofRoom: $0) }
            rows.append(
                (fields + [session?.title ?? "", venue?.name ?? "", session?.groups.joined(separator: ", ") ?? ""])
                    .map { .text($0, .wrapped) })
        }
        var sheet = SheetDocument(name: name, rows: rows)
        sheet.frozenRows = 1
        sheet.columnWidths = [24, 10, 8, 11, 7, 7, 18, 24, 40, 24, 24]
        return sheet
    }

    /// One row per assignment of a trainer at `venue`, by trainer, then date and time. The trainer's name is on
    /// every row (not merged), so a page that starts inside a trainer's sessions still says whose they are.
    static func trainers(of venue: Venue, plan: Plan, schedule: Schedule, name: String) -> SheetDocument {
        var rows: [[OutputCell?]] = [
            [.text("Trainers — \(venue.name)", .title)],
            ["trainer", "date", "time", "session", "room", "groups"].map { .text($0, .header) }
        ]
        let roomIDs = Set(venue.rooms.map(\.id))
        for trainer in plan.trainers.sorted(by: { ($0.name, $0.id) < ($1.name, $1.id) }) {
            let work = schedule.assignments
                .filter { $0.trainers.contains(trainer.id) && $0.room.map(roomIDs.contains) == true }
                .sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) }
            guard !work.isEmpty else { continue }
            for a in work {
                let session = plan.sessions.first { $0.id == a.id.session }
                let room = venue.rooms.first { $0.id == a.room }
                rows.append([
                    .text(trainer.name, .wrapped),
                    .text(a.date.description, .wrapped), .text("\(a.start)–\(a.end)", .wrapped),
                    .text(DayGridSheet.label(session: session, id: a.id), .wrapped), .text(room?.name ?? a.room ?? "", .wrapped),
                    .text(session?.groups.joined(separator: ", ") ?? "", .wrapped)
                ])
            }
        }
        var sheet = SheetDocument(name: name, rows: rows)
        sheet.frozenRows = 2
        sheet.columnWidths = [28, 11, 13, 44, 22, 30]
        return sheet
    }
}
