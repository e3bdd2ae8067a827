import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerLanguageTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var session = T.session("a", "Assessment", trainers: ["berdibekova"])
        session.language = "kk"
        session.pool = TrainerPool(count: 1, languages: ["en"])
        return T.plan(.trainerLanguage, trainers: [T.abisheva, T.berdibekova], sessions: [session])
    }

    @Test func trainersWithoutTheLanguageArePenalizedOneEach() {
        let v = T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["berdibekova", "abisheva"])])
        #expect(v.map(\.penalty) == [1, 1])
        #expect(
            v.map(\.message) == [
                "Abisheva does not speak en, needed for 'Assessment' (10:00–11:30) on 2019-11-14",
                "Berdibekova does not speak kk, needed for 'Assessment' (10:00–11:30) on 2019-11-14"
            ])
    }

    @Test func speakersAreFine() {
        var session = T.session("a", "Assessment", trainers: ["abisheva"])
        session.language = "kk"
        let plan = T.plan(.trainerLanguage, trainers: [T.abisheva], sessions: [session])
        #expect(T.violations(plan, [Fixtures.assignment("a", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"])]).isEmpty)
    }
}
