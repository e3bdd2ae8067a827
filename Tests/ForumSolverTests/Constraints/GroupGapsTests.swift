import ForumModel
import Testing
@testable import ForumSolver

@Suite struct GroupGapsTests {
    typealias T = ConstraintTesting
    let plan = T.plan(
        .groupGaps, groups: [T.directors],
        sessions: [
            T.session("a", "Assessment", minutes: 60, groups: ["directors"]), T.session("b", "Leadership", minutes: 60, groups: ["directors"])
        ])

    @Test func idleMinutesBetweenSessionsBreaksAsideArePenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "12:00", "13:00"),
                Fixtures.assignment("b", Fixtures.day1, "14:30", "15:30")
            ])
        #expect(v.map(\.penalty) == [30])
        #expect(v.first?.message == "Group School directors waits 30 minutes between sessions on 2019-11-14 (13:00–14:30, breaks aside)")
    }

    @Test func aDayWithoutIdleTimeIsFine() {
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
