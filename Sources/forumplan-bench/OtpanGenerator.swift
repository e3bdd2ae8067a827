import ForumModel

/// A generated plan the size of the Otpan rollout: 250 teacher cohorts in six towns, each taking
/// five two-meeting course modules in order (2,500 occurrences), 150 trainers picked from pools
/// by subject and language, 200 rooms, travel between towns, 20 working days. Larger rollouts
/// (more towns, cohorts and trainers) come from the same recipe.
enum OtpanGenerator {
    static let name = "otpan-generated"
    /// Town names; the first six are Mangystau's, the default plan's.
    static let townNames = [
        "Aktau", "Zhanaozen", "Beineu", "Mangystau", "Fort-Shevchenko", "Kuryk",
        "Taraz", "Shymkent", "Semey", "Taldykorgan", "Atyrau", "Aktobe", "Oral", "Kostanay",
        "Petropavl", "Kokshetau", "Pavlodar", "Oskemen", "Karaganda", "Zhezkazgan", "Kyzylorda",
        "Turkistan", "Ekibastuz", "Temirtau"
    ]

    /// The generated rollouts of `make bench-solve`, by name: the Otpan size (2,500 occurrences) and
    /// two and four times as many towns, cohorts and trainers (5,000 and 10,000), the same shape per town.
    static let rollouts: [(name: String, towns: Int, cohorts: Int, trainers: Int)] = [
        (name, 6, 250, 150), ("rollout-12-towns", 12, 500, 300), ("rollout-24-towns", 24, 1000, 600)
    ]

    /// The generated rollout called `name` (see ``rollouts``), nil for any other name.
    static func plan(named name: String) -> Plan? {
        rollouts.first { $0.name == name }.map { plan(towns: $0.towns, cohorts: $0.cohorts, trainers: $0.trainers) }
    }

    /// The plan with `towns` towns (at most 24), `cohorts` cohorts (ten occurrences each) and `trainers` trainers.
    static func plan(towns townCount: Int = 6, cohorts: Int = 250, trainers trainerCount: Int = 150) -> Plan {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let towns = Array(townNames.prefix(townCount))
        let subjects = ["math", "physics", "chemistry", "biology", "english", "kazakh", "history", "informatics"]
        let start = LocalDate(iso: "2026-01-12")!
        var days: [LocalDate] = []
        var d = start
        while days.count < 20 {
            if ![Weekday.saturday, .sunday].contains(d.weekday) { days.append(d) }
            d = d.adding(days: 1)
        }
        let t = { (s: String) in TimeOfDay(parsing: s)! }
        let forum = Forum(
            id: townCount == 6 ? name : "rollout-\(townCount)-towns", title: "Otpan rollout (generated)", timeZone: "Asia/Aqtau", days: days,
            dayStart: t("09:00"), dayEnd: t("18:00"), breaks: [TimeWindow(start: t("13:00"), end: t("14:00"))],
            gridMinutes: 30, lateAfter: t("17:00"))

        var venues: [Venue] = []
        for (v, town) in towns.enumerated() {
            var rooms: [Room] = [Room(id: "\(town.lowercased())-hall", name: "\(town) hall", capacity: 150, features: ["stage", "projector"])]
            let count = v == 0 ? 38 : 32
            for r in 1..<count {
                let lab = r % 6 == 0
                let seats = [24, 28, 30, 32, 40][next(5)]
                // A computer lab seats a whole cohort (at most 29), so every town can hold its informatics modules.
                rooms.append(
                    Room(
                        id: "\(town.lowercased())-\(r)", name: "\(town) room \(r)", capacity: lab ? max(30, seats) : seats,
                        features: lab ? ["computers", "projector"] : (next(2) == 0 ? ["projector"] : [])))
            }
            venues.append(Venue(id: town.lowercased(), name: "\(town) school", town: town, rooms: rooms))
        }
        var travel: [TravelTime] = []
        for a in venues.indices {
            for b in venues.indices where a < b {
                travel.append(TravelTime(from: venues[a].id, to: venues[b].id, minutes: 30 + 30 * next(4)))
            }
        }

        let trainers: [Trainer] = (0..<trainerCount).map { i in
            let skills = [subjects[i % subjects.count], subjects[(i / 8 + 3) % subjects.count]]
            let languages = i % 3 == 0 ? ["kk", "ru"] : (i % 3 == 1 ? ["kk"] : ["ru"])
            let busy = next(4) == 0 ? [TimeWindow(day: days[next(days.count)], start: t("09:00"), end: t("18:00"))] : []
            return Trainer(
                id: "trainer-\(i)", name: "Trainer \(i)", languages: languages, skills: skills, unavailable: busy,
                avoid: next(5) == 0 ? [TimeWindow(start: t("16:00"), end: t("18:00"))] : [],
                homeVenue: venues[i % venues.count].id, maxDailyMinutes: 360, minBreakMinutes: 15)
        }
        var groups: [ParticipantGroup] = []
        var sessions: [Session] = []
        for c in 0..<cohorts {
            let venue = venues[c % venues.count].id
            let group = ParticipantGroup(id: "cohort-\(c)", name: "Cohort \(c)", size: 22 + next(8), homeVenue: venue)
            groups.append(group)
            let language = c % 2 == 0 ? "kk" : "ru"
            var previous: String? = nil
            for m in 0..<5 {
                let subject = subjects[(c + m * 3) % subjects.count]
                let id = "cohort-\(c)-module-\(m + 1)"
                sessions.append(
                    Session(
                        id: id, title: "Cohort \(c): \(subject) module \(m + 1)", kind: .courseModule,
                        durationMinutes: [90, 120, 120, 90, 180][m], groups: [group.id],
                        features: subject == "informatics" ? ["computers"] : [], language: language,
                        pool: TrainerPool(count: 1, skills: [subject]), repeats: Repeats(count: 2, minDays: 2),
                        after: previous.map { [$0] } ?? [], venue: venue))
                previous = id
            }
        }
        return Plan(forum: forum, venues: venues, travel: travel, trainers: trainers, groups: groups, sessions: sessions)
    }
}
