import ForumModel
import ForumText

/// A timetable grid page: a whole day (`days/<date>.html`), or one venue on one day
/// (`days/<date>/<venue>.html`) when the plan is too large for a day on one page.
struct DayGridPage {
    let context: ReportContext
    let day: LocalDate
    /// The venue shown, nil for the whole day.
    let venue: Venue?
    /// Set with `venue` for the page of occurrences with no room or a room the plan does not know.
    let unknownRooms: Bool

    /// The whole day.
    init(context: ReportContext, day: LocalDate) {
        self.context = context
        self.day = day
        self.venue = nil
        self.unknownRooms = false
    }

    /// One venue on one day (`venue` nil with `unknownRooms`: the occurrences in no known room).
    init(context: ReportContext, day: LocalDate, venue: Venue?, unknownRooms: Bool) {
        self.context = context
        self.day = day
        self.venue = venue
        self.unknownRooms = unknownRooms
    }

    var path: String {
        if venue == nil && !unknownRooms { return ReportContext.dayPath(day) }
        return ReportContext.dayVenuePath(day, venue: venue?.id)
    }

    /// The occurrences this page shows.
    var items: [ReportItem] {
        let all = context.items(on: day)
        if let venue { return all.filter { $0.venue?.id == venue.id } }
        if unknownRooms { return all.filter { $0.venue == nil } }
        return all
    }

    func page() -> ReportPage {
        let items = self.items
        let w = context.words.report
        let dayText = context.dayTitle(day)
        let place = venue.map { $0.name + ($0.town.map { ", " + $0 } ?? "") } ?? (unknownRooms ? w.roomsNotInPlan : nil)
        let title = place.map { dayText + " — " + $0 } ?? dayText
        let shell = PageShell(context: context, path: path)
        return shell.page(title: title) { h in
            // Printed, each sheet carries its own heading and fills a page, so the page head is screen-only.
            h.element("div", [("class", "pagehead")]) { h in
                h.element("h1", text: title)
                let minutes = items.reduce(0) { $0 + $1.minutes }
                h.element(
                    "p", [("class", "facts")],
                    text: w.dayFacts(context.count(items.count, w.sessions), context.hours(minutes), context.plan.forum.timeZone))
                if venue != nil || unknownRooms {
                    h.element("p", [("class", "facts")]) { h in
                        h.link(shell.href(ReportContext.dayPath(day)), w.allVenuesOn(context.words.date(day)))
                    }
                }
                ReportStyle.legend(&h, for: items, words: context.words)
            }
            let grid = RoomGrid(day: day, items: items, plan: context.plan, words: context.words)
            if grid.sheets.isEmpty {
                h.element("p", text: w.noSessionsThisDay)
            } else {
                grid.write(&h, heading: title)
            }
        }
    }
}
