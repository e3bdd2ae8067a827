import ArgumentParser
import Foundation
import ForumCalendar
import ForumModel
import ForumReports
import ForumSheets
import ForumSolver

extension ForumPlan {
    /// `forumplan export PLAN SCHEDULE --out DIR`: publishes a schedule as iCalendar feeds.
    struct Export: ParsableCommand {
        /// `text` and `json` publish feeds and say so in that format; `csv` writes the schedule as one spreadsheet.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, csv, xlsx
        }

        static let configuration = CommandConfiguration(
            abstract: "Publish a schedule as iCalendar feeds (forum, groups, sections, rooms, venues, trainers).",
            discussion: """
                Writes into DIR: forum.ics, groups/<id>.ics, sections/<session>-<n>.ics, rooms/<id>.ics, \
                venues/<id>.ics, private trainers/<token>/<id>.ics and index.html (public feeds only, with \
                webcal:// subscribe links). The publication state is kept outside DIR, so that copying DIR \
                to a web server never publishes it: in DIR.forumplan/ beside it (or the folder --state \
                names), owner-only, with manifest.json (what was published, with SEQUENCE numbers) and \
                tokens.json (every trainer's private token). Keep that folder private and keep it: it makes \
                moved sessions move in subscribers' calendars instead of appearing twice, and removed ones \
                show as cancelled for 30 days. A DIR/.forumplan/ left by an earlier version is moved there \
                (with a note). Files are written atomically; an export with no change rewrites nothing. See \
                docs/calendars.md. The words around the plan's texts (DESCRIPTION labels, "meeting 1 of 8", \
                index.html, the timetable) are in the language of --lang (docs/languages.md). A forum with \
                several languages (forum.languages) publishes every public feed per language: the default \
                (or --lang) under the names above, each other language as <name>.<code>.ics (groups/<id>.ru.ics), \
                with index.<code>.html per language; trainers' feeds are in each trainer's first language.

                With --report, the HTML timetable of 'forumplan report' is written into DIR/report/ as well \
                and index.html links it (report/index.html); without it, index.html links no timetable (an \
                earlier DIR/report/ is left alone, with a note on stderr). See docs/reports.md.

                --format csv writes no feeds: it writes the schedule to the file --out names as a \
                spreadsheet with the columns session,occurrence,section,date,start,end,room,trainers \
                (trainers separated by ';'), which 'forumplan check' and 'forumplan diff' read back.

                --format xlsx writes no feeds: it writes the timetable to the .xlsx file --out names, for \
                printing — a sheet per day (a room × time grid, each session a merged cell over its duration, \
                frozen headings, landscape A4 with the print area set), an Occurrences sheet with the CSV's \
                columns (which 'check' and 'diff' read back) and a sheet per venue listing its trainers' sessions.

                Exit status: 0 written, 2 bad plan, schedule or usage, 3 internal error, 130 stopped by Ctrl-C \
                (every file written is complete; run the export again to finish).

                Examples:
                  forumplan export plan.yaml schedule.yaml --out public/feeds
                  forumplan export plan.yaml schedule.yaml --out public/feeds --base-url https://forum.example.kz/feeds
                  forumplan export plan.yaml schedule.yaml --out public/feeds --revoke-token abisheva
                  forumplan export plan.yaml schedule.yaml --out public/feeds --report
                  forumplan export plan.yaml schedule.yaml --out public/feeds-ru --report --lang ru
                  forumplan export plan.yaml schedule.yaml --out /var/www/feeds --state ~/forum-state
                  forumplan export plan.yaml schedule.yaml --out feeds --format json | jq '.trainer_feeds'
                  forumplan export plan.yaml schedule.yaml --format csv --out timetable.csv
                  forumplan export plan.yaml schedule.yaml --format xlsx --out timetable.xlsx

                JSON output (stdout): {"out", "state" (the state folder), "feeds" (count), "written" (paths), "unchanged" (count), \
                "removed" (paths), "events": {"added", "rescheduled", "edited", "cancelled"}, \
                "trainer_feeds": [{"trainer", "path"}], "report": null, or with --report {"index" (path \
                relative to DIR), "pages" (count), "written" (paths relative to DIR/report), "removed" (paths)}}.
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Argument(help: "The schedule file written by 'forumplan solve'.")
        var schedule: String

        @Option(name: .long, help: "Folder to publish into (created when missing); with --format csv or xlsx, the file to write.")
        var out: String

        @Option(name: .long, help: "Public address of the folder, for absolute webcal:// links in index.html.")
        var baseURL: String?

        @Option(name: .long, help: "Give this trainer a new private-feed token and remove the old folder (repeatable).")
        var revokeToken: [String] = []

        @Option(name: .long, help: "How often clients should refresh the feeds (REFRESH-INTERVAL), e.g. 30m, 1h.")
        var refresh: String = "1h"

        @Option(
            name: .long, help: "Private folder for the publication state (tokens, manifest), outside DIR (default: beside DIR, named DIR.forumplan).")
        var state: String?

        @Flag(name: .long, help: "Also write the HTML timetable into DIR/report/ and link it from index.html.")
        var report = false

        @Option(help: "text or json: publish feeds and report in that format; csv or xlsx: write the schedule as a CSV file or a workbook.")
        var format: Format = .text

        @OptionGroup var lang: LanguageOption

        /// The folder inside DIR that --report writes the timetable into.
        static let reportFolder = "report"

        func validate() throws {
            guard DurationText.minutes(refresh) != nil else {
                throw ValidationError("Please give '--refresh' as a duration such as 30m, 1h or 1h30m.")
            }
            if format == .csv || format == .xlsx, baseURL != nil || !revokeToken.isEmpty || report || state != nil || lang.language != nil {
                throw ValidationError(
                    "'--base-url', '--revoke-token', '--state', '--report' and '--lang' are about feeds; --format \(format.rawValue) writes only the \(format == .csv ? "CSV file" : "workbook")."
                )
            }
        }

        func run() throws {
            let stop = CancellationFlag()
            let interrupt = InterruptHandler("Stopping after the feed being written (Ctrl-C again to abort).") { stop.cancel() }
            defer { withExtendedLifetime(interrupt) {} }
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            for warning in document.warnings { printError(warning.description) }
            let schedule = try ScheduleFile.read(contentsOf: URL(fileURLWithPath: self.schedule))
            if format == .csv {
                try AtomicFile.write(ScheduleCSV.encode(schedule), to: URL(fileURLWithPath: out))
                print("\(out): \(schedule.assignments.count) rows written")
                return
            }
            if format == .xlsx {
                let workbook = TimetableWorkbook.document(plan: document.plan, schedule: schedule)
                try AtomicFile.write(XLSXWriter.data(workbook), to: URL(fileURLWithPath: out))
                print("\(out): \(workbook.sheets.count) sheets, \(schedule.assignments.count) occurrences written")
                return
            }
            let dir = URL(fileURLWithPath: out)
            let language = lang.resolved(for: document.plan)
            // The timetable first, so that index.html never links a page that is not there yet.
            let timetable =
                self.report
                ? try ForumPlan.Report.write(
                    document: document, schedule: schedule, to: dir.appendingPathComponent(Self.reportFolder),
                    language: language)
                : nil
            if timetable == nil,
                FileManager.default.fileExists(atPath: dir.appendingPathComponent(Self.reportFolder + "/index.html").path)
            {
                printError(
                    "note: \((out as NSString).appendingPathComponent(Self.reportFolder))/ holds an earlier timetable that index.html no longer links; pass --report to refresh it, or remove the folder."
                )
            }
            let options = ExportOptions(
                policy: PublicationPolicy(refreshMinutes: DurationText.minutes(refresh) ?? 60),
                baseURL: baseURL, revokeTokens: revokeToken,
                reportLink: timetable == nil ? nil : Self.reportFolder + "/index.html",
                stateFolder: state.map { URL(fileURLWithPath: $0) }, language: language)
            let report: ExportReport
            do {
                try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
                report = try FeedExporter.export(
                    plan: document.plan, schedule: schedule, to: dir, options: options, now: Date(),
                    shouldStop: { stop.isCancelled })
            } catch let error as ExportError {
                printError(error.description)
                if case .calendar = error { throw ExitStatus.internalError }
                if case .interrupted = error { throw ExitStatus.interrupted }
                throw ExitStatus.badInput
            } catch let error as FileWriteError {
                printError(error.description)
                throw ExitStatus.badInput
            } catch let error as CocoaError {
                printError("\(out): error: cannot create the folder (\(error.localizedDescription)). Check the path and permissions.")
                throw ExitStatus.badInput
            }
            if let note = report.movedStateNote { printError(note) }
            let trainerFeeds = report.feeds.filter(\.isPrivate).map { (trainer: $0.subject, path: $0.path) }
            switch format {
            case .json:
                print(ExportJSON(report: report, out: out, trainerFeeds: trainerFeeds, timetable: timetable).text())
            case .text, .csv, .xlsx:
                print(Self.summary(report, out: out))
                if let timetable {
                    let r = timetable.result
                    print(
                        "\((out as NSString).appendingPathComponent(Self.reportFolder))/: timetable of \(timetable.pages) pages; \(r.written.count) written, \(r.unchanged) unchanged, \(r.removed.count) removed"
                    )
                }
                if !trainerFeeds.isEmpty {
                    print("Private trainer feeds (send each link only to its trainer):")
                    for feed in trainerFeeds { print("  \(feed.trainer): \(feed.path)") }
                }
            }
        }
    }
}

extension ForumPlan.Export {
    /// The line `export` prints: feeds, files written, events changed.
    static func summary(_ report: ExportReport, out: String) -> String {
        let events = "\(report.added) new, \(report.rescheduled) rescheduled, \(report.edited) edited, \(report.cancelled) cancelled"
        return
            "\(out): \(report.feeds.count) feeds; \(report.written.count) files written, \(report.unchanged) unchanged, \(report.removed.count) removed; events: \(events)"
    }

    /// Loads `plan` and `schedule` and publishes their feeds into `dir` with the default options
    /// (as `export` without flags does, the state in `state` or beside `dir`); returns the summary line
    /// (after the note, when an old `dir/.forumplan/` was moved out). `serve PLAN SCHEDULE` calls it.
    static func publishFeeds(plan: String, schedule: String, to dir: URL, state: URL? = nil) throws -> String {
        let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
        let schedule = try ScheduleFile.read(contentsOf: URL(fileURLWithPath: schedule))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let report = try FeedExporter.export(
            plan: document.plan, schedule: schedule, to: dir,
            options: ExportOptions(stateFolder: state, language: LanguageOption.defaultLanguage(of: document.plan)),
            now: Date())
        if let note = report.movedStateNote { printError(note) }
        return summary(report, out: dir.path)
    }
}
