import Foundation
import Testing
@testable import ForumModel

@Suite struct PlanLoaderTests {
    @Test func loadsTheMinimalExample() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../examples/minimal.yaml").standardizedFileURL
        let document = try PlanLoader.load(contentsOf: url)
        #expect(document.plan.sessions.count == 3)
        #expect(document.plan.occurrences().count == 4)
        #expect(document.warnings.map(\.description) == [])
    }
}
