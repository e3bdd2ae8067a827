import ForumModel
import ForumText

/// `index.html`: the forum at a glance — score, violated constraints, unplaced sessions, the days,
/// every trainer's load per day (SVG) and the trainer and group pages.
struct OverviewPage {
    let context: ReportContext

    func page() -> ReportPage {
        let shell = PageShell(context: context, path: ReportContext.overviewPath)
        let plan = context.plan, words = context.words, w = words.report
        return shell.page(title: w.overview) { h in
            h.element("h1", text: plan.forum.title)
            if let description = plan.forum.description { h.element("p", text: description) }
            var facts: [String] = []
            if let first = context.days.first, let last = context.days.last {
                facts.append(words.dateRange(first, last) + ", " + context.count(context.days.count, w.daysCounted))
            }
            facts.append(w.timesIn(plan.forum.timeZone))
            facts.append(w.placed(context.count(context.items.count, w.sessions), words.number(context.schedule.unplaced.count)))
            facts.append(w.roomsInVenues(context.count(plan.rooms.count, w.rooms), context.count(plan.venues.count, w.venues)))
            facts.append(context.count(plan.trainers.count, w.trainersCounted))
            facts.append(context.count(plan.groups.count, w.groupsCounted))
            h.element("p", [("class", "facts")], text: facts.joined(separator: " · "))
            score(&h)
            violations(&h, shell)
            unplaced(&h)
            days(&h, shell)
            h.element("h2", [("id", "load")], text: w.trainerLoad)
            h.element("p", [("class", "facts")], text: w.loadLegend)
            LoadChart(context: context).write(&h)
            trainers(&h, shell)
            groups(&h, shell)
        }
    }

    private func score(_ h: inout HTML) {
        let e = context.evaluation, w = context.words.report
        let feasible = e.score.isFeasible && context.schedule.unplaced.isEmpty
        h.element("p", [("class", "score")]) { h in
            h.text(w.score("\(e.score)") + " — ")
            h.element(
                "span", [("class", feasible ? "ok" : "bad")],
                text: feasible
                    ? w.noHardConflicts
                    : w.hardPoints(context.words.number(e.score.hard), context.words.number(context.schedule.unplaced.count)))
        }
    }

    private func violations(_ h: inout HTML, _ shell: PageShell) {
        let list = context.evaluation.violations, w = context.words.report
        h.element("h2", [("id", "violations")], text: w.violatedConstraints)
        guard !list.isEmpty else {
            h.element("p", text: w.allSatisfied)
            return
        }
        let order = ViolationsPage.constraints(context)
        h.element("table", [("class", "list")]) { h in
            h.element("thead") { h in
                h.element("tr") { h in
                    h.element("th", text: w.constraint)
                    h.element("th", text: w.level)
                    h.element("th", [("class", "num")], text: w.timesColumn)
                    h.element("th", [("class", "num")], text: w.penalty)
                }
            }
            h.element("tbody") { h in
                for id in order {
                    let these = list.filter { $0.constraint == id }
                    h.element("tr") { h in
                        h.element("td") { h in h.link(shell.href(ViolationsPage.path(id)), id.rawValue) }
                        h.element("td", [("class", these[0].level == .hard ? "bad" : nil)], text: these[0].level.rawValue)
                        h.element("td", [("class", "num")], text: String(these.count))
                        h.element("td", [("class", "num")], text: String(these.reduce(0) { $0 + $1.penalty }))
                    }
                }
            }
        }
        for id in order {
            let these = list.filter { $0.constraint == id }
            h.element("details", [("id", "c-" + id.rawValue), ("open", these[0].level == .hard ? "open" : nil)]) { h in
                h.element("summary", text: "\(id.rawValue): \(context.count(these.count, w.times))")
                h.element("ul") { h in
                    for v in these.prefix(ViolationsPage.overviewLimit) {
                        h.element("li", text: "[\(v.level.rawValue) \(v.penalty)] " + v.message)
                    }
                }
                if these.count > ViolationsPage.overviewLimit {
                    h.element("p") { h in
                        h.link(shell.href(ViolationsPage.path(id)), w.allViolations(context.count(these.count, w.violations), id.rawValue))
                    }
                }
            }
        }
    }

