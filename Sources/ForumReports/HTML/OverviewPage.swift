import ForumModel

/// `index.html`: the forum at a glance — score, violated constraints, unplaced sessions, the days,
/// every trainer's load per day (SVG) and the trainer and group pages.
struct OverviewPage {
    let context: ReportContext

    func page() -> ReportPage {
        let shell = PageShell(context: context, path: ReportContext.overviewPath)
        let plan = context.plan
        return shell.page(title: "Overview") { h in
            h.element("h1", text: plan.forum.title)
            if let description = plan.forum.description { h.element("p", text: description) }
            let first = context.days.first.map(\.description) ?? "", last = context.days.last.map(\.description) ?? ""
            h.element("p", [("class", "facts")],
                      text: "\(first)\(first == last ? "" : " to " + last), \(context.days.count) days · times in \(plan.forum.timeZone) · "
                          + "\(context.items.count) sessions placed, \(context.schedule.unplaced.count) unplaced · "
                          + "\(plan.rooms.count) rooms in \(plan.venues.count) venues · \(plan.trainers.count) trainers · \(plan.groups.count) groups")
            score(&h)
            violations(&h, shell)
            unplaced(&h)
            days(&h, shell)
            h.element("h2", [("id", "load")], text: "Trainer load per day")
            h.element("p", [("class", "facts")], text: "Bars: hours taught that day; grey track up to the black tick: the trainer's daily limit; red: over the limit.")
            LoadChart(context: context).write(&h)
            trainers(&h, shell)
            groups(&h, shell)
        }
    }

    private func score(_ h: inout HTML) {
        let e = context.evaluation
        let feasible = e.score.isFeasible && context.schedule.unplaced.isEmpty
        h.element("p", [("class", "score")]) { h in
            h.text("Score \(e.score) — ")
            h.element("span", [("class", feasible ? "ok" : "bad")],
                      text: feasible ? "no hard conflicts" : "\(e.score.hard) hard penalty points, \(context.schedule.unplaced.count) unplaced")
        }
    }

    private func violations(_ h: inout HTML, _ shell: PageShell) {
        let list = context.evaluation.violations
        h.element("h2", [("id", "violations")], text: "Violated constraints")
        guard !list.isEmpty else {
            h.element("p", text: "None: every constraint is satisfied.")
            return
        }
        let order = ViolationsPage.constraints(context)
        h.element("table", [("class", "list")]) { h in
            h.element("thead") { h in
                h.element("tr") { h in
                    h.element("th", text: "Constraint")
                    h.element("th", text: "Level")
                    h.element("th", [("class", "num")], text: "Times")
                    h.element("th", [("class", "num")], text: "Penalty")
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
                h.element("summary", text: "\(id.rawValue): \(these.count) \(these.count == 1 ? "time" : "times")")
                h.element("ul") { h in
                    for v in these.prefix(ViolationsPage.overviewLimit) {
                        h.element("li", text: "[\(v.level.rawValue) \(v.penalty)] " + v.message)
                    }
                }
                if these.count > ViolationsPage.overviewLimit {
                    h.element("p") { h in
                        h.link(shell.href(ViolationsPage.path(id)), "All \(these.count) \(id.rawValue) violations, by day")
                    }
                }
            }
        }
    }

    private func unplaced(_ h: inout HTML) {
        let list = context.schedule.unplaced
        guard !list.isEmpty else { return }
        h.element("h2", [("id", "unplaced")], text: "Unplaced sessions")
        h.element("ul") { h in
            for u in list { h.element("li", text: "\(u.id): \(u.reason)") }
        }
    }

    private func days(_ h: inout HTML, _ shell: PageShell) {
        h.element("h2", [("id", "days")], text: "Days")
        h.element("table", [("class", "list")]) { h in
            h.element("tbody") { h in
                for day in context.days {
                    let items = context.items(on: day)
                    h.element("tr") { h in
                        h.element("td") { h in h.link(shell.href(ReportContext.dayPath(day)), ReportContext.weekdayName(day) + " " + day.description) }
                        h.element("td", [("class", "num")], text: "\(items.count) sessions")
                        if context.splitsByVenue {
                            h.element("td") { h in
                                let index = DayIndexPage(context: context, day: day)
                                for (i, venue) in index.venues.enumerated() {
                                    if i > 0 { h.text(" · ") }
                                    h.link(shell.href(ReportContext.dayVenuePath(day, venue: venue?.id)), venue?.town ?? venue?.name ?? "Rooms not in the plan")
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func trainers(_ h: inout HTML, _ shell: PageShell) {
        h.element("h2", [("id", "trainers")], text: "Trainers")
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
                    for (label, cls) in [("Trainer", nil), ("Sessions", "num"), ("Days", "num"), ("Hours", "num"), ("Daily limit", "num")] as [(String, String?)] {
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
                        h.element("td", [("class", "num")], text: ReportContext.hours(minutes[t.id] ?? 0))
                        h.element("td", [("class", "num")], text: t.maxDailyMinutes.map(ReportContext.hours) ?? "—")
                    }
                }
            }
        }
    }

    private func groups(_ h: inout HTML, _ shell: PageShell) {
        h.element("h2", [("id", "groups")], text: "Participant groups")
        var items: [String: [ReportItem]] = [:]
        for item in context.items { for id in item.groupIDs { items[id, default: []].append(item) } }
        h.element("table", [("class", "list")]) { h in
            h.element("thead") { h in
                h.element("tr") { h in
                    for (label, cls) in [("Group", nil), ("People", "num"), ("Sessions", "num"), ("Hours", "num")] as [(String, String?)] {
                        h.element("th", [("class", cls)], text: label)
                    }
                }
            }
            h.element("tbody") { h in
                for g in context.plan.groups {
                    let mine = items[g.id] ?? []
                    h.element("tr") { h in
                        h.element("td") { h in h.link(shell.href(ReportContext.groupPath(g.id)), g.name) }
                        h.element("td", [("class", "num")], text: String(g.size))
                        h.element("td", [("class", "num")], text: String(mine.count))
                        h.element("td", [("class", "num")], text: ReportContext.hours(GroupPage.coveredMinutes(mine)))
                    }
                }
            }
        }
    }
}
