import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerCountTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var session = T.session("a", "Assessment", trainers: ["abisheva"])
        session.pool = TrainerPool(count: 2)
        return T.plan(.trainerCount, trainers: [T.abisheva, T.berdibekova], sessions: [session])
    }

    @Test func missingNamedOrPoolTrainersAndUnknownIdsArePenalized() {
        let v = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva", "berdibekova"])])
        #expect(v.map(\.penalty) == [1])
        #expect(v.first?.message == "'Assessment' (10:00–11:30) on 2019-11-14 has 1 pool trainer instead of 2")
        let worse = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["ghost"])])
        #expect(worse.map(\.penalty) == [4])
        #expect(
            worse.first?.message
                == "'Assessment' (10:00–11:30) on 2019-11-14 lacks its named trainer Abisheva, has 0 pool trainers instead of 2, lists 'ghost', not trainers of the plan"
        )
    }

    @Test func theRightTrainersAreFine() {
        var fine = plan
        fine.trainers.append(Trainer(id: "chen", name: "Chen"))
        #expect(
            T.violations(
                fine,
                [
                    Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva", "berdibekova", "chen"])
                ]
            ).isEmpty)
    }
}
