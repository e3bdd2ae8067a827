import ForumModel
import Testing
@testable import ForumSolver

@Suite struct SpreadOverDaysTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var course = T.session("course", "Leadership course")
        course.repeats = Repeats(count: 2, minDays: 2)
        return T.plan(.spreadOverDays, sessions: [course])
    }

    @Test func daysShortOfMinDaysArePenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("course", run: 1, Fixtures.day1, "09:00", "10:30"),
                Fixtures.assignment("course", run: 2, Fixtures.day1, "14:00", "15:30")
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(v.first?.message == "'Leadership course' meets on 1 day (2019-11-14) but should spread over at least 2: 1 day short")
    }

    @Test func meetingsOnEnoughDaysAreFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("course", run: 1, Fixtures.day1, "09:00", "10:30"),
                    Fixtures.assignment("course", run: 2, Fixtures.day2, "09:00", "10:30")
                ]
            ).isEmpty)
    }
}
