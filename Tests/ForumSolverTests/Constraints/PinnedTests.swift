import ForumModel
import Testing
@testable import ForumSolver

@Suite struct PinnedTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var plenary = T.session("plenary", "Plenary")
        plenary.pin = Pin(day: Fixtures.day2, start: Fixtures.time("10:00"), room: "hall")
        return T.plan(.pinned, sessions: [plenary])
    }

    @Test func everyPinnedPartNotKeptCountsOne() {
        let v = T.violations(plan, [Fixtures.assignment("plenary", Fixtures.day1, "10:00", "11:30")])
        #expect(v.map(\.penalty) == [2])
        #expect(v.first?.message == "'Plenary' (10:00–11:30, Room 12) on 2019-11-14 is pinned to 2019-11-15 10:00 in room hall")
    }

    @Test func keepingThePinIsFine() {
        #expect(T.violations(plan, [Fixtures.assignment("plenary", Fixtures.day2, "10:00", "11:30", room: "hall")]).isEmpty)
    }
}
