import ForumModel
import ForumText

/// One calendar file of a published feed set and the events it holds.
public struct Feed: Hashable, Sendable {
    /// What the feed is for.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case forum, group, section, room, venue, trainer
    }

    /// Stable key independent of tokens: `forum`, `group:<id>`, `section:<session>-<n>`, `room:<id>`, `venue:<id>`, `trainer:<id>`.
    public var key: String
    /// Whose occurrences it holds.
    public var kind: Kind
    /// The id the feed is about (group, room, venue, trainer id, `<session>-<n>`; the forum id for the whole forum).
    public var subject: String
    /// Calendar name shown by clients (X-WR-CALNAME).
    public var title: String
    /// Path below the output folder, e.g. `groups/directors.ics`, `groups/directors.ru.ics`, `trainers/<token>/<id>.ics`.
    public var path: String
    /// The language of its texts (the plan's texts and the generated words).
    public var language: Language
    /// Whether SUMMARY, DESCRIPTION and LOCATION carry a LANGUAGE parameter (the export publishes
    /// several languages); a one-language export writes none, as before languages existed.
    public var marksLanguage: Bool
    /// Trainer feeds: served only under their token and never listed in the index.
    public var isPrivate: Bool { kind == .trainer }
}

/// Decides which feeds a plan gets, in which languages, and which occurrences belong to each.
///
/// Names: the first of the published languages (the forum's default, or `--lang`) keeps today's file
/// names (`forum.ics`, `groups/<id>.ics` …), so a forum that gains a language breaks no subscription;
/// every other language inserts its code before `.ics` (`groups/<id>.ru.ics`). A trainer's private
/// feed is one file, in the trainer's first language.
struct FeedCatalog {
    /// Every feed in a stable order: forum, groups, sections, rooms, venues (each in every language,
    /// default first), trainers (plan order).
    let feeds: [Feed]
    /// The languages public feeds are published in, the default (unsuffixed) first.
    let languages: [Language]
    /// Every language an event's texts are needed in: ``languages``, then trainers' first languages.
    let textLanguages: [Language]
    private let plan: Plan

    /// The languages of a plan's public feeds: `primary` alone for a forum with one language, else
    /// `primary` and then the forum's other languages.
    static func publishedLanguages(_ plan: Plan, primary: Language) -> [Language] {
        plan.forum.languages.count > 1 ? [primary] + plan.forum.languages.filter { $0 != primary } : [primary]
    }

    /// The language of a trainer's private feed: their first language when it is one we write, else `primary`.
    static func language(of trainer: Trainer, primary: Language) -> Language {
        trainer.languages.first.flatMap(Language.init(rawValue:)) ?? primary
    }

    init(plan: Plan, tokens: [String: String], primary: Language) {
        self.plan = plan
        let languages = Self.publishedLanguages(plan, primary: primary)
        self.languages = languages
        let marks = languages.count > 1
        var feeds: [Feed] = []
        /// The feed in every published language; `stem` is its path without `.ics`.
        func add(_ key: String, _ kind: Feed.Kind, _ subject: String, _ stem: String, _ name: (Language) -> String) {
            for language in languages {
                let suffix = language == primary ? "" : ".\(language.rawValue)"
                feeds.append(
                    Feed(
                        key: key, kind: kind, subject: subject, title: name(language), path: "\(stem)\(suffix).ics",
                        language: language, marksLanguage: marks))
            }
        }
        let forum = plan.forum.localizedTitle
        add("forum", .forum, plan.forum.id, "forum") { forum.text(in: $0) }
        for g in plan.groups {
            add("group:\(g.id)", .group, g.id, "groups/\(g.id)") { "\(forum.text(in: $0)): \(g.localizedName.text(in: $0))" }
        }
        for session in plan.sessions where session.sections != nil {
            for n in 1...plan.sectionCount(of: session) {
                add("section:\(session.id)-\(n)", .section, "\(session.id)-\(n)", "sections/\(session.id)-\(n)") { language in
                    "\(forum.text(in: language)): \(session.localizedTitle.text(in: language)), \(Catalogue.of(language).feed.section(n))"
                }
            }
        }
        for r in plan.rooms {
            add("room:\(r.id)", .room, r.id, "rooms/\(r.id)") { "\(forum.text(in: $0)): \(r.localizedName.text(in: $0))" }
        }
        for v in plan.venues {
            add("venue:\(v.id)", .venue, v.id, "venues/\(v.id)") { "\(forum.text(in: $0)): \(v.localizedName.text(in: $0))" }
        }
        var textLanguages = languages
        for t in plan.trainers {
            let token = tokens[t.id] ?? ""
            let language = Self.language(of: t, primary: primary)
            if !textLanguages.contains(language) { textLanguages.append(language) }
            feeds.append(
                Feed(
                    key: "trainer:\(t.id)", kind: .trainer, subject: t.id,
                    title: "\(forum.text(in: language)): \(t.localizedName.text(in: language))",
                    path: "trainers/\(token)/\(t.id).ics", language: language, marksLanguage: marks))
        }
        self.textLanguages = textLanguages
        self.feeds = feeds
    }

    /// Keys of the feeds an assignment belongs to.
    func keys(for a: Assignment, session: Session) -> [String] {
        var keys = ["forum"]
        for g in session.groups { keys.append("group:\(g)") }
        if let section = a.id.section { keys.append("section:\(a.id.session)-\(section)") }
        if let room = a.room {
            keys.append("room:\(room)")
            if let venue = plan.venue(ofRoom: room) { keys.append("venue:\(venue.id)") }
        }
        for t in a.trainers { keys.append("trainer:\(t)") }
        var seen: [String] = []
        for k in keys where !seen.contains(k) { seen.append(k) }
        return seen
    }
}
