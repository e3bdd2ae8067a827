import Foundation
import ForumModel

/// `forumplan import`: rosters (.xlsx sheets or .csv files) merged into a plan file's text.
///
/// All or nothing: every bad cell, every unknown reference and every error of the resulting plan
/// is reported, and no text is returned unless there is none.
public enum RosterImport {
    /// The merged plan and what changed.
    public struct Result: Sendable {
        /// The new plan text (equal to the old one when nothing changed).
        public var text: String
        public var changes: [ImportChange]
        /// Unknown columns, skipped sheets, the plan's own warnings.
        public var warnings: [ImportIssue]
        /// Counts of the plan as imported.
        public var summary: PlanSummary
    }

    /// Merges the rosters of `workbooks` into `planText` (the file at `planPath`, whose folder
    /// resolves the plan's relative paths); `prune` removes entries the rosters no longer list.
    public static func run(planText: String, planPath: String, workbooks: [Workbook], prune: Bool) throws(ImportErrors) -> Result {
        var reader = RosterReader()
        var rosters: [Roster] = []
        for workbook in workbooks { rosters += reader.read(workbook) }
        var issues = reader.issues
        for kind in RosterKind.allCases {
            let sources = rosters.filter { $0.kind == kind }.map(\.source)
            if sources.count > 1 {
                issues.append(
                    ImportIssue(
                        at: sources[1], "a second \(kind.noun) roster (the first is \(sources[0]))",
                        hint: "Give each kind of roster once: one sheet or file each for rooms, trainers, groups and sessions."))
            }
        }
        if rosters.isEmpty, !issues.contains(where: { $0.severity == .error }) {
            issues.append(
                ImportIssue(
                    at: workbooks.map(\.file).joined(separator: ", "), "no roster found",
                    hint:
                        "Name the sheets Rooms, Trainers, Groups or Sessions (Аудитории, Тренеры, Группы, Сессии), or give each an id column such as 'trainer'."
                ))
        }
        guard !issues.contains(where: { $0.severity == .error }) else { throw ImportErrors(issues) }

        var merger: PlanMerger
        do {
            merger = try PlanMerger(text: planText)
        } catch {
            throw ImportErrors(issues + [ImportIssue(at: planPath, error.message, hint: error.hint)])
        }
        merger.prune = prune
        for roster in rosters.sorted(by: { RosterKind.allCases.firstIndex(of: $0.kind)! < RosterKind.allCases.firstIndex(of: $1.kind)! }) {
            if roster.kind == .rooms { merger.mergeRooms(roster) } else { merger.merge(roster) }
        }
        issues += references(rosters, merger: merger, prune: prune)
        guard !issues.contains(where: { $0.severity == .error }) else { throw ImportErrors(issues) }

        let text = merger.text
        let folder = URL(fileURLWithPath: planPath).deletingLastPathComponent()
        let shownPath = planPath + " (as imported)"
        do {
            let document = try PlanLoader.load(text: text, path: shownPath, baseURL: folder)
            // Warnings about values a roster wrote (a title missing in one language) name its cell too.
            let locator = RosterCellLocator(text: text, rosters: rosters)
            let warnings =
                issues
                + document.warnings.map { d in
                    let cell = d.location.flatMap { locator.cell(line: $0.line, column: $0.column) }
                    return ImportIssue(.warning, at: cell ?? d.location.map { "\($0)" } ?? shownPath, d.message, hint: d.hint)
                }
            return Result(text: text, changes: merger.changes, warnings: warnings, summary: PlanSummary(document.plan))
        } catch {
            // Errors in values a roster wrote are reported at its cell; the rest in the plan as imported.
            let locator = RosterCellLocator(text: text, rosters: rosters)
            throw ImportErrors(
                issues
                    + error.diagnostics.map { d in
                        let cell = d.location.flatMap { locator.cell(line: $0.line, column: $0.column) }
                        return ImportIssue(
                            d.severity == .error ? .error : .warning, at: cell ?? d.location.map { "\($0)" } ?? shownPath,
                            d.message, hint: d.hint)
                    })
        }
    }

    /// Every id a roster cell names that neither the rosters nor the plan (after pruning) define.
    static func references(_ rosters: [Roster], merger: PlanMerger, prune: Bool) -> [ImportIssue] {
        func ids(_ kind: RosterKind, planKey: String) -> [String] {
            let roster = rosters.first { $0.kind == kind }
            let fromRoster = roster.map { $0.entries.map(\.id) } ?? []
            let fromPlan = kind == .rooms ? merger.existingRoomIDs : merger.existingIDs(planKey)
            return fromRoster + (prune && roster != nil ? [] : fromPlan)
        }
        let venues =
            (rosters.first { $0.kind == .rooms }.map { $0.venues.map(\.id) } ?? [])
            + (prune && rosters.contains { $0.kind == .rooms } ? [] : merger.existingIDs("venues"))
        let known: [String: (noun: String, ids: [String], roster: String)] = [
            "groups": ("group", ids(.groups, planKey: "groups"), "groups"),
            "trainers": ("trainer", ids(.trainers, planKey: "trainers"), "trainers"),
            "after": ("session", ids(.sessions, planKey: "sessions"), "sessions"),
            "before": ("session", ids(.sessions, planKey: "sessions"), "sessions"),
            "same_day": ("session", ids(.sessions, planKey: "sessions"), "sessions"),
            "venue": ("venue", venues, "rooms"),
            "home_venue": ("venue", venues, "rooms"),
            "pin.room": ("room", ids(.rooms, planKey: "venues"), "rooms"),
            "between": ("venue", venues, "rooms")
        ]
        var issues: [ImportIssue] = []
        for roster in rosters where roster.kind != .rooms {
            for entry in roster.entries {
                for field in entry.fields {
                    guard let target = known[field.column.key], let value = field.value else { continue }
                    let named: [String]
                    switch value {
                    case .plain(let id): named = [id]
                    case .list(let items):
                        named = items.compactMap {
                            if case .plain(let id) = $0 { return id }
                            return nil
                        }
                    case .quoted, .localized: named = []
                    }
                    for id in named where !target.ids.contains(id) {
                        let hint =
                            Similarity.nearest(id, among: target.ids).map { "Did you mean '\($0)'?" }
                            ?? "Add the \(target.noun) to the \(target.roster) roster or the plan, or correct the id."
                        issues.append(
                            ImportIssue(
                                at: field.location,
                                "\(field.column.label): \(target.noun) '\(id)' is in neither the \(target.roster) roster nor the plan", hint: hint))
                    }
                }
            }
        }
        return issues
    }
}
