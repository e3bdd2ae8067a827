import Foundation
import Yams

extension ScheduleFile {
    /// Reads a schedule file; throws ``PlanErrors`` listing every problem with its file:line:column
    /// (the file named by the URL's relative path, as the user typed it).
    public static func read(contentsOf url: URL) throws(PlanErrors) -> Schedule {
        let path = url.relativePath
        let node = try YAMLSource.compose(contentsOf: url, displayPath: path)
        return try decode(node: node, path: path)
    }

    /// Parses schedule text; `path` is only used in diagnostics. Throws ``PlanErrors``.
    public static func decode(_ text: String, path: String) throws(PlanErrors) -> Schedule {
        try decode(node: YAMLSource.compose(text: text, file: path), path: path)
    }

    private static func decode(node: Node, path: String) throws(PlanErrors) -> Schedule {
        let log = DiagnosticLog(file: path)
        let reader = NodeReader(log: log)
        let schedule = decodeRoot(node, reader)
        if let errors = log.errors() { throw errors }
        guard let schedule else { throw PlanErrors([Diagnostic(location: log.location(of: node), message: "the schedule could not be read")]) }
        return schedule
    }

    private static func decodeRoot(_ node: Node, _ reader: NodeReader) -> Schedule? {
        guard let root = reader.mapping(node, "the schedule file", keys: ["forum", "score", "feasible", "assignments", "unplaced"]) else {
            return nil
        }
        let forum = root.required("forum", hint: "Add `forum: <forum id>`; `forumplan solve` writes it.").flatMap { reader.id($0, "forum") }
        var score: Score? = nil
        if let node = root["score"], let fields = reader.mapping(node, "`score`", keys: ["hard", "medium", "soft"]) {
            let bound = 0...Int(Int32.max)
            let hard = fields.required("hard").flatMap { reader.int($0, "score.hard", in: bound) }
            let medium = fields["medium"].flatMap { reader.int($0, "score.medium", in: bound) } ?? 0
            let soft = fields.required("soft").flatMap { reader.int($0, "score.soft", in: bound) }
            if let hard, let soft { score = Score(hard: hard, medium: medium, soft: soft) }
        }
        if let node = root["feasible"] { _ = reader.bool(node, "feasible") }
        let assignments = root["assignments"].flatMap { reader.list($0, "assignments") }?.compactMap { assignment($0, reader) } ?? []
        let unplaced = root["unplaced"].flatMap { reader.list($0, "unplaced") }?.compactMap { unplacedEntry($0, reader) } ?? []
        guard let forum else { return nil }
        return Schedule(forumID: forum, assignments: assignments, unplaced: unplaced, score: score)
    }

    private static func occurrenceID(_ fields: MappingFields, _ reader: NodeReader) -> OccurrenceID? {
        let session = fields.required("session").flatMap { reader.id($0, "session") }
        let run = fields["occurrence"].flatMap { reader.int($0, "occurrence", in: 1...1_000_000) }
        let section = fields["section"].flatMap { reader.int($0, "section", in: 1...1_000_000) }
        let badRun = fields.has("occurrence") && run == nil, badSection = fields.has("section") && section == nil
        guard let session, !badRun, !badSection else { return nil }
        return OccurrenceID(session: session, run: run, section: section)
    }

    private static func assignment(_ node: Node, _ reader: NodeReader) -> Assignment? {
        let keys = ["session", "occurrence", "section", "date", "start", "end", "room", "trainers"]
        guard let fields = reader.mapping(node, "an assignment", keys: keys) else { return nil }
        let id = occurrenceID(fields, reader)
        let date = fields.required("date").flatMap { reader.date($0, "date") }
        let start = fields.required("start").flatMap { reader.time($0, "start") }
        let end = fields.required("end").flatMap { reader.time($0, "end") }
        let room = fields["room"].flatMap { reader.id($0, "room") }
        let trainers = fields["trainers"].map { reader.ids($0, "trainers").map(\.id) } ?? []
        if let start, let end, end <= start, let endNode = fields["end"] {
            reader.log.error(
                "`end` \(end) is not after `start` \(start)", at: endNode,
                hint: "An assignment ends after it starts on the same day; check both times.")
            return nil
        }
        guard let id, let date, let start, let end, !(fields.has("room") && room == nil) else { return nil }
        return Assignment(id: id, date: date, start: start, end: end, room: room, trainers: trainers)
    }

    private static func unplacedEntry(_ node: Node, _ reader: NodeReader) -> Unplaced? {
        guard let fields = reader.mapping(node, "an unplaced entry", keys: ["session", "occurrence", "section", "reason"]) else { return nil }
        let id = occurrenceID(fields, reader)
        let reason = fields["reason"].flatMap { reader.text($0, "reason") } ?? ""
        guard let id else { return nil }
        return Unplaced(id: id, reason: reason)
    }
}
