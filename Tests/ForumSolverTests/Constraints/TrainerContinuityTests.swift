import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerContinuityTests {
    typealias T = ConstraintTesting
    static let third = Trainer(id: "nurlanova", name: "Nurlanova", languages: ["kk"], skills: ["assessment"])

    func plan(rotate: Bool = false, sections: Sections? = nil) -> Plan {
        var course = T.session("course", "Assessment course", trainers: ["berdibekova"])
        course.repeats = Repeats(count: 3)
        course.pool = TrainerPool(count: 1, skills: ["assessment"], rotate: rotate)
        course.sections = sections
        course.attendance = 20
        return T.plan(
            .trainerContinuity, forum: Fixtures.forum(days: [Fixtures.day1, Fixtures.day2, Fixtures.day3]),
            trainers: [T.abisheva, T.berdibekova, Self.third], sessions: [course])
    }

    @Test func everyPoolTrainerBeyondTheTeamIsPenalizedAndNamed() {
        let v = T.violations(
            plan(),
            [
                Fixtures.assignment("course", run: 1, Fixtures.day1, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                Fixtures.assignment("course", run: 2, Fixtures.day2, "09:00", "10:30", trainers: ["berdibekova", "nurlanova"]),
                Fixtures.assignment("course", run: 3, Fixtures.day3, "09:00", "10:30", trainers: ["berdibekova", "abisheva"])
            ])
        #expect(v.map(\.penalty) == [3000])
        #expect(
            v.first?.message
                == "'Assessment course' is led by 2 different pool trainers across its 3 meetings instead of the same one: Abisheva (meetings 1, 3); Nurlanova (meeting 2)"
        )
        #expect(v.first?.trainers == ["abisheva", "nurlanova"])
    }

    @Test func oneTeamFromStartToEndIsFineAndNamedTrainersDoNotCount() {
        #expect(
            T.violations(
                plan(),
                [
                    Fixtures.assignment("course", run: 1, Fixtures.day1, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                    Fixtures.assignment("course", run: 2, Fixtures.day2, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                    Fixtures.assignment("course", run: 3, Fixtures.day3, "09:00", "10:30", trainers: ["abisheva", "berdibekova"])
                ]
            ).isEmpty)
    }

    @Test func aRotatingPoolMayChangeTrainers() {
        #expect(
            T.violations(
                plan(rotate: true),
                [
                    Fixtures.assignment("course", run: 1, Fixtures.day1, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                    Fixtures.assignment("course", run: 2, Fixtures.day2, "09:00", "10:30", trainers: ["berdibekova", "nurlanova"])
                ]
            ).isEmpty)
    }

    @Test func eachSectionKeepsItsOwnTrainerAcrossTheRuns() {
        let p = plan(sections: .count(2))
        // Section 1 always has Abisheva and section 2 always Nurlanova: two teams, each kept.
        #expect(
            T.violations(
                p,
                [
                    Fixtures.assignment("course", run: 1, section: 1, Fixtures.day1, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                    Fixtures.assignment(
                        "course", run: 1, section: 2, Fixtures.day1, "11:00", "12:30", room: "hall", trainers: ["berdibekova", "nurlanova"]),
                    Fixtures.assignment("course", run: 2, section: 1, Fixtures.day2, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                    Fixtures.assignment(
                        "course", run: 2, section: 2, Fixtures.day2, "11:00", "12:30", room: "hall", trainers: ["berdibekova", "nurlanova"])
                ]
            ).isEmpty)
        let swapped = T.violations(
            p,
            [
                Fixtures.assignment("course", run: 1, section: 1, Fixtures.day1, "09:00", "10:30", trainers: ["berdibekova", "abisheva"]),
                Fixtures.assignment("course", run: 2, section: 1, Fixtures.day2, "09:00", "10:30", trainers: ["berdibekova", "nurlanova"])
            ])
        #expect(swapped.map(\.sessions) == [["course#1.1", "course#2.1"]])
    }

    @Test func theSolverKeepsOneTrainerPerCourse() {
        let problem = Problem(plan())
        let result = solve(problem, options: SolverOptions(seed: 1, threads: 1, stallMoves: 2_000, cycleMoves: 2_000))
        let pool = Set(result.schedule.assignments.flatMap(\.trainers)).subtracting(["berdibekova"])
        #expect(pool.count == 1, "the course's meetings were led by \(pool.sorted())")
    }
}
