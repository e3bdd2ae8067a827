import ForumModel

/// A deterministic large forum: 2,500 occurrences, 150 trainers, 200 rooms in 6 towns over 25 days.
enum SyntheticForum {
    static let town = ["Aktau", "Zhanaozen", "Beyneu", "Fort-Shevchenko", "Mangystau", "Kuryk"]

    static func plan() -> Plan {
        let start = LocalDate(iso: "2026-09-07")!
        let days = (0..<35).map { start.adding(days: $0) }.filter { $0.weekday != .saturday && $0.weekday != .sunday }
        let venues = (0..<6).map { v in
            Venue(id: "school-\(v)", name: "Школа №\(v + 1), \(town[v])", town: town[v], address: "\(town[v]), ул. Абая, \(v + 10)",
                  rooms: (0..<34).compactMap { r in
                      let index = v * 34 + r
                      guard index < 200 else { return nil }
                      return Room(id: "room-\(index)", name: "Кабинет \(index)", capacity: 30)
                  })
        }
        let trainers = (0..<150).map { t in
            Trainer(id: "trainer-\(t)", name: "Тренер \(t) Сапарова", email: t % 3 == 0 ? nil : "trainer\(t)@example.kz")
        }
        let groups = (0..<100).map { g in ParticipantGroup(id: "cohort-\(g)", name: "Когорта \(g) (Otpan)", size: 25) }
        // 200 courses of 10 meetings = 2,000 occurrences, plus 50 workshops split in 10 sections = 500.
        var sessions = (0..<200).map { s in
            Session(id: "course-\(s)", title: "Модуль \(s % 12 + 1): Жаңартылған білім мазмұны", kind: .courseModule,
                    description: "Course module for Otpan cohorts; bring your lesson plans, a laptop and the handbook.",
                    durationMinutes: 90, groups: ["cohort-\(s % 100)"], trainers: ["trainer-\(s % 150)"], repeats: Repeats(count: 10))
        }
        sessions += (0..<50).map { s in
            Session(id: "workshop-\(s)", title: "Workshop \(s): criteria-based assessment", kind: .workshop,
                    durationMinutes: 60, groups: (0..<2).map { "cohort-\((s * 2 + $0) % 100)" }, trainers: ["trainer-\((s * 7) % 150)"],
                    sections: .count(10), notes: "Section rooms are on the second floor")
        }
        return Plan(
            forum: Forum(id: "otpan-2026", title: "Отпан: мұғалімдерді оқыту", timeZone: "Asia/Almaty", days: days,
                         dayStart: TimeOfDay(parsing: "09:00")!, dayEnd: TimeOfDay(parsing: "18:00")!),
            venues: venues, trainers: trainers, groups: groups, sessions: sessions)
    }

    /// Every occurrence placed on a simple rotating grid (conflicts do not matter for export).
    static func schedule(for plan: Plan) -> Schedule {
        let days = plan.forum.days
        let assignments = plan.occurrences().enumerated().map { i, o in
            let slot = (i / 200) % 5
            let startMinutes = 9 * 60 + slot * 100
            return Assignment(
                id: o.id, date: days[(i / 7) % days.count],
                start: TimeOfDay(minutes: startMinutes)!, end: TimeOfDay(minutes: startMinutes + plan.sessions[o.sessionIndex].durationMinutes)!,
                room: "room-\(i % 200)", trainers: plan.sessions[o.sessionIndex].trainers + ["trainer-\((i * 13) % 150)"])
        }
        return Schedule(forumID: plan.forum.id, assignments: assignments)
    }
}
