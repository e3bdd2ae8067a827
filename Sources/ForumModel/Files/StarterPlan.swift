import Foundation
import Yams

/// The commented starter plan `forumplan init` writes: one forum, one venue with two rooms, one
/// trainer, one group and one session, valid as it stands, with every key explained where it is.
public enum StarterPlan {
    /// The plan text for a forum `title` in `town` from `first` to `last` (inclusive), in `timeZone`.
    public static func text(id: String, title: String, town: String, timeZone: String, first: LocalDate, last: LocalDate) -> String {
        let venue = PlanIdentifier.isValid(slug(town)) ? slug(town) + "-venue" : "main-venue"
        return """
            # A forum plan, started by `forumplan init`. Check it with `forumplan validate`, then solve it
            # with `forumplan solve plan.yaml -o schedule.yaml`. docs/plan-format.md explains every key;
            # `forumplan import plan.yaml rosters.xlsx --prune` replaces the examples below with your rosters.
            forum:
              id: \(id)                              # stable: calendar UIDs are derived from it
              title: \(quoted(title))
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
                  - {id: hall, name: "Assembly hall", capacity: 200, features: [stage, projector]}
                  - {id: room-1, name: "Room 1", capacity: 120, features: [projector]}

            trainers:                                # languages: kk, ru, en; skills match session pools
              - {id: trainer-1, name: "First Trainer", languages: [kk, ru], skills: [facilitation], max_daily_load: 6h}

            groups:                                  # who attends, and how many
              - {id: participants, name: "Participants", size: 120}

            sessions:
              - id: opening
                title: "Opening plenary"
                kind: plenary                        # plenary, section, workshop, seminar, course-module, …
                duration: 1h                         # 90m, 1h30m, 3h
                groups: [participants]
                features: [stage]                    # every room it may take has these
                trainers: [trainer-1]                # or pool: {count: 1, skills: [facilitation]}
                pin: {day: \(first), start: "10:00"}  # optional: fix its day, start or room
              - id: workshop
                title: "Workshop"
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
