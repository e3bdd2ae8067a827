import ForumModel
import Testing
@testable import ForumSolver

@Suite struct GroupCompactnessTests {
    typealias T = ConstraintTesting
    let plan = T.plan(
        .groupCompactness, groups: [T.directors],
        sessions: [
            T.session("a", "Assessment", minutes: 60, groups: ["directors"]), T.session("b", "Leadership", minutes: 60, groups: ["directors"])
        ])

    @Test func sessionsTouchingNoOtherOfTheGroupArePenalizedEach() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "10:00", "11:00"),
                Fixtures.assignment("b", Fixtures.day1, "14:30", "15:30")
            ])
        #expect(v.map(\.penalty) == [30, 30])
        #expect(
            v.first?.message
                == "Group School directors has 'Assessment' (10:00–11:00, Room 12) on 2019-11-14 with no session of the group right before or after it"
        )
    }

    @Test func backToBackOrOnlyALunchBreakApartIsCompact() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("a", Fixtures.day1, "10:00", "11:00"),
                    Fixtures.assignment("b", Fixtures.day1, "11:00", "12:00")
                ]
            ).isEmpty)
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("a", Fixtures.day1, "12:00", "13:00"),
                    Fixtures.assignment("b", Fixtures.day1, "14:00", "15:00")
                ]
            ).isEmpty)
    }
}
