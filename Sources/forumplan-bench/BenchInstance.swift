import Foundation
import ForumCalendar
import ForumCTT
import ForumModel

/// One plan to benchmark and where it came from.
struct BenchInstance {
    var name: String
    var plan: Plan
    /// Best-known soft cost, for ITC-2007 instances.
    var bestKnown: Int?
    /// The ITC-2007 instance the plan was mapped from (its solutions are scored by the ITC rules).
    var ctt: CTTInstance?

    /// Loads a `.yaml` plan (busy and holiday calendars folded in) or an ITC-2007 `.ctt` instance.
    static func load(_ path: String) throws -> BenchInstance {
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent
        if url.pathExtension == "ctt" {
            let text = try String(contentsOf: url, encoding: .utf8)
            let instance = try CTTInstance(parsing: text, file: path)
            return BenchInstance(name: name, plan: instance.plan(), bestKnown: bestKnown(name, near: url), ctt: instance)
        }
        let document = try PlanLoader.load(contentsOf: url)
        return BenchInstance(name: name, plan: try PlanCalendars.resolve(document), bestKnown: nil)
    }

    /// The best-known cost from `best-known.tsv` beside the instance, if listed.
    private static func bestKnown(_ name: String, near url: URL) -> Int? {
        let table = url.deletingLastPathComponent().appendingPathComponent("best-known.tsv")
        guard let text = try? String(contentsOf: table, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count >= 2, fields[0] == name { return Int(fields[1]) }
        }
        return nil
    }
}
