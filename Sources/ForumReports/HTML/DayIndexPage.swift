import ForumModel
import ForumText

/// `days/<date>.html` of a large plan: the venues in use that day, each linking to its grid page.
struct DayIndexPage {
    let context: ReportContext
    let day: LocalDate

    /// The venues with occurrences on the day (plan order), then nil for occurrences in no known room.
    var venues: [Venue?] {
        let items = context.items(on: day)
        var list: [Venue?] = context.plan.venues.filter { v in items.contains { $0.venue?.id == v.id } }
        if items.contains(where: { $0.venue == nil }) { list.append(nil) }
        return list
    }

    func page() -> ReportPage {
        let path = ReportContext.dayPath(day)
        let shell = PageShell(context: context, path: path)
        let title = context.dayTitle(day)
        let items = context.items(on: day)
        let w = context.words.report
        return shell.page(title: title) { h in
            h.element("h1", text: title)
            h.element(
                "p", [("class", "facts")],
                text: w.dayIndexFacts(
                    context.count(items.count, w.sessions), context.count(Set(items.compactMap(\.roomID)).count, w.rooms),
                    context.plan.forum.timeZone))
            guard !items.isEmpty else {
                h.element("p", text: w.noSessionsThisDay)
                return
            }
            h.element("table", [("class", "list")]) { h in
                h.element("thead") { h in
                    h.element("tr") { h in
                        for (label, cls) in [
                            (w.venue, nil), (w.town, nil), (w.sessionsColumn, "num"), (w.roomsInUse, "num"), (w.from, nil), (w.to, nil)
                        ] as [(String, String?)] {
                            h.element("th", [("class", cls)], text: label)
                        }
                    }
                }
                h.element("tbody") { h in
                    for venue in venues {
                        let here = items.filter { $0.venue?.id == venue?.id }
                        let target = ReportContext.dayVenuePath(day, venue: venue?.id)
                        h.element("tr") { h in
                            h.element("td") { h in h.link(shell.href(target), venue?.name ?? w.roomsNotInPlan) }
                            h.element("td", text: venue?.town ?? "")
                            h.element("td", [("class", "num")], text: String(here.count))
                            h.element("td", [("class", "num")], text: String(Set(here.map { $0.roomID ?? "" }).count))
                            h.element("td", text: ReportItem.clock(here.map(\.start).min() ?? 0))
                            h.element("td", text: ReportItem.clock(here.map(\.end).max() ?? 0))
                        }
                    }
                }
            }
            ReportStyle.legend(&h, for: items, words: context.words)
        }
    }
}
