import ForumModel

/// Wording shared by every explanation: times, spans, occurrence labels, counts.
enum Explain {
    /// `HH:MM` for a minute of day (`24:00` at the end of the day; later times wrap past midnight).
    static func time(_ minutes: Int) -> String {
        let m = minutes == 1440 ? 1440 : ((minutes % 1440) + 1440) % 1440
        return TimeOfDay(minutes: m)?.description ?? "\(m / 60):\(m % 60)"
    }

    /// `10:00–11:30`.
    static func span(_ from: Int, _ to: Int) -> String { time(from) + "–" + time(to) }

    /// The span of session `s` starting at absolute slot `t`.
    static func span(_ p: Problem, slot t: Int, session s: Int) -> String {
        let from = p.grid.minuteOfDay(slot: t)
        return span(from, from + Int(p.sesMinutes[s]))
    }

    /// `'Title'`, `'Title' meeting 3`, `'Title' section 2` or `'Title' meeting 3, section 2`.
    static func label(_ p: Problem, _ o: Int) -> String {
        let occurrence = p.occurrences[o]
        var text = "'\(p.plan.sessions[occurrence.sessionIndex].title)'"
        var parts: [String] = []
        if let run = occurrence.id.run { parts.append("meeting \(run)") }
        if let section = occurrence.id.section { parts.append("section \(section)") }
        if !parts.isEmpty { text += " " + parts.joined(separator: ", ") }
        return text
    }

    /// The room's name, the id as written when the plan does not know it, or `no room`.
    static func room(_ v: ScheduleView, _ pl: Placement) -> String {
        if let r = pl.room { return v.problem.plan.rooms[r].name }
        return pl.roomID.map { "room '\($0)'" } ?? "no room"
    }

    /// `'Title' (10:00–11:30, Room 12)`.
    static func place(_ v: ScheduleView, _ pl: Placement) -> String {
        "\(label(v.problem, pl.occurrence)) (\(span(pl.start, pl.end)), \(room(v, pl)))"
    }

    /// `'Title' (10:00–11:30)`.
    static func timed(_ v: ScheduleView, _ pl: Placement) -> String {
        "\(label(v.problem, pl.occurrence)) (\(span(pl.start, pl.end)))"
    }

    /// `1 minute`, `60 minutes`.
    static func minutes(_ n: Int) -> String { count(n, "minute") }

    /// `1 day`, `3 days`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// The occurrence id text used in `Violation.sessions`.
    static func id(_ p: Problem, _ o: Int) -> String { p.occurrences[o].id.description }
}
