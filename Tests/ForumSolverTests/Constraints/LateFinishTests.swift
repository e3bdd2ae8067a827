import ForumModel
import Testing
@testable import ForumSolver

@Suite struct LateFinishTests {
    typealias T = ConstraintTesting
    let plan = T.plan(.lateFinish, forum: Fixtures.forum(lateAfter: Fixtures.time("17:00")), sessions: [T.session("a", "Assessment")])

    @Test func minutesPastLateAfterArePenalized() {
        let v = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "16:30", "18:00")])
        #expect(v.map(\.penalty) == [60])
        #expect(v.first?.message == "'Assessment' (16:30–18:00, Room 12) on 2019-11-14 runs 60 minutes past 17:00")
    }

    @Test func endingByLateAfterIsFine() {
        #expect(T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "15:30", "17:00")]).isEmpty)
    }
}
