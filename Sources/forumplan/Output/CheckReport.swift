import Foundation
import ForumModel
import ForumReports
import ForumSolver

/// What `check` prints: violations grouped by constraint (hard first), repairs, the score line,
/// missing occurrences and rows that match no session; as text, JSON or CSV.
struct CheckReport {
    var path: String
    var plan: Plan
    var score: Score
    /// Violations to show, in `evaluate`'s order (hard first, then catalogue order).
    var violations: [Violation]
    /// Repairs per violation (parallel to `violations`), empty without `--suggest`.
    var repairs: [[Repair]]
    var unmatched: [UnmatchedRow]
    var missing: [OccurrenceID]

    func text(colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var lines: [String] = []
        let hard = violations.filter { $0.level == .hard }.count
        lines.append("\(path): \(Self.count(hard, "hard violation")), \(Self.count(violations.count - hard, "other violation"))")
        var previous: (ConstraintLevel, ConstraintID)?
        var lastRepairs: [Repair]?
        for (i, v) in violations.enumerated() {
            if previous?.0 != v.level {
                lines.append("")
                lines.append(v.level == .hard ? paint("Hard", "31") : v.level.rawValue.capitalized)
            }
            if previous?.0 != v.level || previous?.1 != v.constraint {
                let n = violations.filter { $0.level == v.level && $0.constraint == v.constraint }.count
                lines.append("  \(v.constraint.rawValue) (\(n))")
            }
            previous = (v.level, v.constraint)
            lines.append("    [\(v.penalty)] \(v.message)")
            if i < repairs.count, v.level == .hard {
                if repairs[i].isEmpty {
                    lines.append(
                        "      suggestion: none — no single change fixes this: no other time, room or free pool trainer for one of its sessions removes it without another hard conflict; change the plan, or more than one session"
                    )
                } else if let shown = lastRepairs, shown == repairs[i] {
                    lines.append("      suggestion: the same as above")
                } else {
                    for r in repairs[i] { lines.append("      suggestion: \(r.description)") }
                    lastRepairs = repairs[i]
                }
            }
        }
        if !missing.isEmpty {
            lines.append("")
            lines.append("Missing from the schedule (\(missing.count)): " + missing.map { label($0) }.joined(separator: ", "))
        }
        if !unmatched.isEmpty {
            lines.append("")
            lines.append("Rows that match no session (\(unmatched.count)):")
            for u in unmatched { lines.append("  " + Self.unmatchedLine(u)) }
        }
        lines.append("")
        lines.append("score \(score)")
        return lines.joined(separator: "\n")
    }

    /// The missing and unmatched lines `--format csv` prints on stderr.
    func unmatchedAndMissingLines() -> [String] {
        missing.map { "\(path): missing: \(label($0))" } + unmatched.map { "\(path): " + Self.unmatchedLine($0) }
    }

    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[Violation.timeZoneKey] = TimeZone(identifier: plan.forum.timeZone)
        let body = JSONBody(
            score: score,
            violations: violations.enumerated().map { i, v in
                JSONBody.Item(violation: v, repairs: repairs.isEmpty ? nil : repairs[i].map(JSONBody.RepairJSON.init))
            },
            unmatched: unmatched.map { .init(origin: $0.origin, session: $0.session, reason: $0.reason, hint: $0.hint) },
            missing: missing.map(\.description))
        guard let data = try? encoder.encode(body) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    func csv() -> String {
        CSVTable.encode(
            header: ["constraint", "level", "penalty", "message", "sessions", "trainers", "rooms", "groups", "start", "end"],
            rows: violations.map { v in
                [
                    v.constraint.rawValue, v.level.rawValue, String(v.penalty), v.message, v.sessions.joined(separator: ";"),
                    v.trainers.joined(separator: ";"), v.rooms.joined(separator: ";"), v.groups.joined(separator: ";"),
                    [v.date?.description, v.start?.description].compactMap { $0 }.joined(separator: " "),
                    [v.date?.description, v.end?.description].compactMap { $0 }.joined(separator: " ")
                ]
            })
    }

    /// `'Title' section 2 (coord-workshop.2)`.
    private func label(_ id: OccurrenceID) -> String {
        let title = plan.sessions.first { $0.id == id.session }?.title ?? id.session
        var parts: [String] = []
        if let run = id.run { parts.append("meeting \(run)") }
        if let section = id.section { parts.append("section \(section)") }
        return "'\(title)'" + (parts.isEmpty ? "" : " " + parts.joined(separator: ", ")) + " (\(id))"
    }

    private static func unmatchedLine(_ u: UnmatchedRow) -> String {
        "\(u.origin): '\(u.session)': \(u.reason)" + (u.hint.map { " (did you mean \($0)?)" } ?? "")
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

/// The JSON document of `check --format json` (keys documented in `forumplan check --help`).
private struct JSONBody: Encodable {
    struct RepairJSON: Encodable {
        var occurrence: String
        var description: String
        var score: Score
        init(_ r: Repair) { (occurrence, description, score) = (r.occurrence.description, r.description, r.score) }
    }

    /// A violation with the shared keys (see `Violation`'s encoding) and, with `--suggest`, its repairs.
    struct Item: Encodable {
        var violation: Violation
        var repairs: [RepairJSON]?

        private enum CodingKeys: String, CodingKey { case repairs }

        func encode(to encoder: any Encoder) throws {
            try violation.encode(to: encoder)
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encodeIfPresent(repairs, forKey: .repairs)
        }
    }

    struct UnmatchedJSON: Encodable {
        var origin, session, reason: String
        var hint: String?

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(origin, forKey: .origin)
            try c.encode(session, forKey: .session)
            try c.encode(reason, forKey: .reason)
            try c.encode(hint, forKey: .hint) // null when there is nothing to suggest
        }

        private enum CodingKeys: String, CodingKey { case origin, session, reason, hint }
    }

    var score: Score
    var violations: [Item]
    var unmatched: [UnmatchedJSON]
    var missing: [String]
}
