import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerDailyLoadTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var trainer = T.abisheva
        trainer.maxDailyMinutes = 120
        return T.plan(
            .trainerDailyLoad, trainers: [trainer],
            sessions: [
                T.session("a", "Assessment", trainers: ["abisheva"]), T.session("b", "Leadership", trainers: ["abisheva"])
            ])
    }

    @Test func minutesOverTheDailyLimitArePenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "09:00", "10:30", trainers: ["abisheva"]),
                Fixtures.assignment("b", Fixtures.day1, "14:00", "15:30", trainers: ["abisheva"])
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(v.first?.message == "Abisheva works 3h on 2019-11-14 ('Assessment', 'Leadership') but at most 2h a day: 60 minutes over")
    }

    @Test func spreadOverTwoDaysIsFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("a", Fixtures.day1, "09:00", "10:30", trainers: ["abisheva"]),
                    Fixtures.assignment("b", Fixtures.day2, "14:00", "15:30", trainers: ["abisheva"])
                ]
            ).isEmpty)
    }
}
