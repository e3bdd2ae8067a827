import ForumModel
@testable import ForumSolver

/// Small random plans that exercise every feature the solver handles, reproducible from a seed.
enum RandomPlans {
    static func make(seed: UInt64) -> Plan {
        var rng = Xoshiro(seed: seed)
        func pick<T>(_ xs: [T]) -> T { xs[rng.below(xs.count)] }
        func chance(_ p: Double) -> Bool { rng.unit() < p }
        func some<T>(_ xs: [T], _ p: Double) -> [T] { xs.filter { _ in chance(p) } }

        let days = Array([Fixtures.day1, Fixtures.day2, Fixtures.day3].prefix(1 + rng.below(3)))
        let breaks: [TimeWindow] = pick([
            [], [Fixtures.window("12:00", "13:00")], [Fixtures.window("10:30", "10:45"), Fixtures.window("12:00", "13:00")],
            [Fixtures.window("11:00", "12:00", on: days[0])]
        ])
        let forum = Forum(
            id: "random", title: "Random", timeZone: "UTC", days: days, dayStart: Fixtures.time("09:00"),
            dayEnd: Fixtures.time(pick(["13:00", "15:00"])), breaks: breaks, gridMinutes: pick([30, 60]) == 60 ? 60 : 30,
            lateAfter: chance(0.5) ? Fixtures.time("12:00") : nil)
        let grid = forum.gridMinutes
        let features = ["stage", "projector", "computers"]
        var venues: [Venue] = []
        var roomCount = 0
        for v in 0..<(1 + rng.below(3)) {
            var rooms: [Room] = []
            for _ in 0..<(1 + rng.below(3)) {
                roomCount += 1
                let online = chance(0.15)
                rooms.append(
                    Room(
                        id: "r\(roomCount)", name: "Room \(roomCount)", capacity: online ? nil : pick([10, 20, 30, 60]),
                        features: some(features, 0.4), online: online))
            }
            venues.append(Venue(id: "v\(v)", name: "Venue \(v)", rooms: rooms))
        }
        var travel: [TravelTime] = []
        for a in venues.indices {
            for b in venues.indices where a < b && chance(0.7) {
                travel.append(TravelTime(from: venues[a].id, to: venues[b].id, minutes: pick([15, 30, 60])))
            }
        }
        let languages = ["kk", "ru", "en"], skills = ["lead", "assess", "stem"]
        let trainers = (0..<(2 + rng.below(4))).map { i in
            Trainer(
                id: "t\(i)", name: "Trainer \(i)", languages: some(languages, 0.6), skills: some(skills, 0.5),
                availability: chance(0.2) ? [Fixtures.window("09:00", "12:00")] : [],
                unavailable: chance(0.3) ? [Fixtures.window("10:00", "11:00", on: days.last!)] : [],
                avoid: chance(0.3) ? [Fixtures.window("09:00", "10:00")] : [],
                homeVenue: chance(0.3) ? pick(venues).id : nil, maxDailyMinutes: chance(0.3) ? pick([60, 120]) : nil,
                minBreakMinutes: chance(0.3) ? pick([0, 15, 30]) : 0)
        }
        let groups = (0..<(1 + rng.below(4))).map { i in
            ParticipantGroup(
                id: "g\(i)", name: "Group \(i)", size: pick([8, 15, 25, 40]),
                homeVenue: chance(0.3) ? pick(venues).id : nil)
        }
        var sessions: [Session] = []
        for i in 0..<(2 + rng.below(6)) {
            let pool: TrainerPool? =
                chance(0.3)
                ? TrainerPool(count: 1 + rng.below(2), skills: some(skills, 0.3), languages: some(languages, 0.3)) : nil
            let repeats: Repeats? = chance(0.4) ? Repeats(count: 2 + rng.below(3), minDays: 1 + rng.below(3)) : nil
            let sections: Sections? = chance(0.2) ? pick([.count(2), .maxSize(12)]) : nil
            let earlier = sessions.map(\.id)
            sessions.append(
                Session(
                    id: "s\(i)", title: "Session \(i)", durationMinutes: grid * (1 + rng.below(3)),
                    groups: some(groups.map(\.id), 0.5), attendance: chance(0.2) ? pick([5, 50]) : nil,
                    features: some(features, 0.2), language: chance(0.3) ? pick(languages) : nil,
                    trainers: some(trainers.map(\.id), 0.3), pool: pool, repeats: repeats, sections: sections,
                    after: chance(0.2) ? some(earlier, 0.5) : [], before: [], sameDay: chance(0.15) ? some(earlier, 0.5) : [],
                    pin: chance(0.15)
                        ? Pin(
                            day: chance(0.5) ? days[0] : nil, start: chance(0.5) ? Fixtures.time("10:00") : nil,
                            room: chance(0.3) ? "r1" : nil) : nil,
                    unavailable: chance(0.2) ? [Fixtures.window("09:00", "10:00", on: days[0])] : [],
                    venue: chance(0.15) ? pick(venues).id : nil))
        }
        let levels: [ConstraintLevel] = [.hard, .soft, .soft, .medium, .off]
        let constraints = ConstraintID.allCases.compactMap { id -> ConstraintOverride? in
            chance(0.5) ? ConstraintOverride(id: id, level: pick(levels), weight: 1 + rng.below(3)) : nil
        }
        // Series features, drawn from a second stream so that the plans above stay as they were:
        // a fourth day a week later (weekday rhythms), groups' daily limits, pools that rotate.
        var extra = Xoshiro(seed: seed ^ 0x5EED_5E21E5)
        var plan = Plan(
            forum: forum, venues: venues, travel: travel, trainers: trainers, groups: groups,
            sessions: sessions, constraints: constraints)
        if extra.below(4) == 0 { plan.forum.days.append(days.last!.adding(days: 7)) }
        for g in plan.groups.indices where extra.unit() < 0.3 { plan.groups[g].maxDailyMinutes = [60, 90, 120][extra.below(3)] }
        for s in plan.sessions.indices where extra.unit() < 0.3 { plan.sessions[s].pool?.rotate = true }
        return plan
    }
}

extension RandomPlans {
    /// A random start for `o` that fits within one day, or nil when it fits none or there is no room.
    static func start(of o: Int, in problem: Problem, rng: inout Xoshiro) -> Int? {
        let len = Int(problem.sesSlots[Int(problem.occSession[o])])
        guard len <= problem.grid.slotsPerDay, problem.roomCount > 0 else { return nil }
        return rng.below(problem.grid.dayCount) * problem.grid.slotsPerDay + rng.below(problem.grid.slotsPerDay - len + 1)
    }

    /// A search state in which every occurrence has its first pool candidates and, where one fits, a
    /// random start and room (clashes and all: a state to check incremental scoring on, not a schedule).
    static func placedState(_ problem: Problem, rng: inout Xoshiro) -> SearchState {
        let state = SearchState(problem)
        for o in 0..<problem.occurrenceCount {
            let s = Int(problem.occSession[o])
            for k in 0..<Int(problem.sesPoolCount[s]) where k < problem.sesPool.range(s).count {
                state.setPool(o, slot: k, candidate: k)
            }
            if let t = start(of: o, in: problem, rng: &rng) { state.insert(o, at: t, room: rng.below(problem.roomCount)) }
        }
        return state
    }
}
