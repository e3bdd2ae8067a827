import Foundation
import ForumModel
import Testing
@testable import ForumSheets

/// Plan texts per language in rosters: `title kk`, `title ru` columns beside (or instead of) `title`.
@Suite struct TranslatedColumnsTests {
    static let plan = """
        forum: {id: f, languages: [kk, ru], title: "F", time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: "09:00", end: "17:00"}}
        venues:
          - id: school
            rooms:
              - {id: hall, capacity: 100}
        sessions:
          - {id: opening, title: "Opening", duration: 1h, attendance: 50}
          - {id: panel, title: {kk: "Панель", ru: "Панель"}, duration: 1h, attendance: 50}

        """

    static func sessions(_ csv: String) throws -> Workbook {
        try CSVSheetReader.read(Data(csv.utf8), file: "sessions.csv")
    }

    @Test func languageColumnsMakeAMapAndTheTextColumnAPlainString() throws {
        let csv = """
            session,title,Title_KK,название (ru),duration
            opening,,Ашылу,Открытие,1h
            panel,Panel discussion,,,1h
            closing,,Жабылу,,30m

            """
        let result = try RosterImport.run(planText: Self.plan, planPath: "plan.yaml", workbooks: [try Self.sessions(csv)], prune: false)
        #expect(result.text.contains(#"- {id: opening, title: {kk: "Ашылу", ru: "Открытие"}, duration: 1h, attendance: 50}"#))
        #expect(result.text.contains(#"- {id: panel, title: "Panel discussion", duration: 1h, attendance: 50}"#))
        #expect(result.text.contains(#"- {id: closing, title: {kk: "Жабылу"}, duration: 30m}"#))
        // The missing Russian title is the plan's warning, reported at the roster cell that wrote the text.
        #expect(
            result.warnings.map(\.description).contains {
                $0.hasPrefix("sessions.csv:B4: warning: `title` of session 'closing' has no ru text; ru readers see the kk text")
            })
    }

    @Test func aRowGivingBothShapesIsAnErrorAtTheCell() throws {
        let csv = "session,title,title kk,duration\nopening,Opening,Ашылу,1h\n"
        let errors = try #require(throws: ImportErrors.self) {
            try RosterImport.run(planText: Self.plan, planPath: "plan.yaml", workbooks: [try Self.sessions(csv)], prune: false)
        }
        #expect(
            errors.issues.map(\.description) == [
                "sessions.csv:B2: error: title: the row gives the text for every language and also in 'title kk' (sessions.csv:C2)\n"
                    + "  hint: Empty one of them: 'title' holds one text for every language, 'title kk' and the like one per language."
            ])
    }

    @Test func rostersOfAMultilingualPlanHaveAColumnPerLanguage() throws {
        let document = try PlanLoader.load(text: Self.plan, path: "plan.yaml", baseURL: URL(fileURLWithPath: "/tmp"))
        let books = RosterWorkbooks.documents(document.plan)
        let sessions = try #require(books.first { $0.file == "sessions.xlsx" }?.document.sheets.first)
        let header = sessions.rows[0].map { $0?.value.text }
        #expect(Array(header.prefix(3)) == ["session", "title", "title kk"])
        #expect(header.contains("title ru") && header.contains("description kk") && header.contains("notes ru"))
        let titles = sessions.rows.dropFirst().map { row in [1, 2, 3].map { row[$0]?.value.text } }
        #expect(titles == [["Opening", nil, nil], [nil, "Панель", "Панель"]])
    }
}
