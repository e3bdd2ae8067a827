import ForumModel
import Testing
@testable import ForumSolver

/// Re-planning against a baseline: starting from it, locks, and the incremental `disruption` term.
@Suite struct ReplanTests {
    typealias T = ConstraintTesting

    /// A random plan with `disruption` at its default (medium) level and no other medium constraint,
    /// so that any change must pay for itself in hard points.
    static func randomPlan(_ seed: UInt64) -> Plan {
        var plan = RandomPlans.make(seed: seed)
        plan.constraints = plan.constraints.filter { $0.id != .disruption }.map { c in
            var c = c
            if c.level == .medium { c.level = .soft }
            return c
        }
        return plan
    }

    static func changed(_ old: Schedule, _ new: Schedule) -> [OccurrenceID] {
        var byID: [OccurrenceID: Assignment] = [:]
        for a in new.assignments { byID[a.id] = a }
        return old.assignments.filter { a in byID[a.id].map { $0 != a } ?? true }.map(\.id)
    }

    /// Every seed counts: hard constraints are made soft so that every baseline is feasible (the
    /// random plans are mostly infeasible as they stand), and then no change can pay for itself.
    @Test func replanningAnUnchangedPlanChangesNothing() throws {
        for seed in UInt64(0)..<40 {
            var plan = Self.randomPlan(seed)
            plan.constraints = ConstraintID.allCases.filter { $0 != .disruption }.map { id in
                let setting = plan.setting(for: id)
                return ConstraintOverride(id: id, level: setting.level == .hard ? .soft : setting.level, weight: setting.weight)
            }
            let options = SolverOptions(seed: seed, stallMoves: 1_000, cycleMoves: 1_000)
            let baseline = solve(Problem(plan), options: options).schedule
            let result = solve(try Problem(plan: plan, baseline: baseline), options: SolverOptions(seed: seed + 1, stallMoves: 1_000))
            #expect(Self.changed(baseline, result.schedule).isEmpty, "seed \(seed)")
            #expect(result.score.medium == 0, "seed \(seed)")
            #expect(result.schedule.assignments == baseline.assignments, "seed \(seed)")
        }
    }

    @Test func fullAssertFindsNoDifferenceWhileReplanningChangedRandomPlans() throws {
        for seed in UInt64(0)..<6 {
            var plan = Self.randomPlan(seed)
            let baseline = solve(Problem(plan), options: SolverOptions(seed: seed, stallMoves: 500, cycleMoves: 500)).schedule
            if !plan.trainers.isEmpty { plan.trainers[0].unavailable.append(Fixtures.window("09:00", "11:00", on: Fixtures.day1)) }
            let problem = try Problem(plan: plan, baseline: baseline)
            let result = solve(
                problem,
                options: SolverOptions(
                    seed: seed, threads: 1 + Int(seed % 2), stallMoves: 256,
                    cycleMoves: 256, fullAssert: true))
            #expect(result.invariantFailure == nil, "seed \(seed): \(result.invariantFailure ?? "")")
            #expect(fullScore(result.schedule, against: problem) == result.score, "seed \(seed)")
        }
    }

    /// Two courses for the directors with Abisheva, published on day 1 at 10:00 and 14:00.
    var plan: Plan {
        Plan(
            forum: Fixtures.forum(), venues: [Fixtures.venue], trainers: [T.abisheva, T.berdibekova],
            groups: [T.directors],
            sessions: [
                T.session("a", "Course A", groups: ["directors"], trainers: ["abisheva"]),
                T.session("b", "Course B", groups: ["directors"], trainers: ["abisheva"])
            ])
    }
    var baseline: Schedule {
        Schedule(
            forumID: "test",
            assignments: [
                Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"]),
                Fixtures.assignment("b", Fixtures.day1, "14:00", "15:30", trainers: ["abisheva"])
            ])
    }

    @Test func aLockedSessionKeepsItsPlaceAndTheOtherMovesAroundIt() throws {
        var plan = plan
        plan.sessions[0].locked = true
        plan.sessions[1].pin = Pin(day: Fixtures.day1, start: Fixtures.time("10:00"))
        plan.constraints = [ConstraintOverride(id: .pinned, level: .soft, weight: 1000)]
        let result = solve(try Problem(plan: plan, baseline: baseline), options: SolverOptions(stallMoves: 2_000))
        #expect(result.schedule.assignments.first { $0.id.session == "a" } == baseline.assignments[0])
        #expect(result.score.hard == 0)
    }

    @Test func lockBeforeLocksWhatAlreadyHappened() throws {
        var plan = plan
        plan.trainers[0].unavailable = [Fixtures.window("14:00", "18:00", on: Fixtures.day1)]
        let lockBefore = (date: Fixtures.day1, time: Fixtures.time("12:00"))
        let problem = try Problem(plan: plan, baseline: baseline, lockBefore: lockBefore)
        #expect(problem.lockedOccurrences == [OccurrenceID(session: "a")])
        let result = solve(problem, options: SolverOptions(stallMoves: 2_000))
        #expect(result.score.hard == 0)
        #expect(Self.changed(baseline, result.schedule) == [OccurrenceID(session: "b")])
    }

    @Test func aLockedOccurrenceThatCannotKeepItsPlaceIsAnError() throws {
        var plan = plan
        plan.sessions[0].locked = true
        plan.trainers[0].unavailable = [Fixtures.window("09:00", "12:00", on: Fixtures.day1)]
        do {
            _ = try Problem(plan: plan, baseline: baseline)
            Issue.record("no error")
        } catch let error as ReplanError {
            #expect(error.description.hasPrefix("locked occurrence 'a' cannot keep its baseline place: Abisheva is unavailable"))
        }
        plan.sessions[0].locked = false
        plan.sessions[1].locked = true
        #expect(throws: ReplanError.lockedWithoutBaseline(occurrence: "b")) {
            try Problem(plan: plan, baseline: Schedule(forumID: "test", assignments: [baseline.assignments[0]]))
        }
    }
}
