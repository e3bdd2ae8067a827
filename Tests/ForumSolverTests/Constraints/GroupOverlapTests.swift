import ForumModel
import Testing
@testable import ForumSolver

@Suite struct GroupOverlapTests {
    typealias T = ConstraintTesting

    @Test func aGroupInTwoSessionsAtOnceIsPenalizedByMinutes() {
        let plan = T.plan(
            .groupOverlap, groups: [T.directors],
            sessions: [
                T.session("a", "Assessment", groups: ["directors"]), T.session("b", "Leadership", groups: ["directors"])
            ])
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30"),
                Fixtures.assignment("b", Fixtures.day1, "10:30", "12:00", room: "hall")
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(
            v.first?.message
                == "Group School directors has 'Assessment' (10:00–11:30, Room 12) and 'Leadership' (10:30–12:00, Hall) at once on 2019-11-14: 60 minutes overlap"
        )
        #expect(v.first?.groups == ["directors"])
    }

    @Test func parallelSectionsOfOneRunDoNotConflict() {
        var split = T.session("split", "Facilitation", groups: ["directors"])
        split.sections = .count(2)
        let plan = T.plan(.groupOverlap, groups: [T.directors], sessions: [split])
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("split", section: 1, Fixtures.day1, "10:00", "11:30"),
                    Fixtures.assignment("split", section: 2, Fixtures.day1, "10:00", "11:30", room: "hall")
                ]
            ).isEmpty)
    }
}
