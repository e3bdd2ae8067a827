import ForumModel
import Testing
@testable import ForumSolver

@Suite struct OutsideHoursTests {
    typealias T = ConstraintTesting
    let plan = T.plan(.outsideHours, sessions: [T.session("a", "Assessment"), T.session("b", "Leadership")])

    @Test func minutesInBreaksOutsideHoursOrUnscheduledArePenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "12:30", "14:00"),
                Fixtures.assignment("b", Fixtures.day3, "10:00", "11:30")
            ])
        #expect(v.map(\.penalty) == [60, 90])
        #expect(
            v.first?.message
                == "'Assessment' (12:30–14:00, Room 12) on 2019-11-14 runs 60 minutes outside its allowed time: 60 in a break or a time it is unavailable"
        )
        #expect(v.last?.message == "'Leadership' (10:00–11:30, Room 12) is on 2019-11-16, which is not a forum day")
        let missing = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "17:00", "18:30")])
        #expect(missing.map(\.penalty) == [90, 30])
        #expect(missing.first?.message == "'Leadership' is not scheduled (90 minutes)")
        #expect(
            missing.last?.message
                == "'Assessment' (17:00–18:30, Room 12) on 2019-11-14 runs 30 minutes outside its allowed time: 30 outside the hours 09:00–18:00")
    }

    @Test func sessionsWithinHoursAndClearOfBreaksAreFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30"),
                    Fixtures.assignment("b", Fixtures.day2, "14:00", "15:30")
                ]
            ).isEmpty)
    }
}
