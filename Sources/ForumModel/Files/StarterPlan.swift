import Foundation
import Yams

/// The commented starter plan `forumplan init` writes: one forum, one venue with two rooms, one
/// trainer, one group and one session, valid as it stands, with every key explained where it is.
public enum StarterPlan {
    /// The plan text for a forum `title` in `town` from `first` to `last` (inclusive), in `timeZone`,
    /// published in `languages` (default first; the example texts are written in each of them).
    public static func text(
        id: String, title: String, town: String, timeZone: String, first: LocalDate, last: LocalDate,
        languages: [Language] = [.kk, .ru]
    ) -> String {
        let venue = PlanIdentifier.isValid(slug(town)) ? slug(town) + "-venue" : "main-venue"
        let languages = languages.isEmpty ? [Language.kk, .ru] : languages
        /// One of the example texts in the plan's languages: a map when there are several, else plain.
        func texts(_ key: ExampleText) -> String {
            guard languages.count > 1 else { return quoted(key.text(in: languages[0])) }
            return "{" + languages.map { "\($0.rawValue): \(quoted(key.text(in: $0)))" }.joined(separator: ", ") + "}"
        }
        return """
            # A forum plan, started by `forumplan init`. Check it with `forumplan validate`, then solve it
            # with `forumplan solve plan.yaml -o schedule.yaml`. docs/plan-format.md explains every key;
            # `forumplan import plan.yaml rosters.xlsx --prune` replaces the examples below with your rosters.
            forum:
              id: \(id)                              # stable: calendar UIDs are derived from it
              languages: [\(languages.map(\.rawValue).joined(separator: ", "))]  # kk, ru, en; the first is the default
              title: \(quoted(title))                 # one text, or one per language: {kk: "…", ru: "…"}
              time_zone: \(timeZone)                 # IANA name; every time below is wall-clock time there
              days: {from: \(first), to: \(last)}    # add `weekdays: [mon, tue, wed, thu, fri]` or `except: [DATE]`
              hours: {start: "09:00", end: "18:00"}  # no session starts earlier or ends later
              breaks: ["13:00-14:00"]                # lunch; add coffee breaks, or dated ones ("\(first) 11:00-11:30")
              grid: 30m                              # start times and durations are multiples of this

            venues:
              - id: \(venue)
                name: \(quoted("Main venue, " + town))
                town: \(quoted(town))
                address: \(quoted(town))              # written into calendar LOCATION
                rooms:                               # capacity in seats; features are your own words
                  - {id: hall, name: \(texts(.hall)), capacity: 200, features: [stage, projector]}
                  - {id: room-1, name: \(texts(.room)), capacity: 120, features: [projector]}

            trainers:                                # languages: kk, ru, en; skills match session pools
              - {id: trainer-1, name: "First Trainer", languages: [kk, ru], skills: [facilitation], max_daily_load: 6h}

            groups:                                  # who attends, and how many
              - {id: participants, name: \(texts(.participants)), size: 120}

            sessions:
              - id: opening
                title: \(texts(.opening))
                kind: plenary                        # plenary, section, workshop, seminar, course-module, …
                duration: 1h                         # 90m, 1h30m, 3h
                groups: [participants]
                features: [stage]                    # every room it may take has these
                trainers: [trainer-1]                # or pool: {count: 1, skills: [facilitation]}
                pin: {day: \(first), start: "10:00"}  # optional: fix its day, start or room
              - id: workshop
                title: \(texts(.workshop))
                kind: workshop
                duration: 1h30m
                groups: [participants]
                features: [projector]
                trainers: [trainer-1]
                after: [opening]                     # starts after the opening ends

            # constraints:                           # optional: change a rule's level or weight
            #   late-finish: off
            #   group-compactness: {level: soft, weight: 2}

            """
    }

    /// The example texts of the starter plan, in each language.
    private enum ExampleText {
        case hall, room, participants, opening, workshop

        func text(in language: Language) -> String {
            switch (self, language) {
            case (.hall, .kk): return "Мәжіліс залы"
            case (.hall, .ru): return "Актовый зал"
            case (.hall, .en): return "Assembly hall"
            case (.room, .kk): return "1-кабинет"
            case (.room, .ru): return "Кабинет 1"
            case (.room, .en): return "Room 1"
            case (.participants, .kk): return "Қатысушылар"
            case (.participants, .ru): return "Участники"
            case (.participants, .en): return "Participants"
            case (.opening, .kk): return "Ашылу: пленарлық отырыс"
            case (.opening, .ru): return "Открытие: пленарное заседание"
            case (.opening, .en): return "Opening plenary"
            case (.workshop, .kk): return "Шеберлік сыныбы"
            case (.workshop, .ru): return "Мастер-класс"
            case (.workshop, .en): return "Workshop"
            }
        }
    }

    /// `Taraz` → `taraz`, `Ust-Kamenogorsk city` → `ust-kamenogorsk-city`.
    public static func slug(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: "-")
    }

    private static func quoted(_ text: String) -> String {
        let node = Node.scalar(.init(text, .implicit, .doubleQuoted))
        return ((try? Yams.serialize(node: node, width: -1, allowUnicode: true)) ?? "\"\"\n")
            .trimmingCharacters(in: .newlines)
    }
}
