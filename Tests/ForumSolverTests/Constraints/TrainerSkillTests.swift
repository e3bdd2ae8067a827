import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerSkillTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var session = T.session("a", "Assessment")
        session.pool = TrainerPool(count: 1, skills: ["assessment", "facilitation"])
        return T.plan(.trainerSkill, trainers: [T.abisheva, T.berdibekova], sessions: [session])
    }

    @Test func poolTrainersArePenalizedPerMissingSkill() {
        let v = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["berdibekova"])])
        #expect(v.map(\.penalty) == [2])
        #expect(v.first?.message == "Berdibekova lacks 'assessment', 'facilitation' needed for 'Assessment' (10:00–11:30) on 2019-11-14")
        #expect(T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"])]).map(\.penalty) == [1])
    }

    @Test func aTrainerWithEverySkillIsFine() {
        var session = T.session("a", "Assessment")
        session.pool = TrainerPool(count: 1, skills: ["assessment"])
        let plan = T.plan(.trainerSkill, trainers: [T.abisheva], sessions: [session])
        #expect(T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"])]).isEmpty)
    }
}
