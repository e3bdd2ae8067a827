import ForumModel
import Testing
@testable import ForumSolver

@Suite struct RoomDoubleBookedTests {
    typealias T = ConstraintTesting
    let plan = T.plan(
        .roomDoubleBooked,
        sessions: [
            T.session("assessment", "Criteria-based assessment"), T.session("leading", "Leading schools section")
        ])

    @Test func twoSessionsInOneRoomAtOnceArePenalizedByMinutesOfOverlap() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:30"),
                Fixtures.assignment("leading", Fixtures.day1, "10:30", "12:00")
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(
            v.first?.message
                == "Room 12 holds 'Criteria-based assessment' (10:00–11:30) and 'Leading schools section' (10:30–12:00) on 2019-11-14: 60 minutes overlap"
        )
        #expect(v.first?.rooms == ["r12"])
        #expect(v.first?.start == Fixtures.time("10:30") && v.first?.end == Fixtures.time("11:30"))
    }

    @Test func differentRoomsOrDaysDoNotClash() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:30"),
                    Fixtures.assignment("leading", Fixtures.day1, "10:30", "12:00", room: "hall")
                ]
            ).isEmpty)
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:30"),
                    Fixtures.assignment("leading", Fixtures.day2, "10:00", "11:30")
                ]
            ).isEmpty)
    }
}
