import Foundation
import ForumModel
import Testing
@testable import ForumSheets

/// The broken-roster corpus: each file in Fixtures/broken has one defect; importing it into
/// examples/minimal.yaml must fail with exactly the messages in the `.expected` file beside it.
@Suite struct ImportErrorTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    static let minimal = RoundTripTests.root.appendingPathComponent("examples/minimal.yaml")

    static var brokenFiles: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.appendingPathComponent("broken").path)) ?? []
        return names.filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".csv") }.sorted()
    }

    /// Imports the fixture `name` (read as `name`, so messages name the bare file) into minimal.yaml.
    static func importing(_ url: URL) throws -> RosterImport.Result {
        let name = url.lastPathComponent
        let data = try Data(contentsOf: url)
        let workbook = name.hasSuffix(".csv") ? try CSVSheetReader.read(data, file: name) : try XLSXReader.read(data, file: name)
        return try RosterImport.run(
            planText: try String(contentsOf: minimal, encoding: .utf8), planPath: "minimal.yaml",
            workbooks: [workbook], prune: false)
    }

    @Test func corpusIsThere() {
        #expect(Self.brokenFiles.count >= 18)
    }

    @Test(arguments: brokenFiles)
    func brokenRoster(_ name: String) throws {
        let url = Self.fixtures.appendingPathComponent("broken/\(name)")
        let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
        var actual = ""
        do {
            _ = try Self.importing(url)
            Issue.record("\(name) imported without an error")
        } catch let error as ImportErrors {
            actual = error.issues.filter { $0.severity == .error }.map(\.description).joined(separator: "\n") + "\n"
        } catch let error as WorkbookError {
            actual = error.description + "\n"
        }
        if ProcessInfo.processInfo.environment["UPDATE_EXPECTED"] != nil {
            let source = RoundTripTests.root.appendingPathComponent("Tests/ForumSheetsTests/Fixtures/broken")
                .appendingPathComponent(expectedURL.lastPathComponent)
            try actual.write(to: source, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected)
    }
}
