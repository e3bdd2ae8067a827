import ArgumentParser
import Foundation
import ForumModel
import ForumSheets

/// What `import --format json` prints.
struct ImportReport: Encodable {
    var plan: String
    var written: Bool
    var summary: PlanSummary?
    var changes: [ImportChange]
    var diagnostics: [ImportIssue]

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
