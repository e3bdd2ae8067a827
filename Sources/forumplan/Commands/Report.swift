import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumReports
import ForumSolver

extension ForumPlan {
    /// `forumplan report PLAN SCHEDULE --out DIR`: the schedule as HTML pages to read and print.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the timetable as HTML pages: day grids, trainer and group pages, an overview.",
            discussion: """
                Writes self-contained HTML5 pages into DIR (inline CSS, no scripts, no web fonts; UTF-8): \
                index.html (score, violated constraints, unplaced sessions, an SVG chart of every trainer's \
                hours per day against their daily limit, links to all pages), days/<date>.html (a grid of \
                rooms, grouped by venue, against the forum's time grid, each session a block coloured by \
                kind with its title, time, trainers and groups), trainers/<id>.html (their days, hours and \
                travel between venues and towns) and groups/<id>.html. Plans with more than 40 rooms get \
                a grid page per day and venue, days/<date>/<venue>.html, and days/<date>.html lists the \
                day's venues. Grids are cut into sheets of at most 12 room columns; printed, each sheet \
                fills one A4 landscape page. Links are relative, so DIR can be opened from disk or served \
                as it is (e.g. by 'forumplan serve' or as DIR/report/ of 'forumplan export --report'). \
                Headings, dates, durations and counts are in the language of --lang; constraint ids and the \
                explanations of violations stay English, as 'check' prints them.

                The score is computed afresh from the plan (busy and holiday calendars included), so hand-made \
                schedules are reported too; hard conflicts are shown, not refused. Pages are written \
                atomically and only when their content changed; DIR/.report-pages lists them, and pages an \
                earlier report wrote that are no longer needed are removed (nothing else in DIR is touched).

                Exit status: 0 written, 2 bad plan, schedule or usage (or DIR not writable), 3 internal error.

                Examples:
                  forumplan report examples/taraz-forum.yaml taraz.schedule.yaml --out public/timetable
                  forumplan report plan.yaml schedule.yaml --out report && xdg-open report/index.html
                  forumplan report plan.yaml schedule.yaml --out report --format json | jq '.written | length'
                  forumplan report examples/taraz-forum.yaml taraz.schedule.yaml --out timetable-kk --lang kk

                JSON output (stdout): {"out", "index" (path of the overview page), "pages" (count), \
                "written" (paths of the pages whose content changed, relative to DIR), "unchanged" (count), \
                "removed" (paths), "bytes" (size of all pages), "score": {"hard", "medium", "soft"}, \
                "violations" (count)}.
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Argument(help: "The schedule file written by 'forumplan solve' (or by hand).")
        var schedule: String

        @Option(name: .long, help: "Folder to write the pages into (created when missing).")
        var out: String

        @Option(help: "Report format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var lang: LanguageOption

        func run() throws {
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            for warning in document.warnings { printError(warning.description) }
            let schedule = try ScheduleFile.read(contentsOf: URL(fileURLWithPath: self.schedule))
            let written = try Self.write(
                document: document, schedule: schedule, to: URL(fileURLWithPath: out),
                language: lang.resolved(for: document.plan))
            switch format {
            case .json:
                print(ReportJSON(out: out, written: written).text())
            case .text:
                let r = written.result
                print(
                    "\(out): \(written.pages) pages (\(Self.kilobytes(r.bytes))); \(r.written.count) written, \(r.unchanged) unchanged, \(r.removed.count) removed; score \(written.score), \(written.violations) violations"
                )
                print("Open \((out as NSString).appendingPathComponent("index.html"))")
            }
        }

        /// What writing a report did.
        struct Written {
            var pages: Int
            var result: ReportWriter.Result
            var score: Score
            var violations: Int
        }

        /// Scores `schedule` against the plan (calendars resolved) and writes the report pages in `language` into `dir`.
        /// Prints what is wrong and throws an exit status on bad input.
        static func write(document: PlanDocument, schedule: Schedule, to dir: URL, language: Language) throws -> Written {
            let plan: Plan
            do {
                plan = try PlanCalendars.resolve(document)
            } catch {
                printError(error.description)
                throw ExitStatus.badInput
            }
            let (score, violations) = evaluate(schedule, against: Problem(plan))
            let evaluation = ReportEvaluation(score: score, violations: violations)
            let report: TimetableReport
            do {
                report = try TimetableReport(plan: plan.inLanguage(language), schedule: schedule, evaluation: evaluation, language: language)
            } catch {
                printError(error.description)
                throw ExitStatus.badInput
            }
            let pages = report.pages()
            let result: ReportWriter.Result
            do {
                result = try ReportWriter.write(pages, to: dir)
            } catch {
                printError(error.description)
                throw ExitStatus.badInput
            }
            return Written(pages: pages.count, result: result, score: score, violations: violations.count)
        }

        static func kilobytes(_ bytes: Int) -> String {
            bytes < 10_000 ? "\(bytes) bytes" : bytes < 10_000_000 ? "\(bytes / 1000) kB" : "\(bytes / 1_000_000) MB"
        }
    }
}
