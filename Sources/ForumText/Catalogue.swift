import ForumModel
import Foundation

/// Every text ForumPlanner writes for participants and trainers, in one language: labels and
/// sentences (one file per language, `Catalogue+kk.swift` …) plus dates, weekdays, durations and
/// counts formatted from CLDR data.
///
/// The word groups are structs with memberwise initializers, so a language that misses a key does
/// not compile; `ForumTextTests` checks that no text is empty.
public struct Catalogue: Sendable {
    /// The language of these texts.
    public let language: Language
    /// Calendar event text (SUMMARY and DESCRIPTION of the feeds).
    public let feed: FeedWords
    /// The feeds' `index.html`.
    public let index: IndexWords
    /// `forumplan agenda`.
    public let agenda: AgendaWords
    /// Schedule changes and notices (`forumplan diff`).
    public let diff: DiffWords
    /// The HTML timetable (`forumplan report`).
    public let report: ReportWords
    private let dates: DateTexts
    private let plurals: PluralRules

    init(
        language: Language, locale: String, feed: FeedWords, index: IndexWords, agenda: AgendaWords, diff: DiffWords,
        report: ReportWords
    ) {
        self.language = language
        self.feed = feed
        self.index = index
        self.agenda = agenda
        self.diff = diff
        self.report = report
        self.dates = DateTexts(locale: Locale(identifier: locale), kazakh: language == .kk)
        self.plurals = PluralRules(language: language.rawValue)
    }

    /// The catalogue of `language`.
    public static func of(_ language: Language) -> Catalogue {
        switch language {
        case .kk: kk
        case .ru: ru
        case .en: en
        }
    }

    // MARK: Formatting from CLDR

    /// `n` and the noun in the form the number asks for: `5 занятий`, `21 занятие`, `5 сабақ`, `1 session`.
    public func count(_ n: Int, _ noun: PluralNoun) -> String {
        dates.number(n) + " " + noun.form(plurals.category(n))
    }

    /// The noun alone in the form `n` asks for: `занятий` for 5.
    public func noun(_ n: Int, _ noun: PluralNoun) -> String { noun.form(plurals.category(n)) }

    /// The CLDR plural category of `n` in this language.
    public func pluralCategory(_ n: Int) -> PluralCategory { plurals.category(n) }

    /// `n` with the language's digit grouping.
    public func number(_ n: Int) -> String { dates.number(n) }

    /// The date with the month's name: `14 ноября 2019 г.`, `2019 жылғы 14 қараша`, `14 November 2019`.
    public func date(_ d: LocalDate) -> String { dates.format(d, template: "yMMMMd") }

    /// The date with its weekday: `четверг, 14 ноября 2019 г.`, `2019 жылғы 14 қараша, бейсенбі`.
    public func fullDate(_ d: LocalDate) -> String { dates.format(d, template: "yMMMMEEEEd") }

    /// Weekday, day and month without the year: `четверг, 14 ноября`, `14 қараша, бейсенбі`, `Thursday 14 November`.
    public func dayHeading(_ d: LocalDate) -> String { dates.format(d, template: "MMMMEEEEd") }

    /// A short label of the day: `Чт, 14 нояб.`, `14 қар., бс`, `Thu 14 Nov`.
    public func shortDay(_ d: LocalDate) -> String { dates.format(d, template: "MMMEd") }

    /// The weekday's name as it stands alone: `четверг`, `бейсенбі`, `Thursday`.
    public func weekday(_ d: LocalDate) -> String { dates.format(d, template: "cccc") }

    /// The weekday's shortest name (a column head): `чт`, `бс`, `Th`.
    public func weekdayNarrow(_ d: LocalDate) -> String { dates.format(d, template: "cccccc") }

    /// A span of days: `12–14 ноября 2019 г.`, `2019 жылғы 12–14 қараша`, `12–14 November 2019`.
    public func dateRange(_ first: LocalDate, _ last: LocalDate) -> String { dates.range(first, last) }

    /// Hours and minutes: `1 ч 30 мин`, `1 сағ 30 мин`, `1 hr 30 min`.
    public func duration(minutes: Int) -> String { dates.duration(minutes: minutes) }

    /// `items` joined as a list (`, `).
    public func list(_ items: [String]) -> String { items.joined(separator: ", ") }
}
