import Foundation
import Yams

/// Reads and writes the schedule file (`forumplan solve` writes it; `check`, `export` and `agenda` read it).
///
/// The layout is fixed so that the same schedule always gives the same bytes:
/// ```yaml
/// forum: taraz-2019
/// score: {hard: 0, soft: 120}
/// feasible: true
/// assignments:
/// - session: course
///   occurrence: 3
///   date: 2019-11-14
///   start: "14:00"
///   end: "15:30"
///   room: room-101
///   trainers: [berdibekova]
/// unplaced:
/// - {session: gala, reason: no room has the feature 'stage' and capacity 500}
/// ```
/// `score` and `feasible` are left out when unknown, `occurrence`/`section`/`room` when nil,
/// `medium` when zero; `unplaced` is always written (`[]` when empty). Assignments and unplaced
/// occurrences are sorted by session id, run and section.
public enum ScheduleFile {
    /// The schedule as YAML text; `feasible` defaults to "the score has no hard points and nothing is unplaced".
    public static func encode(_ schedule: Schedule, feasible: Bool? = nil) -> String {
        var root: [(Node, Node)] = [(key("forum"), plain(schedule.forumID))]
        if let score = schedule.score {
            var pairs = [(key("hard"), plain(String(score.hard)))]
            if score.medium != 0 { pairs.append((key("medium"), plain(String(score.medium)))) }
            pairs.append((key("soft"), plain(String(score.soft))))
            root.append((key("score"), .mapping(.init(pairs, .implicit, .flow))))
        }
        if let isFeasible = feasible ?? schedule.score.map({ $0.isFeasible && schedule.unplaced.isEmpty }) {
            root.append((key("feasible"), plain(isFeasible ? "true" : "false")))
        }
        root.append((key("assignments"), .sequence(.init(schedule.assignments.sorted { $0.id < $1.id }.map(node(for:)), .implicit, .block))))
        root.append((key("unplaced"), .sequence(.init(schedule.unplaced.sorted { $0.id < $1.id }.map(node(for:)), .implicit, .block))))
        let document = Node.mapping(.init(root, .implicit, .block))
        do {
            return try Yams.serialize(node: document, indent: 2, width: -1, allowUnicode: true)
        } catch {
            preconditionFailure("emitting a schedule of plain scalars cannot fail: \(error)")
        }
    }

    /// Writes the schedule atomically (readers never see half a file; unchanged content is not rewritten).
    public static func write(_ schedule: Schedule, to url: URL, feasible: Bool? = nil) throws {
        try AtomicFile.write(encode(schedule, feasible: feasible), to: url)
    }

    private static func node(for assignment: Assignment) -> Node {
        var pairs = occurrencePairs(assignment.id)
        pairs.append((key("date"), plain(assignment.date.description)))
        pairs.append((key("start"), quoted(assignment.start.description)))
        pairs.append((key("end"), quoted(assignment.end.description)))
        if let room = assignment.room { pairs.append((key("room"), plain(room))) }
        pairs.append((key("trainers"), .sequence(.init(assignment.trainers.map(plain), .implicit, .flow))))
        return .mapping(.init(pairs, .implicit, .block))
    }

    private static func node(for unplaced: Unplaced) -> Node {
        var pairs = occurrencePairs(unplaced.id)
        pairs.append((key("reason"), plain(unplaced.reason)))
        return .mapping(.init(pairs, .implicit, .flow))
    }

    private static func occurrencePairs(_ id: OccurrenceID) -> [(Node, Node)] {
        var pairs = [(key("session"), plain(id.session))]
        if let run = id.run { pairs.append((key("occurrence"), plain(String(run)))) }
        if let section = id.section { pairs.append((key("section"), plain(String(section)))) }
        return pairs
    }

    private static func key(_ text: String) -> Node { .scalar(.init(text, .implicit, .plain)) }

    /// A scalar the emitter writes plain when that reads back as the same string, quoted otherwise.
    private static func plain(_ text: String) -> Node { .scalar(.init(text, .implicit, .any)) }

    private static func quoted(_ text: String) -> Node { .scalar(.init(text, .implicit, .doubleQuoted)) }
}
