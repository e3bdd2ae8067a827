import Foundation
import ForumModel
import Testing
@testable import ForumSheets

/// A workbook shaped like Excel saves it — Russian and Kazakh headers, merged venue cells, a formula
/// with its cached value, a number typed as text, a date and a time stored as day numbers, a daily
/// load typed as a time, rich-text shared strings, trailing formatted empty rows, a notes sheet —
/// merged into examples/minimal.yaml.
@Suite struct ExcelShapedTests {
    @Test func everyQuirkIsRead() throws {
        let url = ImportErrorTests.fixtures.appendingPathComponent("excel-shaped.xlsx")
        let result = try ImportErrorTests.importing(url)
        let plan = try PlanLoader.load(text: result.text, path: "minimal.yaml", baseURL: URL(fileURLWithPath: "/tmp")).plan
        let rooms = plan.venues[0].rooms
        #expect(rooms.map(\.id) == ["hall", "room-12", "room-14"])
        #expect(rooms.map(\.capacity) == [120, 30, 24]) // formula's cached value, " 30 " as text
        #expect(rooms[2].features == ["projector", "flipchart"])
        #expect(plan.venues[0].town == "Taraz") // merged cells
        #expect(plan.trainers[0].maxDailyMinutes == 360) // 0.25 of a day
        #expect(plan.trainers[1].skills == ["leadership", "facilitation"])
        #expect(plan.trainers[1].maxDailyMinutes == nil)
        let opening = try #require(plan.sessions.first { $0.id == "opening" })
        #expect(opening.title == "Opening plenary") // rich-text runs
        #expect(opening.pin == Pin(day: LocalDate(year: 2026, month: 3, day: 2), start: TimeOfDay(hour: 9, minute: 0)))
        #expect(opening.kind == .plenary && opening.trainers == ["berik"]) // keys without a column stay
        #expect(plan.sessions.map(\.id) == ["opening", "assessment", "closing"])
        func action(_ kind: String, _ id: String) -> ImportChange.Action? {
            result.changes.first { $0.kind == kind && $0.id == id }?.action
        }
        #expect(action("room", "hall") == .unchanged)
        #expect(action("room", "room-12") == .unchanged)
        #expect(action("room", "room-14") == .added)
        #expect(action("venue", "school-1") == .unchanged)
        #expect(action("trainer", "abisheva") == .changed)
        #expect(action("trainer", "berik") == .changed)
        #expect(action("session", "opening") == .changed)
        #expect(action("session", "closing") == .kept)
        #expect(
            result.warnings.map(\.description).prefix(1) == [
                "excel-shaped.xlsx:Notes: warning: the sheet is not a roster and is skipped\n  hint: Name roster sheets Rooms, Trainers, Groups or Sessions (or Аудитории, Тренеры, Группы, Сессии), or give them an id column such as 'trainer'."
            ])
        // The rest of the plan is untouched: the forum block, the comments and the other sessions, byte for byte.
        let original = try String(contentsOf: ImportErrorTests.minimal, encoding: .utf8)
        #expect(result.text.hasPrefix(original.components(separatedBy: "venues:")[0]))
        #expect(result.text.hasSuffix(original.components(separatedBy: "  - id: assessment")[1]))
    }

    @Test func pruneRemovesWhatTheRostersLack() throws {
        let url = ImportErrorTests.fixtures.appendingPathComponent("excel-shaped.xlsx")
        let data = try Data(contentsOf: url)
        let result = try RosterImport.run(
            planText: try String(contentsOf: ImportErrorTests.minimal, encoding: .utf8),
            planPath: "minimal.yaml", workbooks: [try XLSXReader.read(data, file: "excel-shaped.xlsx")],
            prune: true)
        let plan = try PlanLoader.load(text: result.text, path: "minimal.yaml", baseURL: URL(fileURLWithPath: "/tmp")).plan
        #expect(plan.sessions.map(\.id) == ["opening"])
        #expect(result.changes.filter { $0.action == .removed }.map(\.id) == ["assessment", "closing"])
    }
}

/// Rosters written by `import --write-rosters` for examples/minimal.yaml and saved again by LibreOffice
/// Calc 7.4 (its own package layout: shared strings, its styles, merged venue cells) import into the
/// example with nothing to change.
@Suite struct LibreOfficeSavedTests {
    @Test func resavedRostersChangeNothing() throws {
        let folder = ImportErrorTests.fixtures.appendingPathComponent("libreoffice")
        let books = try ["rooms", "trainers", "groups", "sessions"].map { name in
            try XLSXReader.read(Data(contentsOf: folder.appendingPathComponent("\(name).xlsx")), file: "\(name).xlsx")
        }
        let text = try String(contentsOf: ImportErrorTests.minimal, encoding: .utf8)
        let result = try RosterImport.run(planText: text, planPath: "minimal.yaml", workbooks: books, prune: false)
        #expect(result.text == text)
        #expect(result.changes.count == 9)
        #expect(result.changes.allSatisfy { $0.action == .unchanged })
    }
}
