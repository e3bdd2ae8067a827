import ForumModel
import Testing
@testable import ForumSolver

/// A series trainer move gives every meeting of a course the same pool trainer, and moves a meeting
/// at which that trainer is busy to a time the trainer is free.
@Suite struct SeriesPoolTests {
    typealias T = ConstraintTesting
    static let nurlanova = Trainer(id: "nurlanova", name: "Nurlanova", languages: ["kk"], skills: ["assessment"])

    /// A three-meeting course of group g (pool of one: Abisheva or Nurlanova) and a talk x of group h
    /// that Abisheva gives, over three days.
    static var plan: Plan {
        var course = T.session("course", "Assessment course", groups: ["g"])
        course.repeats = Repeats(count: 3)
        course.pool = TrainerPool(count: 1, skills: ["assessment"])
        let talk = T.session("x", "Talk", groups: ["h"], trainers: ["abisheva"])
        return Plan(
            forum: Fixtures.forum(days: [Fixtures.day1, Fixtures.day2, Fixtures.day3]), venues: [Fixtures.venue],
            trainers: [T.abisheva, Self.nurlanova],
            groups: [ParticipantGroup(id: "g", name: "G", size: 20), ParticipantGroup(id: "h", name: "H", size: 20)],
            sessions: [course, talk],
            constraints: Fixtures.only([.trainerContinuity, .trainerDoubleBooked, .groupOverlap, .roomDoubleBooked]))
    }

    /// Abisheva leads meetings 1 and 3; meeting 2 (day 2, 09:00) has Nurlanova because Abisheva gives
    /// the talk then. Handing the course to Abisheva moves meeting 2 to a time she is free.
    @Test func aMeetingWhoseCourseTrainerIsBusyMovesToWhereTheTrainerIsFree() throws {
        let problem = Problem(Self.plan)
        func at(_ day: Int, _ time: String) -> Int { problem.grid.slot(day: day, minute: TimeOfDay(parsing: time)!.minutes)! }
        let worker = SearchWorker(problem: problem, index: 0, seed: 5, fullAssert: false, origin: .now)
        let st = worker.state
        let pool = (Int(st.sesPoolOff[0])..<Int(st.sesPoolOff[1])).map { problem.plan.trainers[Int(st.sesPool[$0])].id }
        let abisheva = try #require(pool.firstIndex(of: "abisheva")), nurlanova = try #require(pool.firstIndex(of: "nurlanova"))
        for (o, day) in [0, 1, 2].enumerated() { st.insert(o, at: at(day, "09:00"), room: 1) }
        st.insert(3, at: at(1, "09:00"), room: 0)
        for (o, c) in [(0, abisheva), (1, nurlanova), (2, abisheva)] { st.setPool(o, slot: 0, candidate: c) }
        worker.prepareMoves()
        let before = st.score
        #expect(before.hard == 0 && before.soft == 3000)
        var handovers = 0
        for _ in 0..<400 {
            worker.chCount = 0
            worker.plCount = 0
            guard worker.seriesPool(0, feasible: true) else { continue }
            guard (0..<worker.plCount).allSatisfy({ Int(worker.plNew[$0]) == abisheva }) else { continue }
            // Only meeting 2 changes: it moves and gets Abisheva.
            #expect(worker.chCount == 1 && worker.chO[0] == 1 && worker.plCount == 1 && worker.plO[0] == 1)
            #expect(Int(worker.chNewT[0]) != at(1, "09:00"))
            worker.applyMove()
            #expect(st.score == Score(hard: 0, medium: 0, soft: 0), "\(evaluate(st.schedule(), against: problem).violations.map(\.message))")
            worker.undoMove()
            #expect(st.score == before)
            handovers += 1
        }
        #expect(handovers > 0)

        // While hard violations remain, the meeting keeps its time and its trainer.
        for _ in 0..<400 {
            worker.chCount = 0
            worker.plCount = 0
            _ = worker.seriesPool(0, feasible: false)
            #expect(worker.chCount == 0)
            #expect(!(0..<worker.plCount).contains { worker.plO[$0] == 1 && Int(worker.plNew[$0]) == abisheva })
        }
    }

    /// Re-planning the same split course: moving meeting 2 would cost a medium penalty, more than the
    /// split's soft one, so the move keeps every meeting's time.
    @Test func rePlanningKeepsTheMeetingsTimes() throws {
        let day1 = Fixtures.day1, day2 = Fixtures.day2, day3 = Fixtures.day3
        let baseline = Schedule(
            forumID: "test",
            assignments: [
                Fixtures.assignment("course", run: 1, day1, "09:00", "10:30", trainers: ["abisheva"]),
                Fixtures.assignment("course", run: 2, day2, "09:00", "10:30", trainers: ["nurlanova"]),
                Fixtures.assignment("course", run: 3, day3, "09:00", "10:30", trainers: ["abisheva"]),
                Fixtures.assignment("x", day2, "09:00", "10:30", room: "hall", trainers: ["abisheva"])
            ])
        let problem = try Problem(plan: Self.plan, baseline: baseline)
        let worker = SearchWorker(problem: problem, index: 0, seed: 5, fullAssert: false, origin: .now)
        worker.startFromBaseline()
        #expect(worker.state.score.hard == 0 && worker.state.score.soft == 3000)
        #expect(!worker.movesSplitCourses)
        var drawn = 0
        for _ in 0..<400 {
            worker.chCount = 0
            worker.plCount = 0
            guard worker.seriesPool(0, feasible: true) else { continue }
            drawn += 1
            #expect(worker.chCount == 0)
        }
        #expect(drawn > 0)
    }
}
