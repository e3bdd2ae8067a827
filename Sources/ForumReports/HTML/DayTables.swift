import ForumModel
import ForumText

/// The day-by-day tables of a trainer's or a group's page: one row per occurrence and, between
/// two occurrences in different venues, a row with the move (travel time and the gap left for it).
struct DayTables {
    let context: ReportContext
    let shell: PageShell
    /// The trainer whose page it is (their name is left out of the trainers column), nil for a group.
    let trainer: Trainer?
    /// The venue the trainer or group is based at: each day's route starts and ends there.
    let home: Venue?

    /// A change of venue between two consecutive occurrences of one day.
    struct Move {
        var from: Venue
        var to: Venue
        /// Travel time the plan gives between the venues.
        var travel: Int
        /// Minutes between the end of one occurrence and the start of the next.
        var gap: Int
    }

    /// The moves between consecutive `items` of one day (online rooms need no travel).
    static func moves(_ items: [ReportItem], plan: Plan) -> [Int: Move] {
        var moves: [Int: Move] = [:]
        for i in items.indices.dropFirst() {
            let a = items[i - 1], b = items[i]
            guard let from = a.venue, let to = b.venue, from.id != to.id, !isOnline(a, plan), !isOnline(b, plan) else { continue }
            moves[i] = Move(from: from, to: to, travel: plan.travelMinutes(from: from.id, to: to.id), gap: b.start - a.end)
        }
        return moves
    }

    /// The trips from `home` to the first venue of the day and back from the last (nil when there is none).
    static func homeTrips(_ items: [ReportItem], home: Venue?, plan: Plan) -> (out: Move?, back: Move?) {
        guard let home else { return (nil, nil) }
        let inPerson = items.filter { !isOnline($0, plan) }
        func trip(_ from: Venue?, _ to: Venue?) -> Move? {
            guard let from, let to, from.id != to.id else { return nil }
            return Move(from: from, to: to, travel: plan.travelMinutes(from: from.id, to: to.id), gap: 0)
        }
        return (trip(home, inPerson.first?.venue), trip(inPerson.last?.venue, home))
    }

    private static func isOnline(_ item: ReportItem, _ plan: Plan) -> Bool {
        guard let id = item.roomID else { return false }
        return item.venue?.rooms.first { $0.id == id }?.online ?? false
    }

    /// `Aktau → Zhanaozen → Aktau`: the towns (or venues, when the plan names no towns) visited in
    /// order, from and back to `home` when there is one.
    static func route(_ items: [ReportItem], home: Venue?) -> String {
        var stops: [String] = []
        let venues = (home.map { [$0] } ?? []) + items.compactMap(\.venue) + (home.map { [$0] } ?? [])
        for venue in venues {
            let stop = venue.town ?? venue.name
            if stops.last != stop { stops.append(stop) }
        }
        return stops.joined(separator: " → ")
    }

    /// Writes a section per day with `items` (already sorted by date and start).
    func write(_ h: inout HTML, _ items: [ReportItem]) {
        let days = context.days.filter { day in items.contains { $0.date == day } }
        for day in days {
            let today = items.filter { $0.date == day }
            let minutes = today.reduce(0) { $0 + $1.minutes }
            let w = context.words.report
            let hours = trainer?.maxDailyMinutes.map { w.ofAtMost(context.hours(minutes), context.hours($0)) } ?? context.hours(minutes)
            h.element("h2", [("id", day.description)]) { h in
                h.text(context.dayTitle(day) + " — " + hours)
                if let limit = trainer?.maxDailyMinutes, minutes > limit { h.element("span", [("class", "bad")], text: w.overLimit) }
            }
            let route = Self.route(today, home: home)
            if route.contains("→") { h.element("p", [("class", "facts")], text: w.route + ": " + route) }
            let moves = Self.moves(today, plan: context.plan)
            let trips = Self.homeTrips(today, home: home, plan: context.plan)
            h.element("table", [("class", "list")]) { h in
                h.element("thead") { h in
                    h.element("tr") { h in
                        let labels = [w.time, w.session, w.kindColumn, w.room, trainer == nil ? w.trainers : w.with, w.groups, w.peopleColumn]
                        for (i, label) in labels.enumerated() {
                            h.element("th", [("class", i == labels.count - 1 ? "num" : nil)], text: label)
                        }
                    }
                }
                h.element("tbody") { h in
                    if let out = trips.out { moveRow(&h, out, note: w.fromBase) }
                    for (i, item) in today.enumerated() {
                        if let move = moves[i] { moveRow(&h, move, note: nil) }
                        row(&h, item)
                    }
                    if let back = trips.back { moveRow(&h, back, note: w.backToBase) }
                }
            }
        }
    }

    private func row(_ h: inout HTML, _ item: ReportItem) {
        h.element(
            "tr",
            [
                ("data-occurrence", item.occurrence), ("data-date", item.date.description),
                ("data-start", item.startText), ("data-end", item.endText), ("data-room", item.roomID ?? "")
            ]
        ) { h in
            h.element("td", text: item.timeText)
            h.element("td") { h in
                h.element("span", [("class", "legend")]) { h in
                    h.element("span", [("class", ReportStyle.kindClass(item.kind))], text: item.title)
                }
            }
            h.element("td", text: context.words.report.kind(item.kind))
            h.element("td") { h in
                let target =
                    context.splitsByVenue
                    ? ReportContext.dayVenuePath(item.date, venue: item.venue?.id) : ReportContext.dayPath(item.date)
                h.link(shell.href(target), item.placeText(context.words))
            }
            h.element("td") { h in
                var first = true
                for (id, name) in zip(item.trainerIDs, item.trainerNames) where id != trainer?.id {
                    if !first { h.text(", ") }
                    first = false
                    h.link(shell.href(ReportContext.trainerPath(id)), name)
                }
            }
            h.element("td") { h in
                for (i, (id, name)) in zip(item.groupIDs, item.groupNames).enumerated() {
                    if i > 0 { h.text(", ") }
                    h.link(shell.href(ReportContext.groupPath(id)), name)
                }
            }
            h.element("td", [("class", "num")], text: item.size > 0 ? context.words.number(item.size) : "")
        }
    }

    /// A travel row: between two sessions (with the gap left for it), or to or from the base (`note`).
    private func moveRow(_ h: inout HTML, _ move: Move, note: String?) {
        let from = move.from.name + (move.from.town.map { " (\($0))" } ?? "")
        let to = move.to.name + (move.to.town.map { " (\($0))" } ?? "")
        let w = context.words.report
        var text = w.travel(note, from, to, context.hours(move.travel))
        let needed = move.travel + (trainer?.minBreakMinutes ?? 0)
        let tight = note == nil && move.gap < needed
        if note == nil {
            text += move.gap >= 0 ? w.gapBetween(context.hours(move.gap)) : w.overlap
        }
        h.element("tr", [("class", "move")]) { h in
            h.element("td", [("class", tight ? "tight" : nil)], text: tight ? w.tooTight : "")
            h.element("td", [("colspan", "6")], text: text)
        }
    }
}
