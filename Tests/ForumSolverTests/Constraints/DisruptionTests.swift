import ForumModel
import Testing
@testable import ForumSolver

@Suite struct DisruptionTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        T.plan(
            .disruption, trainers: [T.abisheva, T.berdibekova], groups: [T.directors],
            sessions: [T.session("course", "Course", groups: ["directors"], trainers: ["abisheva"])])
    }
    /// The published schedule: the course on day 1 at 10:00 in room 12 with Abisheva.
    var baseline: Schedule {
        Schedule(
            forumID: plan.forum.id,
            assignments: [Fixtures.assignment("course", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"])])
    }

    func violations(_ assignments: [Assignment]) throws -> [Violation] {
        let problem = try Problem(plan: plan, baseline: baseline)
        return evaluate(Schedule(forumID: plan.forum.id, assignments: assignments), against: problem).violations
    }

    @Test func keepingTheBaselineCostsNothing() throws {
        #expect(try violations(baseline.assignments).isEmpty)
    }

    @Test func aMovedStartCostsTwiceThePeopleAffected() throws {
        let v = try violations([Fixtures.assignment("course", Fixtures.day2, "10:00", "11:30", trainers: ["abisheva"])])
        #expect(v.map(\.penalty) == [2 * 26])
        #expect(v.first?.level == .medium)
        #expect(v.first?.message == "'Course' moved from 2019-11-14 10:00–11:30 to 2019-11-15 10:00–11:30 (26 people affected)")
    }

    @Test func aNewRoomAndANewTrainerCostThePeopleAffectedEach() throws {
        let v = try violations([
            Fixtures.assignment(
                "course", Fixtures.day1, "10:00", "11:30", room: "hall",
                trainers: ["abisheva", "berdibekova"])
        ])
        #expect(v.map(\.penalty) == [26 + 26])
        #expect(
            v.first?.message
                == "'Course' room changed from Room 12 to Hall; trainers changed from Abisheva to Abisheva, Berdibekova (26 people affected)")
        #expect(v.first?.trainers == ["berdibekova"])
    }

    @Test func withoutABaselineNothingCounts() {
        let moved = Fixtures.assignment("course", Fixtures.day2, "15:00", "16:30", room: "hall", trainers: ["berdibekova"])
        #expect(T.violations(plan, [moved]).isEmpty)
    }

    @Test func occurrencesNewSinceTheBaselineAreFree() throws {
        var grown = plan
        grown.sessions[0].repeats = Repeats(count: 2, minDays: 1)
        let old = Schedule(
            forumID: plan.forum.id,
            assignments: [
                Fixtures.assignment("course", run: 1, Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"])
            ])
        let problem = try Problem(plan: grown, baseline: old)
        let new = Schedule(
            forumID: plan.forum.id,
            assignments: old.assignments + [
                Fixtures.assignment("course", run: 2, Fixtures.day2, "10:00", "11:30", trainers: ["abisheva"])
            ])
        #expect(evaluate(new, against: problem).violations.isEmpty)
    }
}
