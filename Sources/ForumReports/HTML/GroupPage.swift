import ForumModel
import ForumText

/// `groups/<id>.html`: a participant group's days, with their trainers and changes of venue.
struct GroupPage {
    let context: ReportContext
    let group: ParticipantGroup

    /// The group's occurrences, by date and start (every section of a split session it attends).
    var items: [ReportItem] { context.items.filter { $0.groupIDs.contains(group.id) } }

    func page() -> ReportPage {
        let shell = PageShell(context: context, path: ReportContext.groupPath(group.id))
        let items = self.items
        return shell.page(title: group.name) { h in
            h.element("h1", text: group.name)
            let w = context.words.report
            var facts = [context.count(group.size, w.people)]
            let home = group.homeVenue.flatMap { id in context.plan.venues.first { $0.id == id } }
            if let home { facts.append(w.basedAt + ": " + home.name + (home.town.map { ", " + $0 } ?? "")) }
            h.element("p", [("class", "facts")], text: facts.joined(separator: " · "))
            let days = Set(items.map(\.date)).count
            let minutes = Self.coveredMinutes(items)
            h.element(
                "p", [("class", "score")],
                text: w.workload(context.hours(minutes), context.count(items.count, w.sessions), context.count(days, w.daysCounted)))
            if items.contains(where: { $0.id.section != nil }) {
                h.element("p", [("class", "facts")], text: w.sectionsShared)
            }
            if items.isEmpty { h.element("p", text: w.noSessionsScheduled) }
            DayTables(context: context, shell: shell, trainer: nil, home: home).write(&h, items)
        }
    }

    /// Minutes of the day covered by at least one of the items (parallel sections count once).
    static func coveredMinutes(_ items: [ReportItem]) -> Int {
        var total = 0
        var byDay: [LocalDate: [(Int, Int)]] = [:]
        for item in items { byDay[item.date, default: []].append((item.start, item.end)) }
        for day in byDay.keys.sorted() {
            var end = Int.min
            for (s, e) in (byDay[day] ?? []).sorted(by: { $0 < $1 }) {
                if s >= end {
                    total += max(0, e - s)
                    end = e
                } else if e > end {
                    total += e - end
                    end = e
                }
            }
        }
        return total
    }
}
