import ForumModel
import Testing
@testable import ForumSolver

@Suite struct LoadBalanceTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var a = T.session("a", "Assessment"), b = T.session("b", "Leadership")
        a.pool = TrainerPool(count: 1)
        b.pool = TrainerPool(count: 1)
        return T.plan(.loadBalance, trainers: [T.abisheva, T.berdibekova], sessions: [a, b])
    }

    @Test func minutesBeyondAFairShareArePenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "09:00", "10:30", trainers: ["abisheva"]),
                Fixtures.assignment("b", Fixtures.day2, "09:00", "10:30", trainers: ["abisheva"])
            ])
        #expect(v.map(\.penalty) == [90])
        #expect(v.first?.message == "Abisheva works 3h in all, 90 minutes more than a fair share of 1h30m")
    }

    @Test func anEvenSplitIsFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("a", Fixtures.day1, "09:00", "10:30", trainers: ["abisheva"]),
                    Fixtures.assignment("b", Fixtures.day2, "09:00", "10:30", trainers: ["berdibekova"])
                ]
            ).isEmpty)
    }
}
