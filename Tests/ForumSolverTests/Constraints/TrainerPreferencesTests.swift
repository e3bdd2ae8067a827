import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerPreferencesTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var trainer = T.abisheva
        trainer.avoid = [Fixtures.window("17:00", "18:00")]
        return T.plan(.trainerPreferences, trainers: [trainer], sessions: [T.session("a", "Assessment", minutes: 60, trainers: ["abisheva"])])
    }

    @Test func minutesInAvoidedTimeArePenalized() {
        let v = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "16:30", "17:30", trainers: ["abisheva"])])
        #expect(v.map(\.penalty) == [30])
        #expect(v.first?.message == "Abisheva would rather not work 30 minutes of 'Assessment' (16:30–17:30, Room 12) on 2019-11-14")
    }

    @Test func otherTimesAreFine() {
        #expect(T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "16:00", "17:00", trainers: ["abisheva"])]).isEmpty)
    }
}
