import ArgumentParser
import Foundation
import ForumModel

/// What `validate --format json` prints.
struct ValidationReport: Encodable {
    var file: String
    var summary: PlanSummary?
    var diagnostics: [Diagnostic]

    private enum CodingKeys: String, CodingKey {
        case file, valid, sessions, occurrences, rooms, trainers, groups, diagnostics
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(summary != nil, forKey: .valid)
        try container.encode(summary?.sessions ?? 0, forKey: .sessions)
        try container.encode(summary?.occurrences ?? 0, forKey: .occurrences)
        try container.encode(summary?.rooms ?? 0, forKey: .rooms)
        try container.encode(summary?.trainers ?? 0, forKey: .trainers)
        try container.encode(summary?.groups ?? 0, forKey: .groups)
        try container.encode(diagnostics, forKey: .diagnostics)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
