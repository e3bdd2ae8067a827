import ArgumentParser
import Foundation
import ForumModel
import ForumReports

/// What `diff --format json` prints (keys documented in `forumplan diff --help`); `solve --baseline` reuses its changes.
struct DiffJSON: Encodable {
    struct Slot: Encodable {
        var date, start, end: String
        var room: String?
        var trainers: [String]

        init(_ a: Assignment) {
            (date, start, end, room, trainers) = (a.date.description, a.start.description, a.end.description, a.room, a.trainers)
        }

        private enum CodingKeys: String, CodingKey { case date, start, end, room, trainers }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(date, forKey: .date)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(room, forKey: .room) // null when no room is given
            try c.encode(trainers, forKey: .trainers)
        }
    }

    struct Change: Encodable {
        var kind, occurrence, session, title, sentence: String
        var old, new: Slot?

        private enum CodingKeys: String, CodingKey { case kind, occurrence, session, title, sentence, old, new }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(occurrence, forKey: .occurrence)
            try c.encode(session, forKey: .session)
            try c.encode(title, forKey: .title)
            try c.encode(sentence, forKey: .sentence)
            try c.encode(old, forKey: .old) // null when added
            try c.encode(new, forKey: .new) // null when cancelled
        }
    }

    struct Notice: Encodable {
        var kind, id, name, text: String
    }

    /// A course's trainer replaced for the rest of the course or for some meetings (`TrainerHandover`).
    struct Handover: Encodable {
        var session: String
        var section: Int?
        var from, to: [String]
        var runs: [Int]
        var restOfCourse: Bool
        var sentence: String

        private enum CodingKeys: String, CodingKey {
            case session, section, from, to, runs, sentence
            case restOfCourse = "rest_of_course"
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(session, forKey: .session)
            try c.encode(section, forKey: .section) // null for an unsplit course
            try c.encode(from, forKey: .from)
            try c.encode(to, forKey: .to)
            try c.encode(runs, forKey: .runs)
            try c.encode(restOfCourse, forKey: .restOfCourse)
            try c.encode(sentence, forKey: .sentence)
        }
    }

    var changes: [Change]
    var notices: [Notice]
    var handovers: [Handover]

    /// The changes with their sentences in `language`, and `notices`.
    init(diff: ScheduleDiff, notices: [Notice], language: Language) {
        changes = diff.changes.map { c in
            Change(
                kind: c.kind.rawValue, occurrence: c.id.description, session: c.id.session,
                title: diff.plan.sessions.first { $0.id == c.id.session }?.title ?? c.id.session,
                sentence: diff.sentence(for: c, language: language), old: c.old.map(Slot.init), new: c.new.map(Slot.init))
        }
        self.notices = notices
        handovers = diff.handovers.map { h in
            Handover(
                session: h.session, section: h.section, from: h.from, to: h.to, runs: h.runs,
                restOfCourse: h.restOfCourse, sentence: diff.sentence(for: h, language: language))
        }
    }

    func text() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
