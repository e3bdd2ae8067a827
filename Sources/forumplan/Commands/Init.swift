import ArgumentParser
import Foundation
import ForumModel

extension ForumPlan {
    /// `forumplan init PLAN`: writes a commented starter plan ready for `validate`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a plan file: a commented forum with one venue, trainer, group and session.",
            discussion: """
                Writes PLAN (refusing to overwrite it without --force) with the forum's id, title, dates, town and \
                time zone filled in, and one example of each kind of entry, every key explained by a comment. \
                The file passes 'forumplan validate' as written; edit it, or import your rosters into it with \
                'forumplan import PLAN ROSTERS --prune', which replaces the examples.

                Exit status: 0 written, 2 bad usage or PLAN exists, 3 internal error.

                Examples:
                  forumplan init plan.yaml --from 2026-11-12 --to 2026-11-13 --town Taraz
                  forumplan init plan.yaml --from 2026-11-12 --town Taraz --languages ru,kk,en
                  forumplan init otpan.yaml --from 2024-10-14 --to 2024-11-01 --town Aktau --time-zone Asia/Aqtau \\
                      --title "Otpan: advanced training" --id otpan-2024
                """)

        @Argument(help: "The plan file to create (YAML).")
        var plan: String

        @Option(help: "First day of the forum (YYYY-MM-DD).")
        var from: String

        @Option(help: "Last day of the forum (YYYY-MM-DD); the first day when left out.")
        var to: String?

        @Option(help: "The town the forum is held in.")
        var town: String

        @Option(help: "IANA time zone of the forum.")
        var timeZone = "Asia/Almaty"

        @Option(help: "The forum's title (default: 'Forum in TOWN').")
        var title: String?

        @Option(help: "The forum's id, from which calendar UIDs derive (default: town and year, e.g. taraz-2026).")
        var id: String?

        @Option(help: "The forum's languages, default first, separated by commas (kk, ru, en).")
        var languages = "kk,ru"

        @Flag(help: "Overwrite PLAN when it exists.")
        var force = false

        func validate() throws {
            guard let first = LocalDate(iso: from) else { throw ValidationError("--from '\(from)' is not a date; use YYYY-MM-DD.") }
            if let to {
                guard let last = LocalDate(iso: to) else { throw ValidationError("--to '\(to)' is not a date; use YYYY-MM-DD.") }
                guard first <= last else { throw ValidationError("--to \(to) is before --from \(from).") }
            }
            guard TimeZone(identifier: timeZone) != nil else {
                throw ValidationError("--time-zone '\(timeZone)' is not an IANA time zone, e.g. Asia/Almaty or Asia/Aqtau.")
            }
            if let id, !PlanIdentifier.isValid(id) {
                throw ValidationError("--id '\(id)' is not a valid id: use letters, digits, '-', '_' and '.', e.g. taraz-2026.")
            }
            guard !town.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--town is empty.") }
            _ = try parsedLanguages()
        }

        /// `--languages` as languages, in the order given.
        private func parsedLanguages() throws -> [Language] {
            var result: [Language] = []
            for code in languages.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let language = Language(rawValue: code) else {
                    throw ValidationError(
                        "--languages '\(code)' is not a language ForumPlanner publishes in; use kk, ru or en, e.g. --languages kk,ru.")
                }
                guard !result.contains(language) else { throw ValidationError("--languages lists '\(code)' twice.") }
                result.append(language)
            }
            guard !result.isEmpty else { throw ValidationError("--languages is empty; give e.g. --languages kk,ru.") }
            return result
        }

        func run() throws {
            if FileManager.default.fileExists(atPath: plan), !force {
                printError(
                    "\(plan): error: the file exists\n  hint: Import rosters into it with 'forumplan import \(plan) ROSTERS', or pass --force to overwrite it."
                )
                throw ExitStatus.badInput
            }
            let first = LocalDate(iso: from)!
            let last = to.flatMap { LocalDate(iso: $0) } ?? first
            let slug = StarterPlan.slug(town)
            let forumID = id ?? (PlanIdentifier.isValid("\(slug)-\(first.year)") ? "\(slug)-\(first.year)" : "forum-\(first.year)")
            let text = StarterPlan.text(
                id: forumID, title: title ?? "Forum in \(town)", town: town, timeZone: timeZone,
                first: first, last: last, languages: try parsedLanguages())
            _ = try AtomicFile.write(text, to: URL(fileURLWithPath: plan), skipIfUnchanged: false)
            print("\(plan): written; check it with 'forumplan validate \(plan)'")
        }
    }
}
