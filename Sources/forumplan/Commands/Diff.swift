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
                print(diff.text(language: language))
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
