import Yams

extension PlanDecoder {
    static let forumKeys = ["id", "languages", "title", "time_zone", "days", "hours", "breaks", "grid", "late_after", "holidays", "description"]
    /// Longest day range accepted (about ten years), so a typo in a year cannot expand into millions of days.
    static let maxForumDays = 3660

    /// Decodes the forum section field by field: a broken or missing field is reported, recorded in
    /// ``PlanSourceMap/brokenForumFields`` and replaced by a placeholder, so the checks that do not
    /// need it still run (a bad day must not hide a duration off the grid).
    func decodeForum(_ node: Node) -> Forum {
        guard let fields = reader.mapping(node, "forum", keys: Self.forumKeys) else {
            map.brokenForumFields.formUnion(Self.forumKeys)
            return Self.placeholderForum
        }
        note("forum", node)
        let id = forumField(fields, "id") { fields.required("id").flatMap { reader.id($0, "id") } }
        let languages = forumField(fields, "languages") { fields["languages"].map(decodeLanguages) ?? [.en] }
        forumLanguages = languages
        let title = forumField(fields, "title") { fields.required("title").flatMap { localizedText($0, "title", owner: "forum") } }
        let timeZone = forumField(fields, "time_zone") {
            fields.required("time_zone", hint: "Add the IANA time zone name, e.g. `time_zone: Asia/Almaty`.")
                .flatMap { reader.text($0, "time_zone") }
        }
        let days = forumField(fields, "days") {
            fields.required("days", hint: "Add `days: [2019-11-14, 2019-11-15]` or `days: {from: …, to: …}`.").flatMap(decodeDays)
        }
        let hours = forumField(fields, "hours") {
            fields.required("hours", hint: "Add `hours: {start: \"09:00\", end: \"18:00\"}`.").flatMap(decodeHours)
        }
        let breaks = forumField(fields, "breaks") { () -> [TimeWindow]? in
            let before = log.errorTotal
            let windows = fields["breaks"].map { windowList($0, "breaks", path: "forum.breaks") } ?? []
            return log.errorTotal == before ? windows : nil
        }
        var grid = 30
        if let gridNode = fields["grid"] {
            if let minutes = reader.duration(gridNode, "grid"), 60 % minutes == 0, minutes >= 5 {
                grid = minutes
                note("forum.grid", gridNode)
            } else {
                if let minutes = DurationText.minutes(gridNode.string ?? "") {
                    log.error(
                        "`grid` \(DurationText.format(minutes)) does not divide an hour into equal steps", at: gridNode,
                        hint: "Use one of 5m, 10m, 15m, 20m, 30m or 60m.")
                }
                map.brokenForumFields.insert("grid")
            }
        }
        let lateAfter = fields["late_after"].flatMap { reader.time($0, "late_after") }
        if let node = fields["late_after"], lateAfter != nil { note("forum.late_after", node) }
        var holidays: [String] = []
        if let node = fields["holidays"], let items = reader.list(node, "holidays", example: "[../calendars/holidays.ics]") {
            for item in items {
                guard let path = reader.text(item, "holidays") else { continue }
                note("forum.holidays[\(holidays.count)]", item)
                holidays.append(path)
            }
        }
        let description = optionalText(fields, "description")
        let placeholder = Self.placeholderForum
        var forum = Forum(
            id: id ?? placeholder.id, title: "", timeZone: timeZone ?? placeholder.timeZone,
            days: days ?? placeholder.days, dayStart: hours?.start ?? placeholder.dayStart,
            dayEnd: hours?.end ?? placeholder.dayEnd, breaks: breaks ?? [], gridMinutes: grid,
            lateAfter: lateAfter, blockedCalendars: holidays, languages: languages ?? placeholder.languages)
        forum.localizedTitle = title ?? placeholder.localizedTitle
        forum.localizedDescription = description
        return forum
    }

    /// Stands in for the forum, or for its broken fields, while the rest of the plan is checked.
    static let placeholderForum = Forum(
        id: "", title: "", timeZone: "", days: [], dayStart: TimeOfDay(minutes: 0)!,
        dayEnd: TimeOfDay(minutes: 1440)!)