    private func unplaced(_ h: inout HTML) {
        let list = context.schedule.unplaced
        guard !list.isEmpty else { return }
        h.element("h2", [("id", "unplaced")], text: context.words.report.unplacedSessions)
        h.element("ul") { h in
            for u in list { h.element("li", text: "\(u.id): \(u.reason)") }
        }
    }

    private func days(_ h: inout HTML, _ shell: PageShell) {
        let w = context.words.report
        h.element("h2", [("id", "days")], text: w.days)
        h.element("table", [("class", "list")]) { h in
            h.element("tbody") { h in
                for day in context.days {
                    let items = context.items(on: day)
                    h.element("tr") { h in
                        h.element("td") { h in h.link(shell.href(ReportContext.dayPath(day)), context.dayTitle(day)) }
                        h.element("td", [("class", "num")], text: context.count(items.count, w.sessions))
                        if context.splitsByVenue {
                            h.element("td") { h in
                                let index = DayIndexPage(context: context, day: day)
                                for (i, venue) in index.venues.enumerated() {
                                    if i > 0 { h.text(" · ") }
                                    h.link(
                                        shell.href(ReportContext.dayVenuePath(day, venue: venue?.id)), venue?.town ?? venue?.name ?? w.roomsNotInPlan)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func trainers(_ h: inout HTML, _ shell: PageShell) {
        let w = context.words.report
        h.element("h2", [("id", "trainers")], text: w.trainers)
        var minutes: [String: Int] = [:], count: [String: Int] = [:], days: [String: Set<LocalDate>] = [:]
        for item in context.items {
            for id in item.trainerIDs {
                minutes[id, default: 0] += item.minutes
                count[id, default: 0] += 1
                days[id, default: []].insert(item.date)
            }
        }
        h.element("table", [("class", "list")]) { h in
            h.element("thead") { h in
                h.element("tr") { h in
                    for (label, cls) in [(w.trainer, nil), (w.sessionsColumn, "num"), (w.daysColumn, "num"), (w.hours, "num"), (w.dailyLimit, "num")]
                        as [(String, String?)]
                    {
                        h.element("th", [("class", cls)], text: label)
                    }
                }
            }
            h.element("tbody") { h in
                for t in context.plan.trainers {
                    h.element("tr") { h in
                        h.element("td") { h in h.link(shell.href(ReportContext.trainerPath(t.id)), t.name) }
                        h.element("td", [("class", "num")], text: String(count[t.id] ?? 0))
                        h.element("td", [("class", "num")], text: String(days[t.id]?.count ?? 0))
                        h.element("td", [("class", "num")], text: context.hours(minutes[t.id] ?? 0))
                        h.element("td", [("class", "num")], text: t.maxDailyMinutes.map(context.hours) ?? "—")
                    }
                }
            }
        }
    }

    private func groups(_ h: inout HTML, _ shell: PageShell) {
        let w = context.words.report
        h.element("h2", [("id", "groups")], text: w.participantGroups)
        var items: [String: [ReportItem]] = [:]
        for item in context.items { for id in item.groupIDs { items[id, default: []].append(item) } }
        h.element("table", [("class", "list")]) { h in
            h.element("thead") { h in
                h.element("tr") { h in
                    for (label, cls) in [(w.group, nil), (w.peopleColumn, "num"), (w.sessionsColumn, "num"), (w.hours, "num")] as [(String, String?)]
                    {
                        h.element("th", [("class", cls)], text: label)
                    }
                }
            }
            h.element("tbody") { h in
                for g in context.plan.groups {
                    let mine = items[g.id] ?? []
                    h.element("tr") { h in
                        h.element("td") { h in h.link(shell.href(ReportContext.groupPath(g.id)), g.name) }
                        h.element("td", [("class", "num")], text: context.words.number(g.size))
                        h.element("td", [("class", "num")], text: context.words.number(mine.count))
                        h.element("td", [("class", "num")], text: context.hours(GroupPage.coveredMinutes(mine)))
                    }
                }
            }
        }
    }
}
