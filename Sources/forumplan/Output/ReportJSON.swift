import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumReports
import ForumSolver

/// What `report --format json` prints.
struct ReportJSON: Encodable {
    var out: String
    var index: String
    var pages: Int
    var written: [String]
    var unchanged: Int
    var removed: [String]
    var bytes: Int
    var score: Score
    var violations: Int

    init(out: String, written: ForumPlan.Report.Written) {
        self.out = out
        index = (out as NSString).appendingPathComponent("index.html")
        pages = written.pages
        self.written = written.result.written
        unchanged = written.result.unchanged
        removed = written.result.removed
        bytes = written.result.bytes
        score = written.score
        violations = written.violations
    }

    func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
