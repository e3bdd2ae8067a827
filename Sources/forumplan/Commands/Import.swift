import ArgumentParser
import Foundation
import ForumModel
import ForumSheets

extension ForumPlan {
    /// `forumplan import PLAN ROSTER…`: rosters from spreadsheets merged into a plan file by id.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge rosters (.xlsx sheets or .csv files: rooms, trainers, groups, sessions) into a plan.",
            discussion: """
                Each roster is a sheet of an .xlsx workbook or a .csv file with a header row; its kind comes from \
                the sheet name (Rooms, Trainers, Groups, Sessions — or in Russian or Kazakh), else the file name, \
                else its id column. Header names are English, Russian or Kazakh, matched without regard to case \
                (docs/import.md lists them). Entries are matched by id: new rows are added, changed rows update \
                only the keys the roster has columns for (pins, notes, constraints and comments stay), unchanged \
                entries stay byte for byte. An entry the plan has and the roster lacks is reported and kept; \
                --prune removes it. Every bad cell is reported as file:Sheet!A1 with a hint; when any is wrong, \
                or the merged plan would not validate, nothing is written. Without PLAN existing, start one with \
                'forumplan init'.

                Exit status: 0 written (or nothing to change), 2 bad roster, plan or usage, 3 internal error.

                Examples:
                  forumplan import plan.yaml rosters.xlsx
                  forumplan import plan.yaml rooms.xlsx trainers.xlsx groups.csv sessions.xlsx --prune
                  forumplan import plan.yaml trainers.xlsx --dry-run
                  forumplan import plan.yaml rosters.xlsx --format json | jq '.changes[] | select(.action != "unchanged")'
                  forumplan import plan.yaml --write-rosters rosters/    # today's plan as four workbooks to edit

                JSON output (stdout): {"plan", "written" (bool), "summary": {sessions, occurrences, rooms, trainers, \
                groups}, "changes": [{"kind", "id", "action" (added, changed, unchanged, kept, removed), "source"}], \
                "diagnostics": [{"severity", "location", "message", "hint"}]}.
                """)

        @Argument(help: "The plan file (YAML) to update.")
        var plan: String

        @Argument(help: "Roster files: .xlsx workbooks (every sheet) or .csv files (one roster each).")
        var rosters: [String] = []

        @Flag(help: "Remove entries the rosters no longer list (otherwise they are reported and kept).")
        var prune = false

        @Flag(help: "Report what would change without writing the plan.")
        var dryRun = false

        @Option(help: "Write the plan's rosters as rooms.xlsx, trainers.xlsx, groups.xlsx and sessions.xlsx into this folder instead of importing.")
        var writeRosters: String?

        @Option(help: "Report format: text or json.")
        var format: OutputFormat = .text

        /// Kept entries named one by one on stderr; a one-row roster would otherwise list the whole plan.
        static let keptShown = 10

        func validate() throws {
            if writeRosters == nil, rosters.isEmpty { throw ValidationError("Give at least one roster file (.xlsx or .csv).") }
            if writeRosters != nil, !rosters.isEmpty { throw ValidationError("--write-rosters writes rosters; give no roster files with it.") }
        }

        func run() throws {
            if let folder = writeRosters { return try write(into: folder) }
            let planURL = URL(fileURLWithPath: plan)
            guard let data = FileManager.default.contents(atPath: plan) else {
                printError(
                    "\(plan): error: the plan file does not exist or cannot be read\n  hint: Create it with 'forumplan init \(plan) --from DATE --to DATE --town TOWN', then import into it."
                )
                throw ExitStatus.badInput
            }
            let oldText = String(decoding: data, as: UTF8.self)
            var workbooks: [Workbook] = []
            var unreadable: [WorkbookError] = []
            for path in rosters {
                do { workbooks.append(try WorkbookLoader.load(path)) } catch { unreadable.append(error) }
            }
            let result: RosterImport.Result
            do throws(ImportErrors) {
                guard unreadable.isEmpty else { throw ImportErrors([]) }
                result = try RosterImport.run(planText: oldText, planPath: plan, workbooks: workbooks, prune: prune)
            } catch {
                let issues = unreadable.map { ImportIssue(at: $0.file, $0.message, hint: $0.hint) } + error.issues
                if format == .json {
                    print(try ImportReport(plan: plan, written: false, summary: nil, changes: [], diagnostics: issues).json())
                } else {
                    for issue in issues { printError(issue.description) }
                    let errors = issues.filter { $0.severity == .error }.count
                    printError("\(plan): not changed — \(errors) error\(errors == 1 ? "" : "s") in the rosters")
                }
                throw ExitStatus.badInput
            }
            let changed = result.text != oldText
            if changed, !dryRun { _ = try AtomicFile.write(result.text, to: planURL) }
            if format == .json {
                print(
                    try ImportReport(
                        plan: plan, written: changed && !dryRun, summary: result.summary,
                        changes: result.changes, diagnostics: result.warnings
                    ).json())
                return
            }
            for warning in result.warnings { printError(warning.description) }
            let kept = result.changes.filter { $0.action == .kept }
            for change in kept.prefix(Self.keptShown) {
                printError(
                    "\(plan): warning: \(change.kind) '\(change.id)' is in the plan but not in \(change.source); kept (use --prune to remove it)")
            }
            if kept.count > Self.keptShown {
                printError(
                    "\(plan): warning: … and \(kept.count - Self.keptShown) more entries the rosters do not list; kept (--format json lists them all)"
                )
            }
            func count(_ action: ImportChange.Action) -> Int { result.changes.filter { $0.action == action }.count }
            var parts = ["\(count(.added)) added", "\(count(.changed)) changed", "\(count(.unchanged)) unchanged"]
            if count(.kept) > 0 { parts.append("\(count(.kept)) kept") }
            if count(.removed) > 0 { parts.append("\(count(.removed)) removed") }
            for change in result.changes where change.action == .added || change.action == .changed || change.action == .removed {
                print("  \(change.action.rawValue) \(change.kind) '\(change.id)' (\(change.source))")
            }
            let verb = dryRun ? (changed ? "would change" : "unchanged") : (changed ? "updated" : "unchanged")
            print("\(plan): \(verb) — \(parts.joined(separator: ", ")); \(result.summary)")
        }

        private func write(into folder: String) throws {
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            let out = URL(fileURLWithPath: folder)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            var items: [AtomicFile.Item] = []
            for (file, workbook) in RosterWorkbooks.documents(document.plan) {
                items.append((out.appendingPathComponent(file), try XLSXWriter.data(workbook)))
            }
            _ = try AtomicFile.writeAll(items, skipIfUnchanged: false)
            for item in items { print(item.url.path) }
        }
    }
}
