import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumSolver

extension ForumPlan {
    /// `forumplan check PLAN SCHEDULE`: every conflict of any schedule, in words.
    struct Check: ParsableCommand {
        /// Report formats of `check`.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv
        }

        /// The levels `--only` can pick.
        enum Level: String, ExpressibleByArgument, CaseIterable {
            case hard, medium, soft
        }

        static let configuration = CommandConfiguration(
            abstract: "Check any schedule (ours, a spreadsheet .csv or .xlsx, or a calendar .ics) against a plan.",
            discussion: """
                Reads the plan with its busy and holiday calendars and the schedule, and reports every \
                violation of every catalogue constraint at the plan's level, grouped by constraint, hard \
                first, each with a sentence naming who and what collide and when; the score line \
                'Nhard/Msoft'; the plan's sessions missing from the schedule; and the rows matching no \
                session, with the row number and the nearest id as a hint. The schedule file is never changed.

                SCHEDULE by extension: .csv, a spreadsheet with a header row naming the columns \
                session,occurrence,section,date,start,end,room,trainers in any order (occurrence, \
                section, room and trainers optional; trainers separated by ';'; dates YYYY-MM-DD or \
                DD.MM.YYYY; comma or semicolon delimiter) as 'forumplan export --format csv' writes it; \
                .xlsx, a workbook whose Occurrences sheet (or first sheet with those columns) is read the same \
                way, as 'forumplan export --format xlsx' writes it; \
                .ics, a calendar whose events are matched by our UIDs, else by SUMMARY (session title), \
                rooms by LOCATION (room name or id), trainers by ATTENDEE (e-mail or name) or from the \
                plan, times converted to the forum's time zone; anything else, a schedule YAML file.

                --suggest proposes, for each hard violation, up to three repairs found with everything \
                else pinned: moving one of the occurrences involved to another start or room, or giving \
                it another pool trainer who is free then.

                Exit status: 0 no hard violation, 1 hard violations (or sessions missing), 2 unreadable \
                plan, calendar or schedule (each bad row named) or usage, 3 internal error.

                Examples:
                  forumplan check examples/taldykorgan-conference.yaml timetable.csv
                  forumplan check plan.yaml schedule.yaml --only hard --suggest
                  forumplan check plan.yaml shared-calendar.ics --format json | jq '.score'
                  forumplan check plan.yaml timetable.csv --format csv > conflicts.csv
                  forumplan check plan.yaml timetable.xlsx

                JSON output (stdout): {"score": {"hard", "medium", "soft"}, "violations": [{"constraint", \
                "level" ("hard", "medium" or "soft"), "penalty", "message", "sessions" (occurrence ids), \
                "trainers", "rooms", "groups" (ids), "date" (YYYY-MM-DD), "start", "end" (ISO 8601 date-time \
                with the forum's UTC offset); date/start/end null when not about one day/time; the same \
                keys as 'solve'; and with \
                --suggest "repairs": [{"occurrence", "description", "score": {"hard", "medium", "soft"}}]}], \
                "unmatched": [{"origin" (e.g. "row 7", "event 3"), "session" (as written), "reason", \
                "hint" (or null)}], "missing": [occurrence ids]}.
                CSV output columns: constraint,level,penalty,message,sessions,trainers,rooms,groups,start,end \
                (lists separated by ';').
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Argument(help: "The schedule: our YAML, a .csv or .xlsx spreadsheet, or an .ics calendar.")
        var schedule: String

        @Option(help: "Report format: text, json or csv.")
        var format: Format = .text

        @Option(help: ArgumentHelp("Show only the violations of this level: hard, medium or soft (the score stays complete).", valueName: "level"))
        var only: Level?

        @Flag(
            help:
                "Under each hard violation, the single changes that remove it (another time or room, another free pool trainer), best resulting score first (the file is not changed)."
        )
        var suggest = false

        func run() throws {
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            for warning in document.warnings { printError(warning.description) }
            let resolved = try resolvedPlan(document, path: plan)
            let matched = try ScheduleInput.load(schedule, plan: resolved)
            let problem = Problem(resolved)
            let (score, shown) = evaluate(matched.schedule, against: problem, showing: only.map { [ConstraintLevel(rawValue: $0.rawValue)!] })
            var repairs: [[Repair]] = []
            if suggest {
                var search = RepairSearch(schedule: matched.schedule, problem: problem)
                repairs = shown.map { $0.level == .hard ? search.repairs(for: $0) : [] }
            }
            let report = CheckReport(
                path: schedule, plan: resolved, score: score, violations: shown, repairs: repairs,
                unmatched: matched.unmatched, missing: matched.missing)
            switch format {
            case .text: print(report.text(colour: Terminal.current().colour))
            case .json: print(report.json())
            case .csv:
                print(report.csv(), terminator: "")
                for line in report.unmatchedAndMissingLines() { printError(line) }
            }
            if score.hard > 0 { throw ExitStatus.hardConflicts }
        }
    }
}
