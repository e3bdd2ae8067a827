import Yams

extension NodeReader {
    /// Reads an ISO date `YYYY-MM-DD`.
    func date(_ node: Node, _ what: String) -> LocalDate? {
        guard let text = text(node, what) else { return nil }
        guard let date = LocalDate(iso: text) else {
            log.error(
                "`\(what)` \(Self.describe(node)) is not a date", at: node,
                hint: "Write dates as YYYY-MM-DD, e.g. 2019-11-14, and check that the day exists.")
            return nil
        }
        return date
    }

    /// Reads a list of dates.
    func dates(_ node: Node, _ what: String) -> [LocalDate] {
        guard let items = list(node, what, example: "[2019-11-14, 2019-11-15]") else { return [] }
        return items.compactMap { date($0, what) }
    }

    /// Reads a 24-hour time `HH:MM` (`24:00` is the end of the day).
    func time(_ node: Node, _ what: String) -> TimeOfDay? {
        guard let text = text(node, what) else { return nil }
        guard let time = TimeOfDay(parsing: text) else {
            log.error(
                "`\(what)` \(Self.describe(node)) is not a time", at: node,
                hint: "Write times as \"HH:MM\" on the 24-hour clock, in quotes, e.g. \"09:00\" or \"13:30\".")
            return nil
        }
        return time
    }

    /// Reads a duration such as `90m`, `1h30m` or `3h`, in minutes, at most `maxMinutes`.
    func duration(_ node: Node, _ what: String, maxMinutes: Int = 100 * 24 * 60) -> Int? {
        guard let text = text(node, what) else { return nil }
        guard let minutes = DurationText.minutes(text) else {
            let bare = text.allSatisfy(\.isASCIIDigit) && !text.isEmpty
            log.error(
                "`\(what)` \(Self.describe(node)) is not a duration", at: node,
                hint: bare
                    ? "Add a unit: `\(text)m` for minutes or `\(text)h` for hours."
                    : "Write durations as hours and/or minutes without spaces, e.g. 90m, 1h30m or 3h.")
            return nil
        }
        guard minutes <= maxMinutes else {
            log.error(
                "`\(what)` \(Self.describe(node)) is too long", at: node,
                hint: "Write at most \(DurationText.format(maxMinutes)).")
            return nil
        }
        return minutes
    }

    /// Reads a time window `"[DATE ]HH:MM-HH:MM"`; with `allowDate`, a bare `DATE` means that whole day.
    func window(_ node: Node, _ what: String, allowDate: Bool = false) -> TimeWindow? {
        guard let text = text(node, what) else { return nil }
        let example = "Write \"13:00-14:00\" (every day) or \"2019-11-14 09:00-12:00\"" + (allowDate ? ", or a date for the whole day." : ".")
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        var day: LocalDate? = nil
        var range = parts.last.map(String.init) ?? ""
        if parts.count == 2 {
            guard let d = LocalDate(iso: parts[0]) else {
                log.error(
                    "`\(what)` \(Self.describe(node)) starts with '\(Self.shortened(String(parts[0])))', which is not a date", at: node,
                    hint: "Dates are YYYY-MM-DD. " + example)
                return nil
            }
            day = d
        } else if parts.count == 1, allowDate, let d = LocalDate(iso: parts[0]) {
            return TimeWindow(day: d, start: TimeOfDay(minutes: 0)!, end: TimeOfDay(minutes: 1440)!)
        } else if parts.count != 1 {
            range = ""
        }
        let ends = range.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let start = TimeOfDay(parsing: ends[0]), let end = TimeOfDay(parsing: ends[1]) else {
            log.error("`\(what)` \(Self.describe(node)) is not a time window", at: node, hint: example)
            return nil
        }
        guard start < end else {
            log.error(
                "`\(what)` \(Self.describe(node)) ends before it starts", at: node,
                hint: "Put the earlier time first, e.g. \"\(end)-\(start)\"; a window cannot cross midnight (use 24:00 as the end of the day).")
            return nil
        }
        return TimeWindow(day: day, start: start, end: end)
    }

    /// Reads a list of time windows (or dates, with `allowDate`).
    func windows(_ node: Node, _ what: String, allowDate: Bool = false) -> [TimeWindow] {
        guard let items = list(node, what, example: "[\"13:00-14:00\"]") else { return [] }
        return items.compactMap { window($0, what, allowDate: allowDate) }
    }
}
