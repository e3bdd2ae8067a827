import ForumModel

/// `trainers/<id>.html`: a trainer's days, hours against their daily limit, and travel between venues.
struct TrainerPage {
    let context: ReportContext
    let trainer: Trainer

    /// The trainer's occurrences, by date and start.
    var items: [ReportItem] { context.items.filter { $0.trainerIDs.contains(trainer.id) } }

    func page() -> ReportPage {
        let shell = PageShell(context: context, path: ReportContext.trainerPath(trainer.id))
        let items = self.items
        return shell.page(title: trainer.name) { h in
            h.element("h1", text: trainer.name)
            var facts: [String] = []
            if !trainer.languages.isEmpty { facts.append("Languages: " + trainer.languages.joined(separator: ", ")) }
            if !trainer.skills.isEmpty { facts.append("Skills: " + trainer.skills.joined(separator: ", ")) }
            let home = trainer.homeVenue.flatMap { id in context.plan.venues.first { $0.id == id } }
            if let home { facts.append("Based at: " + home.name + (home.town.map { ", " + $0 } ?? "")) }
            if let limit = trainer.maxDailyMinutes { facts.append("At most \(ReportContext.hours(limit)) a day") }
            if trainer.minBreakMinutes > 0 { facts.append("At least \(ReportContext.hours(trainer.minBreakMinutes)) between sessions") }
            if !facts.isEmpty { h.element("p", [("class", "facts")], text: facts.joined(separator: " · ")) }

            let days = Set(items.map(\.date)).count
            let minutes = items.reduce(0) { $0 + $1.minutes }
            var moves = 0, travel = 0, townChanges = 0, awayDays = 0
            for day in context.days {
                let today = items.filter { $0.date == day }
                for move in DayTables.moves(today, plan: context.plan).values {
                    moves += 1
                    travel += move.travel
                    if move.from.town != move.to.town { townChanges += 1 }
                }
                let trips = DayTables.homeTrips(today, home: home, plan: context.plan)
                if trips.out != nil || trips.back != nil { awayDays += 1 }
                travel += (trips.out?.travel ?? 0) + (trips.back?.travel ?? 0)
            }
            h.element("p", [("class", "score")],
                      text: "\(ReportContext.hours(minutes)) in \(items.count) sessions on \(days) \(days == 1 ? "day" : "days")")
            var travelFacts: [String] = []
            if awayDays > 0 { travelFacts.append("\(awayDays) \(awayDays == 1 ? "day" : "days") away from the base") }
            if moves > 0 {
                travelFacts.append("\(moves) \(moves == 1 ? "change" : "changes") of venue within a day (\(townChanges) between towns)")
            }
            h.element("p", [("class", "facts")],
                      text: travelFacts.isEmpty ? "No travel between venues."
                          : travelFacts.joined(separator: ", ") + "; \(ReportContext.hours(travel)) of travel in all.")
            if items.isEmpty { h.element("p", text: "No sessions assigned.") }
            DayTables(context: context, shell: shell, trainer: trainer, home: home).write(&h, items)
        }
    }
}
