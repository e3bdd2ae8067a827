import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TimeRegularityTests {
    typealias T = ConstraintTesting
    /// Monday 2019-11-11 to Friday 2019-11-22: two working weeks.
    static let days = (0..<12).map { LocalDate(iso: "2019-11-11")!.adding(days: $0) }.filter { $0.weekday != .saturday && $0.weekday != .sunday }

    func plan(count: Int) -> Plan {
        var course = T.session("course", "Leadership course")
        course.repeats = Repeats(count: count)
        return T.plan(.timeRegularity, forum: Fixtures.forum(days: Self.days), sessions: [course])
    }

    @Test func stepsOffTheMedianStartArePenalized() {
        let v = T.violations(
            plan(count: 3),
            [
                Fixtures.assignment("course", run: 1, Self.days[0], "09:00", "10:30"),
                Fixtures.assignment("course", run: 2, Self.days[1], "09:00", "10:30"),
                Fixtures.assignment("course", run: 3, Self.days[2], "14:00", "15:30")
            ])
        #expect(v.map(\.penalty) == [10 * 20])
        #expect(
            v.first?.message
                == "'Leadership course' starts at 2 different times across its 3 meetings (09:00 ×2, 14:00 ×1): 10 grid steps of 30 minutes off its usual 09:00"
        )
    }

    @Test func keepingTuesdaysAndThursdaysAtOneTimeIsFine() {
        #expect(
            T.violations(
                plan(count: 4),
                [
                    Fixtures.assignment("course", run: 1, Self.days[1], "15:00", "16:30"),
                    Fixtures.assignment("course", run: 2, Self.days[3], "15:00", "16:30"),
                    Fixtures.assignment("course", run: 3, Self.days[6], "15:00", "16:30"),
                    Fixtures.assignment("course", run: 4, Self.days[8], "15:00", "16:30")
                ]
            ).isEmpty)
    }

    @Test func aWeekdayBeyondTheWeeklyRhythmIsPenalized() {
        // Tuesday and Thursday, then Monday and Thursday: three weekdays for two meetings a week.
        let v = T.violations(
            plan(count: 4),
            [
                Fixtures.assignment("course", run: 1, Self.days[1], "15:00", "16:30"),
                Fixtures.assignment("course", run: 2, Self.days[3], "15:00", "16:30"),
                Fixtures.assignment("course", run: 3, Self.days[5], "15:00", "16:30"),
                Fixtures.assignment("course", run: 4, Self.days[8], "15:00", "16:30")
            ])
        #expect(v.map(\.penalty) == [TimeRegularity.weekdayUnits * 20])
        #expect(
            v.first?.message
                == "'Leadership course' meets on 3 different weekdays (Monday, Tuesday, Thursday) though at most 2 of its meetings fall in one week: 1 weekday more than a regular rhythm needs"
        )
    }

    @Test func theSolverStartsACourseAtOneTime() {
        var p = plan(count: 5)
        p.constraints = Fixtures.only([.timeRegularity, .outsideHours, .roomDoubleBooked])
        let result = solve(Problem(p), options: SolverOptions(seed: 3, threads: 1, stallMoves: 2_000, cycleMoves: 2_000))
        #expect(Set(result.schedule.assignments.map(\.start)).count == 1)
    }
}
