import ArgumentParser
import ForumModel

extension Language: ExpressibleByArgument {}

/// `--lang kk|ru|en` of the commands that write text for participants and trainers
/// (`agenda`, `diff`, `report`, `export`); diagnostics on stderr stay English.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of the generated text: kk, ru or en (default: the forum's first language; English for a plan that names none).")
    var language: Language?

    /// The language asked for, else the forum's default.
    func resolved(for plan: Plan) -> Language { language ?? Self.defaultLanguage(of: plan) }

    /// The forum's default language: the first of `forum.languages` (English for a plan that names none).
    static func defaultLanguage(of plan: Plan) -> Language { plan.forum.defaultLanguage }
}
