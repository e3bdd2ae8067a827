import ForumModel
import Testing
@testable import ForumSolver

@Suite struct RoomStabilityTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var course = T.session("course", "Leadership course")
        course.repeats = Repeats(count: 2)
        return T.plan(.roomStability, sessions: [course])
    }

    @Test func everyRoomBeyondTheFirstIsPenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("course", run: 1, Fixtures.day1, "09:00", "10:30"),
                Fixtures.assignment("course", run: 2, Fixtures.day2, "09:00", "10:30", room: "hall")
            ])
        #expect(v.map(\.penalty) == [10])
        #expect(v.first?.message == "'Leadership course' uses 2 rooms (Room 12, Hall) across its meetings: 1 more than one")
    }

    @Test func oneRoomForAllMeetingsIsFine() {
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
