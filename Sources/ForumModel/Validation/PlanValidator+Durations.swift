extension PlanValidator {
    /// Durations are whole multiples of the grid and fit into the longest stretch of forum hours without a break.
    func checkDurations() {
        let forum = plan.forum
        let gridKnown = map.forumKnows("grid")
        let longest = map.forumKnows("days", "hours", "breaks") ? longestFreeStretch() : nil
        for (s, session) in plan.sessions.enumerated() {
            let at = ["sessions[\(s)].duration", "sessions[\(s)]"]
            let length = DurationText.format(session.durationMinutes)
            if gridKnown, session.durationMinutes % forum.gridMinutes != 0 {
                let down = session.durationMinutes / forum.gridMinutes * forum.gridMinutes
                let up = down + forum.gridMinutes
                let options = (down > 0 ? [DurationText.format(down)] : []) + [DurationText.format(up)]
                error(
                    "session '\(session.id)' lasts \(length), which is not a multiple of the \(DurationText.format(forum.gridMinutes)) grid",
                    at: at, hint: "Use \(options.joined(separator: " or ")), or make the forum's `grid` finer.")
            }
            if let longest, session.durationMinutes > longest.minutes {
                error(
                    "session '\(session.id)' lasts \(length), longer than the longest stretch of forum hours without a break (\(DurationText.format(longest.minutes)), \(longest.start)–\(longest.end))",
                    at: at, hint: "Shorten it, split it into a course with `repeats`, or widen `hours` / move `breaks`.")
            }
        }
    }

    /// The longest stretch of any forum day between its hours' start and end that no break cuts.
    func longestFreeStretch() -> (start: TimeOfDay, end: TimeOfDay, minutes: Int)? {
        let forum = plan.forum
        var best: (start: TimeOfDay, end: TimeOfDay, minutes: Int)? = nil
        for day in forum.days {
            for stretch in freeStretches(on: day) where stretch.minutes > (best?.minutes ?? 0) {
                best = stretch
            }
        }
        return best
    }

    /// The stretches of forum hours on `day` that no break overlaps, in order.
    func freeStretches(on day: LocalDate) -> [(start: TimeOfDay, end: TimeOfDay, minutes: Int)] {
        let forum = plan.forum
        let breaks = forum.breaks.filter { $0.applies(on: day) }.sorted { $0.start < $1.start }
        var result: [(start: TimeOfDay, end: TimeOfDay, minutes: Int)] = []
        var cursor = forum.dayStart.minutes
        for window in breaks {
            if window.start.minutes > cursor {
                let end = min(window.start.minutes, forum.dayEnd.minutes)
                if end > cursor { result.append((TimeOfDay(minutes: cursor)!, TimeOfDay(minutes: end)!, end - cursor)) }
            }
            cursor = max(cursor, window.end.minutes)
        }
        if forum.dayEnd.minutes > cursor {
            result.append((TimeOfDay(minutes: cursor)!, forum.dayEnd, forum.dayEnd.minutes - cursor))
        }
        return result
    }
}
