import Foundation
import Testing
@testable import ForumSheets

/// Merging keeps what the rosters do not cover: comments, hand-written keys, untouched entries.
@Suite struct PlanMergerTests {
    static let plan = """
        forum: {id: f, title: "F", time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: "09:00", end: "17:00"}}
        venues:
          - id: school
            rooms:
              - {id: hall, capacity: 100}   # the big one
        trainers:
          # NIS trainers
          - id: abisheva
            name: "Aigul Abisheva"   # call before noon
            languages: [kk]
            unavailable: ["2026-03-02 09:00-10:00"]
          # Bilim-innovation
          - {id: berik, name: "Berik", languages: [ru]}
        sessions:
          - {id: opening, title: "Opening", duration: 1h, trainers: [abisheva], notes: "Bring badges"}
        constraints:
          late-finish: off   # we finish at five anyway

        """

    static func trainers(_ rows: String) throws -> Workbook {
        try CSVSheetReader.read(Data(("trainer,name,languages\n" + rows).utf8), file: "trainers.csv")
    }

    @Test func aChangedBlockEntryKeepsItsOtherKeys() throws {
        let result = try RosterImport.run(
            planText: Self.plan, planPath: "plan.yaml",
            workbooks: [try Self.trainers("abisheva,Aigul Abisheva,\"kk, ru\"\nberik,Berik,ru\n")], prune: false)
        #expect(
            result.text
                == Self.plan.replacingOccurrences(
                    of: """
                          - id: abisheva
                            name: "Aigul Abisheva"   # call before noon
                            languages: [kk]
                            unavailable: ["2026-03-02 09:00-10:00"]
                        """,
                    with: """
                          - id: abisheva
                            name: "Aigul Abisheva"
                            languages: [kk, ru]
                            unavailable: ["2026-03-02 09:00-10:00"]
                        """))
        #expect(result.changes.map(\.action) == [.changed, .unchanged])
    }

    @Test func newEntriesFollowTheirNeighboursAndMissingOnesAreKeptOrPruned() throws {
        let kept = try RosterImport.run(
            planText: Self.plan, planPath: "plan.yaml",
            workbooks: [try Self.trainers("berik,Berik,ru\naigerim,Aigerim Sadykova,kk\n")], prune: false)
        #expect(
            kept.text
                == Self.plan.replacingOccurrences(
                    of: """
                          - {id: berik, name: "Berik", languages: [ru]}

                        """,
                    with: """
                          - {id: berik, name: "Berik", languages: [ru]}
                          - {id: aigerim, name: "Aigerim Sadykova", languages: [kk]}

                        """))
        #expect(kept.changes.map(\.action) == [.kept, .unchanged, .added])

        // Pruning abisheva fails: the opening names her, and nothing is written.
        #expect(throws: ImportErrors.self) {
            try RosterImport.run(
                planText: Self.plan, planPath: "plan.yaml",
                workbooks: [try Self.trainers("berik,Berik,ru\n")], prune: true)
        }
    }
}

/// Positions in the merged plan are traced back to the keys (and so the cells) that wrote them.
@Suite struct RosterCellLocatorTests {
    @Test func keyPaths() {
        let flow = #"  - {id: x, title: "a: b", pool: {count: 5, skills: [y]}}"#
        #expect(RosterCellLocator.keyPath(flow, column: flow.distance(from: flow.startIndex, to: flow.firstIndex(of: "5")!) + 1) == ["pool", "count"])
        #expect(RosterCellLocator.keyPath("    duration: 45m", column: 15) == ["duration"])
        #expect(RosterCellLocator.keyPath("    home_venue: school-1", column: 17) == ["home_venue"])
    }
}
