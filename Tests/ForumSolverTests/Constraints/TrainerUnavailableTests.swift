import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerUnavailableTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var trainer = T.abisheva
        trainer.unavailable = [Fixtures.window("10:00", "11:00", on: Fixtures.day1)]
        trainer.availability = [Fixtures.window("09:00", "17:00")]
        return T.plan(.trainerUnavailable, trainers: [trainer], sessions: [T.session("assessment", "Assessment", trainers: ["abisheva"])])
    }

    @Test func minutesInUnavailableTimeOrOutsideAvailabilityArePenalized() {
        let v = T.violations(plan, [Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"])])
        #expect(v.map(\.penalty) == [60])
        #expect(v.first?.message == "Abisheva is unavailable for 60 of the 90 minutes of 'Assessment' (10:00–11:30, Room 12) on 2019-11-14")
        let late = T.violations(plan, [Fixtures.assignment("assessment", Fixtures.day2, "16:30", "18:00", trainers: ["abisheva"])])
        #expect(late.map(\.penalty) == [60])
    }

    @Test func availableTimeIsFine() {
        #expect(T.violations(plan, [Fixtures.assignment("assessment", Fixtures.day2, "10:00", "11:30", trainers: ["abisheva"])]).isEmpty)
    }
}
