import ForumModel
import Testing
@testable import ForumSolver

@Suite struct SolveTests {
    typealias T = ConstraintTesting

    /// A small forum: two groups, three trainers, a split plenary, a repeated course, a pool.
    static var forum: Plan {
        var plenary = T.session("plenary", "Opening plenary", minutes: 60, groups: ["directors", "teachers"], trainers: ["abisheva"])
        plenary.features = ["stage"]
        var workshop = T.session("workshop", "Assessment workshop", groups: ["teachers"])
        workshop.sections = .count(2)
        workshop.pool = TrainerPool(count: 1, skills: ["assessment"])
        workshop.after = ["plenary"]
        var course = T.session("course", "Leadership course", groups: ["directors"], trainers: ["berdibekova"])
        course.repeats = Repeats(count: 3, minDays: 2)
        let trainers = [T.abisheva, T.berdibekova, Trainer(id: "chen", name: "Chen", skills: ["assessment"])]
        let groups = [T.directors, ParticipantGroup(id: "teachers", name: "Teachers", size: 50)]
        return Plan(
            forum: Fixtures.forum(), venues: [Fixtures.venue], trainers: trainers, groups: groups,
            sessions: [plenary, workshop, course])
    }

    @Test func aSmallForumGetsAFeasibleScheduleWithEveryOccurrence() {
        let result = solve(Problem(Self.forum), options: SolverOptions(seed: 7, stallMoves: 20_000))
        #expect(result.score.hard == 0, "\(result.violations.filter { $0.level == .hard })")
        #expect(result.schedule.assignments.count == Problem(Self.forum).occurrenceCount)
        #expect(result.schedule.unplaced.isEmpty)
        #expect(result.schedule.score == result.score)
        #expect(result.invariantFailure == nil)
        for a in result.schedule.assignments where a.id.session == "workshop" {
            #expect(a.trainers.count == 1 && ["abisheva", "chen"].contains(a.trainers[0]))
        }
    }

    @Test func theSameSeedGivesTheSameScheduleOnOneAndTwoThreads() {
        for threads in [1, 2] {
            let options = SolverOptions(seed: 3, threads: threads, stallMoves: 10_000)
            let a = solve(Problem(Self.forum), options: options)
            let b = solve(Problem(Self.forum), options: options)
            #expect(a.schedule == b.schedule, "threads \(threads)")
            #expect(a.statistics.moves == b.statistics.moves, "threads \(threads)")
        }
    }

    @Test func aTrainerPinnedTwiceAtOnceEndsQuicklyWithAnExplanation() {
        var a = T.session("a", "Criteria-based assessment", trainers: ["abisheva"])
        var b = T.session("b", "Leading schools section", trainers: ["abisheva"])
        a.pin = Pin(day: Fixtures.day1, start: Fixtures.time("10:00"))
        b.pin = Pin(day: Fixtures.day1, start: Fixtures.time("10:30"))
        let plan = Plan(forum: Fixtures.forum(), venues: [Fixtures.venue], trainers: [T.abisheva], sessions: [a, b])
        let problem = Problem(plan)
        #expect(
            problem.infeasibilities.map(\.message) == [
                "Abisheva is pinned to 'Criteria-based assessment' (10:00–11:30) and 'Leading schools section' (10:30–12:00) on 2019-11-14: they overlap."
            ])
        let result = solve(problem)
        #expect(result.stopReason == .stalled)
        #expect(result.statistics.moves < 1_000_000, "stops by the stall rule")
        #expect(result.score.hard == 60)
        #expect(
            result.violations.map(\.message) == [
                "Abisheva is in 'Criteria-based assessment' (10:00–11:30, Room 12) and in 'Leading schools section' (10:30–12:00, Hall) on 2019-11-14: 60 minutes overlap"
            ])
    }

    @Test func aFullyPinnedPlanIsNotSearched() {
        var a = T.session("a", "Criteria-based assessment", trainers: ["abisheva"])
        var b = T.session("b", "Leading schools section", trainers: ["abisheva"])
        a.pin = Pin(day: Fixtures.day1, start: Fixtures.time("10:00"), room: "r12")
        b.pin = Pin(day: Fixtures.day1, start: Fixtures.time("10:30"), room: "hall")
        let plan = Plan(forum: Fixtures.forum(), venues: [Fixtures.venue], trainers: [T.abisheva], sessions: [a, b])
        let result = solve(Problem(plan))
        #expect(result.statistics.moves < 1_000, "every start and room is fixed: nothing to search")
        #expect(result.score.hard == 60)
    }

    @Test func anOccurrenceThatFitsNoDayIsUnplacedWithTheReason() {
        let plan = Plan(forum: Fixtures.forum(), venues: [Fixtures.venue], sessions: [T.session("marathon", "Marathon", minutes: 600)])
        let result = solve(Problem(plan), options: SolverOptions(stallMoves: 1_000))
        #expect(
            result.schedule.unplaced == [
                Unplaced(id: OccurrenceID(session: "marathon"), reason: "it lasts 10h but a forum day (09:00–18:00) is shorter")
            ])
        #expect(result.score.hard == 600)
    }

    @Test func cancellingStopsTheSearchAndKeepsTheBest() {
        let flag = CancellationFlag()
        flag.cancel()
        let result = solve(Problem(Self.forum), options: SolverOptions(cancellation: flag))
        #expect(result.stopReason == .cancelled)
        #expect(result.schedule.assignments.count == Problem(Self.forum).occurrenceCount)
    }

    @Test func fullAssertFindsNoDifferenceWhileSolvingRandomPlans() {
        for seed in UInt64(0)..<3 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let result = solve(
                problem,
                options: SolverOptions(
                    seed: seed, threads: 1 + Int(seed % 2), stallMoves: 256,
                    cycleMoves: 256, fullAssert: true))
            #expect(result.invariantFailure == nil, "seed \(seed): \(result.invariantFailure ?? "")")
            #expect(fullScore(result.schedule, against: problem) == result.score, "seed \(seed)")
        }
    }
}
