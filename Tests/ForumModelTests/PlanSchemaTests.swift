import Foundation
import Testing
@testable import ForumModel

/// docs/plan.schema.json is what ``PlanSchema`` builds from the decoder's keys, kinds, constraint ids
/// and limits; `make test` also validates every example and broken fixture against it (scripts/check-schema.py).
@Suite struct PlanSchemaTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/plan.schema.json")

    @Test func committedSchemaIsTheDecoders() throws {
        let generated = PlanSchema.json()
        if ProcessInfo.processInfo.environment["UPDATE_SCHEMA"] != nil {
            try generated.write(to: Self.file, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(committed == generated, "docs/plan.schema.json is out of date: run UPDATE_SCHEMA=1 swift test --filter PlanSchemaTests")
    }

    @Test func everyDecoderKeyIsInTheSchema() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(PlanSchema.json().utf8)) as? [String: Any])
        func keys(_ object: Any?) -> Set<String> { Set(((object as? [String: Any])?["properties"] as? [String: Any])?.keys ?? [:].keys) }
        let properties = schema["properties"] as? [String: Any]
        #expect(keys(schema) == Set(PlanDecoder.rootKeys))
        #expect(keys(properties?["forum"]) == Set(PlanDecoder.forumKeys))
        let session = (properties?["sessions"] as? [String: Any])?["items"]
        #expect(keys(session) == Set(PlanDecoder.sessionKeys))
        #expect(keys(properties?["constraints"]) == Set(ConstraintID.allCases.map(\.rawValue)))
    }
}
