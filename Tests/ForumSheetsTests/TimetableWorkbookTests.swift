import Foundation
import ForumModel
import ForumReports
import Testing
@testable import ForumSheets

/// The printable timetable workbook of the Taraz witness, read back with our reader.
@Suite struct TimetableWorkbookTests {
    static func taraz() throws -> (Plan, Schedule) {
        let root = RoundTripTests.root
        let plan = try PlanLoader.load(contentsOf: root.appendingPathComponent("examples/taraz-forum.yaml")).plan
        let schedule = try ScheduleFile.read(contentsOf: root.appendingPathComponent("examples/witnesses/taraz-forum.schedule.yaml"))
        return (plan, schedule)
    }

    @Test func sheetsGridsAndOccurrences() throws {
        let (plan, schedule) = try Self.taraz()
        let document = TimetableWorkbook.document(plan: plan, schedule: schedule)
        #expect(
            document.sheets.map(\.name) == [
                "2019-11-14 Thu", "2019-11-15 Fri", "Occurrences",
                "Trainers – Тараз қаласындағы фи", "Trainers – Тараз мемлекеттік пе"
            ])
        let data = try XLSXWriter.data(document)
        #expect(try XLSXWriter.data(TimetableWorkbook.document(plan: plan, schedule: schedule)) == data)
        let book = try XLSXReader.read(data, file: "taraz.xlsx")

        // The occurrence sheet holds the CSV's rows and reads back as the schedule.
        let occurrences = book.sheets[2]
        #expect(occurrences.rows[0].prefix(8).map(\.text) == ScheduleCSV.columns)
        #expect(occurrences.rows.dropFirst().map { Array($0.prefix(8).map(\.text)) } == ScheduleCSV.rows(schedule))
        let rows = try OccurrenceSheet.rows(book)
        #expect(rows.count == schedule.assignments.count)
        #expect(rows.map(\.session) == schedule.assignments.map(\.id.session))

        // Day 1: a column per room in use, a row per 30 minutes from 09:00; the opening (09:00–09:30) in the
        // assembly hall's first slot, the contest (11:30–13:00) merged over its three slots (read back in every cell).
        let day = document.sheets[0]
        #expect(day.rows[2].map { $0?.value.text } == ["time", "Мәжіліс залы", "Атриум (көрме)"])
        #expect(day.rows[3][0]?.value.text == "09:00")
        #expect(day.rows[7][0]?.value.text == "11:00 break")
        #expect(day.rows[3][1]?.value.text.hasPrefix("Форумның ашылуы\n09:00–09:30") == true)
        let contest = try #require(day.merges.first { $0.from == CellAddress(row: 8, column: 1) })
        #expect(contest.to == CellAddress(row: 10, column: 1))
        #expect(book.sheets[0][10, 1] == book.sheets[0][8, 1])
        #expect(day.frozenRows == 3 && day.frozenColumns == 1 && day.landscape && day.fitToOnePage)
    }

    @Test func typedDatesAndTimesReadBack() throws {
        let sheet = Sheet(
            name: "Occurrences",
            rows: [
                ["session", "date", "start", "end", "room"].map { .text($0) },
                [.text("opening"), .number(43783), .number(0.375), .number(0.395833333), .text("nis-hall")]
            ])
        let rows = try OccurrenceSheet.rows(Workbook(file: "t.xlsx", sheets: [sheet]))
        #expect(rows.map { "\($0.date) \($0.start)-\($0.end)" } == ["2019-11-14 09:00-09:30"])
    }
}
