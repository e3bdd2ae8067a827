import ForumModel
import Testing
@testable import ForumSolver

/// The group-day rebuild: the score it promises is the full scorer's score after the move, it
/// leaves the state as it found it while searching, it makes a scattered day compact, and it brings
/// a course that meets on too few days to a day it lacks.
@Suite struct GroupDayRebuildTests {
    @Test func promisedScoreIsTheFullScoreAfterTheMoveOnRandomPlans() {
        var applied = 0
        for seed in UInt64(0)..<40 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let worker = SearchWorker(problem: problem, index: 0, seed: seed, fullAssert: false, origin: .now)
            worker.construct()
            let st = worker.state
            var rng = Xoshiro(seed: seed &+ 40_000)
            for _ in 0..<20 where !worker.movable.isEmpty {
                let o = Int(worker.movable[rng.below(worker.movable.count)])
                let s = Int(st.occSession[o])
                let groups = Int(st.sesGroupsOff[s])..<Int(st.sesGroupsOff[s + 1])
                guard !groups.isEmpty else { continue }
                let g = Int(st.sesGroups[groups.lowerBound + rng.below(groups.count)])
                let d = rng.below(st.days)
                let bring = Int(st.start[o]) / st.perDay != d && rng.below(2) == 0 ? o : -1
                guard worker.groupDay.choose(st, groups: [g], day: d, bringing: bring, rng: &rng) else { continue }
                let before = (st.hard, st.medium, st.soft)
                let changes = worker.groupDay.search(st)
                #expect((st.hard, st.medium, st.soft) == before, "seed \(seed): the search changed the score")
                if let issue = st.checkInvariants() { Issue.record("seed \(seed), after the search: \(issue)") }
                guard !changes.isEmpty else { continue }
                for c in changes { st.remove(c.o) }
                for c in changes { st.insert(c.o, at: c.t, room: c.r) }
                let promised = worker.groupDay.bestKey
                #expect(
                    (st.hard, st.medium * 1000 + st.soft) == (promised.hard, promised.soft),
                    "seed \(seed): promised \(promised), got \(st.hard)/\(st.medium)/\(st.soft)")
                if let issue = st.checkInvariants() {
                    Issue.record("seed \(seed), after the move: \(issue)")
                    return
                }
                applied += 1
            }
        }
        #expect(applied > 50, "too few rebuilds applied (\(applied)): the test checks little")
    }

    @Test func scatteredDayOfOneGroupBecomesCompact() {
        typealias T = ConstraintTesting
        let plan = T.plan(
            .groupCompactness, groups: [T.directors],
            sessions: ["a", "b", "c"].map { T.session($0, $0.uppercased(), minutes: 60, groups: ["directors"]) })
        let problem = Problem(plan)
        let worker = SearchWorker(problem: problem, index: 0, seed: 1, fullAssert: false, origin: .now)
        let st = worker.state
        // 09:00, 11:30 and 16:00 on the first day (30-minute grid from 09:00): all three isolated.
        for (o, t) in [(0, 0), (1, 5), (2, 14)] { st.insert(o, at: t, room: 1) }
        #expect(st.tallies.compactness.isolated(0, onDay: 0) == 3)
        var rng = Xoshiro(seed: 7)
        #expect(worker.groupDay.choose(st, groups: [0], day: 0, bringing: -1, rng: &rng))
        let changes = worker.groupDay.search(st)
        for c in changes { st.remove(c.o) }
        for c in changes { st.insert(c.o, at: c.t, room: c.r) }
        #expect(st.tallies.compactness.isolated(0, onDay: 0) == 0)
        #expect(st.score == .zero)
        #expect(st.checkInvariants() == nil)
    }

    @Test func courseShortOfDaysGetsAMeetingBroughtToADayItLacks() throws {
        typealias T = ConstraintTesting
        var course = T.session("course", "Leadership course", minutes: 60, groups: ["directors"])
        course.repeats = Repeats(count: 2, minDays: 2)
        let plan = T.plan(.spreadOverDays, groups: [T.directors], sessions: [course])
        let problem = Problem(plan)
        let worker = SearchWorker(problem: problem, index: 0, seed: 1, fullAssert: false, origin: .now)
        let st = worker.state
        // Both meetings on the first day, back to back (09:00 and 10:00): compact, but one day short.
        st.insert(0, at: 0, room: 1)
        st.insert(1, at: 2, room: 1)
        worker.prepareMoves()
        let before = st.score
        #expect(before.soft > 0)
        worker.moves = 1 << 20
        var built = false
        for _ in 0..<64 where !built { built = worker.rebuildGroupDay(1) }
        try #require(built, "no rebuild for a course short of days")
        worker.applyMove()
        let sr = Int(problem.occSeries[1])
        #expect(st.tallies.spread.meetings(sr, onDay: 0) == 1)
        #expect(st.score == .zero)
        #expect(st.checkInvariants() == nil)
    }

    @Test func meetingBroughtToADayItLacksLandsNextToEachOfItsGroups() throws {
        typealias T = ConstraintTesting
        let teachers = ParticipantGroup(id: "teachers", name: "Teachers", size: 25)
        var course = T.session("course", "Leadership course", minutes: 60, groups: ["directors", "teachers"])
        course.repeats = Repeats(count: 2, minDays: 2)
        let sessions = [
            course, T.session("w", "W", minutes: 60, groups: ["directors", "teachers"]),
            T.session("x1", "X1", minutes: 60, groups: ["directors"]), T.session("x2", "X2", minutes: 60, groups: ["directors"]),
            T.session("y1", "Y1", minutes: 60, groups: ["teachers"]), T.session("y2", "Y2", minutes: 60, groups: ["teachers"])
        ]
        var plan = T.plan(.spreadOverDays, groups: [T.directors, teachers], sessions: sessions)
        plan.constraints = Fixtures.only([.spreadOverDays, .groupCompactness])
        let problem = Problem(plan)
        let worker = SearchWorker(problem: problem, index: 0, seed: 1, fullAssert: false, origin: .now)
        let st = worker.state
        // Day 1: the course's two meetings and W back to back (09:00, 10:00, 11:00), one day short.
        // Day 2 (slots from 18): each group meets at 09:00 and at 16:00, all four isolated.
        for (o, t, r) in [(1, 0, 0), (0, 2, 0), (2, 4, 0), (3, 18, 0), (5, 18, 1), (4, 32, 0), (6, 32, 1)] {
            st.insert(o, at: t, room: r)
        }
        worker.prepareMoves()
        #expect(st.tallies.compactness.isolated(0, onDay: 1) == 2)
        worker.moves = 1 << 20
        var built = false
        for _ in 0..<64 where !built { built = worker.rebuildGroupDay(1) }
        try #require(built, "no rebuild for a course short of days")
        worker.applyMove()
        // Rebuilding one group's day leaves one of the other group's meetings isolated; both together leave none.
        #expect(st.score == .zero, "\(st.score)")
        #expect(st.checkInvariants() == nil)
    }

    @Test func annealingWithOnlyRebuildsPassesFullAssert() {
        var searched = 0
        for seed in UInt64(0)..<20 {
            // Every constraint soft (medium for every third), so the schedule counts as feasible and rebuilds run.
            var plan = RandomPlans.make(seed: seed)
            plan.constraints = ConstraintID.allCases.filter { $0 != .disruption }.enumerated().map { i, id in
                ConstraintOverride(id: id, level: i % 3 == 0 ? .medium : .soft, weight: 1 + i % 3)
            }
            let problem = Problem(plan)
            let worker = SearchWorker(problem: problem, index: 0, seed: seed, fullAssert: true, origin: .now)
            worker.construct()
            guard worker.state.hard == 0, worker.groupDayOdds > 0 else { continue }
            worker.calibrate()
            worker.groupDayOdds = 1
            worker.run(moves: 200, progress: { _ in 0.5 }, shouldStop: { false })
            #expect(worker.invariantFailure == nil, "seed \(seed): \(worker.invariantFailure ?? "")")
            if worker.groupDayWork > 0 { searched += 1 }
        }
        #expect(searched >= 10, "too few feasible random plans with a rebuild (\(searched)): the test checks little")
    }
}
