import ForumModel
import ForumText

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
            let w = context.words.report
            var facts: [String] = []
            if !trainer.languages.isEmpty { facts.append(w.languages + ": " + trainer.languages.joined(separator: ", ")) }
            if !trainer.skills.isEmpty { facts.append(w.skills + ": " + trainer.skills.joined(separator: ", ")) }
            let home = trainer.homeVenue.flatMap { id in context.plan.venues.first { $0.id == id } }
            if let home { facts.append(w.basedAt + ": " + home.name + (home.town.map { ", " + $0 } ?? "")) }
            if let limit = trainer.maxDailyMinutes { facts.append(w.atMostADay(context.hours(limit))) }
            if trainer.minBreakMinutes > 0 { facts.append(w.breakBetween(context.hours(trainer.minBreakMinutes))) }
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
            h.element(
                "p", [("class", "score")],
                text: w.workload(context.hours(minutes), context.count(items.count, w.sessions), context.count(days, w.daysCounted)))
            var travelFacts: [String] = []
            if awayDays > 0 { travelFacts.append(w.daysAway(context.count(awayDays, w.daysCounted))) }
            if moves > 0 { travelFacts.append(w.venueChanges(moves, townChanges)) }
            h.element(
                "p", [("class", "facts")],
                text: travelFacts.isEmpty ? w.noTravel : travelFacts.joined(separator: ", ") + w.travelInAll(context.hours(travel)))
            if items.isEmpty { h.element("p", text: w.noSessionsAssigned) }
            DayTables(context: context, shell: shell, trainer: trainer, home: home).write(&h, items)
        }
    }
}
