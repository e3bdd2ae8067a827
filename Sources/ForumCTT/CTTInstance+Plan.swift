import ForumModel

extension CTTInstance {
    /// The first day of the synthetic forum a `.ctt` instance is mapped onto (a Monday).
    public static let firstDay = LocalDate(year: 2007, month: 1, day: 1)!
    /// Period 0 starts at this time; each period is one 60-minute slot of the grid.
    public static let firstPeriod = TimeOfDay(hour: 8, minute: 0)!

    /// The ITC-2007 soft-cost weights as overrides of our catalogue; everything else soft is off.
    public static let constraintOverrides: [ConstraintOverride] = ConstraintID.allCases.compactMap { id in
        switch id {
        case .roomCapacity: return ConstraintOverride(id: id, level: .soft, weight: 1)
        case .spreadOverDays: return ConstraintOverride(id: id, level: .soft, weight: 5)
        case .groupCompactness: return ConstraintOverride(id: id, level: .soft, weight: 2)
        case .roomStability: return ConstraintOverride(id: id, level: .soft, weight: 1)
        default: return id.defaultSetting.level == .hard ? nil : ConstraintOverride(id: id, level: .off)
        }
    }

    /// The instance as an ordinary forum plan: courses are repeated sessions, curricula are groups,
    /// teachers are trainers, periods are 60-minute slots from 08:00 on consecutive days.
    public func plan() -> Plan {
        let dates = (0..<days).map { Self.firstDay.adding(days: $0) }
        let forum = Forum(
            id: "itc2007-" + name.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" },
            title: "ITC-2007 \(name)", timeZone: "UTC", days: dates,
            dayStart: Self.firstPeriod, dayEnd: time(ofPeriod: periodsPerDay), gridMinutes: 60)
        let rooms = rooms.map { ForumModel.Room(id: $0.id, name: $0.id, capacity: $0.capacity) }
        var teachers: [String] = []
        for c in courses where !teachers.contains(c.teacher) { teachers.append(c.teacher) }
        let groups = curricula.map { q in
            ParticipantGroup(
                id: q.id, name: q.id,
                size: max(1, courses.filter { q.courses.contains($0.id) }.map(\.students).max() ?? 1))
        }
        let sessions = courses.map { c in
            Session(
                id: c.id, title: c.id, kind: .lecture, durationMinutes: 60,
                groups: curricula.filter { $0.courses.contains(c.id) }.map(\.id),
                attendance: c.students, trainers: [c.teacher],
                repeats: Repeats(count: c.lectures, minDays: c.minWorkingDays),
                unavailable: unavailability.filter { $0.course == c.id }.map { u in
                    TimeWindow(day: dates[u.day], start: time(ofPeriod: u.period), end: time(ofPeriod: u.period + 1))
                })
        }
        return Plan(
            forum: forum, venues: [Venue(id: "campus", name: "Campus", rooms: rooms)],
            trainers: teachers.map { Trainer(id: $0, name: $0) }, groups: groups, sessions: sessions,
            constraints: Self.constraintOverrides)
    }

    /// Wall-clock start of period `p` (or the end of the day for `p == periodsPerDay`).
    func time(ofPeriod p: Int) -> TimeOfDay {
        TimeOfDay(minutes: Self.firstPeriod.minutes + 60 * p)!
    }
}
