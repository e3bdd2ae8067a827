import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumReports
import ForumSheets
import ForumSolver

/// What `export --format json` prints.
struct ExportJSON: Encodable {
    struct Events: Encodable { var added, rescheduled, edited, cancelled: Int }
    struct TrainerFeed: Encodable { var trainer, path: String }
    var out: String
    var state: String
    var feeds: Int
    var written: [String]
    var unchanged: Int
    var removed: [String]
    var events: Events
    var trainer_feeds: [TrainerFeed]
    var report: Timetable?

    struct Timetable: Encodable {
        var index: String
        var pages: Int
        var written: [String]
        var removed: [String]
    }

    init(report: ExportReport, out: String, trainerFeeds: [(trainer: String, path: String)], timetable: ForumPlan.Report.Written?) {
        self.out = out
        state = report.stateFolder.path
        feeds = report.feeds.count
        written = report.written
        unchanged = report.unchanged
        removed = report.removed
        events = Events(added: report.added, rescheduled: report.rescheduled, edited: report.edited, cancelled: report.cancelled)
        trainer_feeds = trainerFeeds.map { TrainerFeed(trainer: $0.trainer, path: $0.path) }
        self.report = timetable.map {
            Timetable(index: ForumPlan.Export.reportFolder + "/index.html", pages: $0.pages, written: $0.result.written, removed: $0.result.removed)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case out, state, feeds, written, unchanged, removed, events, trainer_feeds, report
    }

    /// Writes every key, `report` as null when no timetable was written.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(out, forKey: .out)
        try c.encode(state, forKey: .state)
        try c.encode(feeds, forKey: .feeds)
        try c.encode(written, forKey: .written)
        try c.encode(unchanged, forKey: .unchanged)
        try c.encode(removed, forKey: .removed)
        try c.encode(events, forKey: .events)
        try c.encode(trainer_feeds, forKey: .trainer_feeds)
        try c.encode(report, forKey: .report)
    }

    func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