    /// Decodes one forum field; when it comes out nil (reported, or missing), records it as broken,
    /// otherwise records its location as `forum.<key>`.
    private func forumField<T>(_ fields: MappingFields, _ key: String, _ decode: () -> T?) -> T? {
        let value = decode()
        if value == nil {
            map.brokenForumFields.insert(key)
        } else if let node = fields[key] {
            note("forum.\(key)", node)
        }
        return value
    }

    /// Reads a list of windows, recording each one's location as `path[j]`.
    func windowList(_ node: Node, _ what: String, path: String, allowDate: Bool = false) -> [TimeWindow] {
        guard let items = reader.list(node, what, example: "[\"13:00-14:00\"]") else { return [] }
        var result: [TimeWindow] = []
        for item in items {
            guard let window = reader.window(item, what, allowDate: allowDate) else { continue }
            note("\(path)[\(result.count)]", item)
            result.append(window)
        }
        return result
    }

    private func decodeHours(_ node: Node) -> (start: TimeOfDay, end: TimeOfDay)? {
        guard let fields = reader.mapping(node, "`hours`", keys: ["start", "end"]) else { return nil }
        let start = fields.required("start").flatMap { reader.time($0, "hours.start") }
        let end = fields.required("end").flatMap { reader.time($0, "hours.end") }
        guard let start, let end else { return nil }
        guard start < end else {
            log.error(
                "`hours` end \(end) is not after start \(start)", at: fields["end"] ?? node,
                hint: "Give the daily opening hours with the earlier time as `start`.")
            return nil
        }
        return (start, end)
    }

    private func decodeDays(_ node: Node) -> [LocalDate]? {
        let before = log.errorTotal
        var days: [LocalDate]
        switch node {
        case .sequence:
            days = reader.dates(node, "days")
        case .mapping:
            days = decodeDayRange(node) ?? []
        default:
            log.error(
                "`days` must be a list of dates or {from, to, weekdays, except}, not \(NodeReader.describe(node))", at: node,
                hint: "Write `days: [2019-11-14, 2019-11-15]` or `days: {from: 2026-01-12, to: 2026-04-10, weekdays: [mon, tue]}`.")
            return nil
        }
        guard log.errorTotal == before else { return nil }
        days = Array(Set(days)).sorted()
        guard !days.isEmpty else {
            log.error("`days` names no day", at: node, hint: "List at least one date, or widen the range or its weekdays.")
            return nil
        }
        return days
    }

    private func decodeDayRange(_ node: Node) -> [LocalDate]? {
        guard let fields = reader.mapping(node, "`days`", keys: ["from", "to", "weekdays", "except"]) else { return nil }
        let from = fields.required("from").flatMap { reader.date($0, "days.from") }
        let to = fields.required("to").flatMap { reader.date($0, "days.to") }
        var weekdays = Weekday.allCases
        if let node = fields["weekdays"], let items = reader.list(node, "weekdays", example: "[mon, tue, wed, thu, fri]") {
            weekdays = items.compactMap { item in
                guard let name = reader.text(item, "weekdays") else { return nil }
                guard let day = Weekday(rawValue: name.lowercased()) else {
                    log.error(
                        "`weekdays` '\(NodeReader.shortened(name))' is not a weekday", at: item,
                        hint: Suggestion.hint(for: name, in: Weekday.allCases.map(\.rawValue), kind: "weekdays"))
                    return nil
                }
                return day
            }
        }
        let except = fields["except"].map { reader.dates($0, "days.except") } ?? []
        guard let from, let to else { return nil }
        guard from <= to else {
            log.error(
                "`days` range ends (\(to)) before it starts (\(from))", at: fields["to"] ?? node,
                hint: "Put the first day in `from` and the last in `to`.")
            return nil
        }
        let count = to.daysSinceEpoch - from.daysSinceEpoch + 1
        guard count <= Self.maxForumDays else {
            log.error(
                "`days` range spans \(count) days, more than \(Self.maxForumDays)", at: fields["to"] ?? node,
                hint: "Check the years in `from` and `to`.")
            return nil
        }
        return (0..<count).map { from.adding(days: $0) }.filter { weekdays.contains($0.weekday) && !except.contains($0) }
    }
}
