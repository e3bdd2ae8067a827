import Foundation
import Testing
@testable import ForumSheets

/// docs/import.md names every header the importer accepts, so organizers can rely on the table.
@Suite struct ImportDocTests {
    @Test func everyHeaderIsDocumented() throws {
        let doc = try String(contentsOf: RoundTripTests.root.appendingPathComponent("docs/import.md"), encoding: .utf8)
        for kind in RosterKind.allCases {
            let section = try #require(
                doc.components(separatedBy: "### \(kind.rawValue)\n").dropFirst().first?
                    .components(separatedBy: "\n\n").first, "docs/import.md has no table for \(kind.rawValue)")
            for column in kind.columns {
                let line = try #require(
                    section.split(separator: "\n").first { $0.hasPrefix("| `\(column.key)` ") && $0.contains("`\(column.headers[0])`") },
                    "docs/import.md has no row for \(kind.rawValue) column \(column.key)")
                for header in column.headers { #expect(line.contains("`\(header)`"), "\(kind.rawValue).\(column.key): \(header)") }
            }
            for name in kind.sheetNames { #expect(doc.contains("`\(name)`"), "sheet name \(name)") }
        }
    }
}
