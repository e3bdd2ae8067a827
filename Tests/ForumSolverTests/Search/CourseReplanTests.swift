import ForumModel
import Testing
@testable import ForumSolver

/// Re-planning a course whose pool trainer becomes unavailable: a one-day absence gets a cover for
/// that meeting only; an absence for the rest of the course gets one substitute for all of it.
@Suite struct CourseReplanTests {
    static let days = (0..<5).map { Fixtures.day1.adding(days: $0) }
    static let trainers = ["aitbayeva", "bekova", "dzhaksybekova"].map {
        Trainer(id: $0, name: $0, skills: ["assessment"])
    }
    static let plan = Plan(
        forum: Fixtures.forum(days: days), venues: [Fixtures.venue], travel: [], trainers: trainers,
        groups: [ConstraintTesting.directors],
        sessions: [
            Session(
                id: "course", title: "Assessment course", durationMinutes: 120, groups: ["directors"],
                pool: TrainerPool(count: 1, skills: ["assessment"]), repeats: Repeats(count: 5, minDays: 5))
        ],
        constraints: [])

    func published() -> Schedule {
        solve(Problem(Self.plan), options: SolverOptions(seed: 1, stallMoves: 3_000)).schedule
    }

    func replan(absentFrom first: Int, to last: Int) throws -> (old: Schedule, new: Schedule) {
        let old = published()
        var plan = Self.plan
        let lead = try #require(old.assignments.first?.trainers.first)
        let t = try #require(plan.trainers.firstIndex { $0.id == lead })
        let meetingDays = old.assignments.map(\.date).sorted()
        for day in meetingDays[first...last] {
            plan.trainers[t].unavailable.append(TimeWindow(day: day, start: Fixtures.time("00:00"), end: Fixtures.time("24:00")))
        }
        let result = solve(try Problem(plan: plan, baseline: old), options: SolverOptions(seed: 2, stallMoves: 3_000))
        #expect(result.score.hard == 0)
        return (old, result.schedule)
    }

    @Test func thePublishedCourseHasOneTrainer() {
        #expect(Set(published().assignments.flatMap(\.trainers)).count == 1)
    }

    @Test func aOneDayAbsenceIsCoveredForThatMeetingOnly() throws {
        let (old, new) = try replan(absentFrom: 2, to: 2)
        let changed = new.assignments.filter { a in old.assignments.first { $0.id == a.id } != a }
        #expect(changed.count == 1)
        #expect(Set(new.assignments.flatMap(\.trainers)).count == 2)
    }

    @Test func anAbsenceForTheRestOfTheCourseGetsOneSubstitute() throws {
        let (old, new) = try replan(absentFrom: 2, to: 4)
        let lead = old.assignments[0].trainers
        let rest = new.assignments.sorted { $0.date < $1.date }.dropFirst(2)
        #expect(rest.allSatisfy { $0.trainers != lead })
        #expect(Set(rest.map(\.trainers)).count == 1, "the rest of the course was led by \(Set(rest.map(\.trainers)))")
    }
}
