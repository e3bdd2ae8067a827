import ArgumentParser
import Foundation
import ForumModel
import ForumReports

extension ForumPlan {
    /// `forumplan diff PLAN OLD NEW`: what changed between two versions of a schedule, in words.
    struct Diff: ParsableCommand {
        /// Whom `--per` writes one notice to.
        enum Reader: String, ExpressibleByArgument, CaseIterable {
            case trainer, group
        }

        static let configuration = CommandConfiguration(
            abstract: "Announce what changed between two versions of a schedule.",
            discussion: """
                Compares OLD and NEW occurrence by occurrence and writes one sentence per change, fit for \
                an announcement to participants: cancelled, moved (old → new time and room), re-staffed \
                and added sessions, in that order. With --per trainer or --per group, one "your changes" \
                notice per trainer or group concerned, ready to send. Sentences and notices are in the \
                language of --lang; without it, each trainer's notice is in the trainer's first language \
                (of kk, ru, en) and the rest in the forum's default language. OLD and NEW may each be our \
                schedule YAML, a .csv or .xlsx spreadsheet or an .ics calendar (see 'forumplan check --help').

                Exit status: 0 compared (whether or not anything changed), 2 unreadable plan or schedule \
                or usage, 3 internal error.

                Examples:
                  forumplan diff plan.yaml schedule-v1.yaml schedule-v2.yaml
                  forumplan diff plan.yaml published.yaml edited.csv --per trainer
                  forumplan diff plan.yaml old.yaml new.yaml --per group --format json | jq '.notices[0].text'
                  forumplan diff plan.yaml schedule-v1.yaml schedule-v2.yaml --per group --lang ru

                JSON output (stdout): {"changes": [{"kind" ("cancelled", "moved", "restaffed" or "added"), \
                "occurrence", "session", "title", "sentence", "old", "new" (each {"date", "start", "end", \
                "room", "trainers"} or null)}], "notices": [{"kind" ("trainer" or "group"), "id", "name", \
                "text"}] (empty without --per), "handovers": [{"session", "section" (null unless split), \
                "from", "to" (trainer ids), "runs", "rest_of_course" (true: the new trainers lead every \
                later meeting; false: a cover for these meetings only), "sentence"}]}.
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Argument(help: "The earlier schedule (YAML, .csv, .xlsx or .ics).")
        var old: String

        @Argument(help: "The later schedule (YAML, .csv, .xlsx or .ics).")
        var new: String

        @Option(help: ArgumentHelp("One notice per trainer or per group instead of one list.", valueName: "trainer|group"))
        var per: Reader?

        @Option(help: "Report format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var lang: LanguageOption

        func run() throws {
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            for warning in document.warnings { printError(warning.description) }
            let plan = document.plan
            let before = try ScheduleInput.load(old, plan: plan)
            let after = try ScheduleInput.load(new, plan: plan)
            for (path, result) in [(old, before), (new, after)] { ScheduleInput.warnUnmatched(result, path: path) }
            let language = lang.resolved(for: plan)
            let diff = ScheduleDiff(plan: plan.inLanguage(language), old: before.schedule, new: after.schedule)
            let notices = per.map { self.notices(diff, $0, language, plan: plan, old: before.schedule, new: after.schedule) } ?? []
            switch format {
            case .json:
                print(DiffJSON(diff: diff, notices: notices, language: language).text())
            case .text where per == nil:
                let sentences =
                    diff.changes.map { diff.sentence(for: $0, language: language) }
                    + diff.handovers.map { diff.sentence(for: $0, language: language) }
                print(diff.isEmpty ? "No changes." : sentences.joined(separator: "\n"))
            case .text:
                print(notices.isEmpty ? "No changes concern any \(per!.rawValue)." : notices.map(\.text).joined(separator: "\n"))
            }
        }

        /// One notice per trainer or group (plan order) that the changes concern; a trainer's in their first
        /// language unless --lang names one (the diff is then compared again with the plan read in it).
        private func notices(
            _ diff: ScheduleDiff, _ reader: Reader, _ language: Language,
            plan: Plan, old: Schedule, new: Schedule
        ) -> [DiffJSON.Notice] {
            switch reader {
            case .trainer:
                var diffs: [Language: ScheduleDiff] = [language: diff]
                return plan.trainers.compactMap { trainer in
                    let own = lang.language ?? trainer.languages.first.flatMap(Language.init(rawValue:)) ?? language
                    if diffs[own] == nil { diffs[own] = ScheduleDiff(plan: plan.inLanguage(own), old: old, new: new) }
                    let diff = diffs[own]!
                    let name = trainer.localizedName.text(in: own)
                    return diff.notice(to: name, changes: diff.changes(forTrainer: trainer.id), language: own)
                        .map { DiffJSON.Notice(kind: "trainer", id: trainer.id, name: name, text: $0) }
                }
            case .group:
                return diff.plan.groups.compactMap { g in
                    diff.notice(to: g.name, changes: diff.changes(forGroup: g.id), language: language)
                        .map { DiffJSON.Notice(kind: "group", id: g.id, name: g.name, text: $0) }
                }
            }
        }
    }
}

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
