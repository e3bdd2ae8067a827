import ForumModel
import Testing
@testable import ForumSolver

/// A chain push moves a conflicting occurrence boxed in by its order partners, and pushes them along.
@Suite struct OrderPushTests {
    typealias T = ConstraintTesting

    /// Course a → b → c → d and another meeting x (180 minutes) of group g, over three days.
    static var course: Plan {
        var sessions = [T.session("a", "A", groups: ["g"])]
        for (id, after) in [("b", "a"), ("c", "b"), ("d", "c")] {
            var s = T.session(id, id.uppercased(), groups: ["g"])
            s.after = [after]
            sessions.append(s)
        }
        sessions.append(T.session("x", "X", minutes: 180, groups: ["g"]))
        return Plan(
            forum: Fixtures.forum(days: [Fixtures.day1, Fixtures.day2, Fixtures.day3]), venues: [Fixtures.venue],
            groups: [ParticipantGroup(id: "g", name: "G", size: 20)], sessions: sessions,
            constraints: Fixtures.only([.precedence, .groupOverlap]))
    }

    /// The course fills days 2 and 3 tightly and x overlaps d. Moving d alone breaks an order pair;
    /// a push moves d earlier and c, b, a before it.
    @Test func pushingTheLastModuleEarlierKeepsEveryPairAndClearsTheOverlap() {
        let problem = Problem(Self.course)
        func at(_ day: Int, _ time: String) -> Int { problem.grid.slot(day: day, minute: TimeOfDay(parsing: time)!.minutes)! }
        let worker = SearchWorker(problem: problem, index: 0, seed: 11, fullAssert: false, origin: .now)
        let st = worker.state
        st.insert(0, at: at(1, "09:00"), room: 1) // a 09:00–10:30, day 2
        st.insert(1, at: at(1, "10:30"), room: 1) // b 10:30–12:00, day 2
        st.insert(2, at: at(2, "09:00"), room: 1) // c 09:00–10:30, day 3
        st.insert(3, at: at(2, "10:30"), room: 1) // d 10:30–12:00, day 3
        st.insert(4, at: at(2, "10:30"), room: 0) // x 10:30–13:30 in the hall: meets d
        let before = st.score
        #expect(before.hard > 0)
        var pushes = 0, longest = 0
        for _ in 0..<400 {
            worker.chCount = 0
            worker.plCount = 0
            guard worker.pushAlongChain(3) else { continue }
            pushes += 1
            longest = max(longest, worker.chCount)
            worker.applyMove()
            let violations = evaluate(st.schedule(), against: problem).violations
            // Every pair of the course still holds, and d no longer meets x.
            #expect(violations.isEmpty, "\(violations.map(\.message))")
            #expect(st.score.hard == 0)
            worker.undoMove()
            #expect(st.score == before)
        }
        #expect(pushes > 0)
        // Some pushes reach back to a: four placements change.
        #expect(longest == 4)
    }

    /// When re-planning, a locked predecessor stays where it is: a push that would need it fails.
    @Test func aLockedPredecessorIsNeverPushed() throws {
        var plan = Self.course
        plan.sessions[0].locked = true
        let day2 = Fixtures.day2, day3 = Fixtures.day3
        let baseline = Schedule(
            forumID: "test",
            assignments: [
                Fixtures.assignment("a", day2, "09:00", "10:30"), Fixtures.assignment("b", day2, "10:30", "12:00"),
                Fixtures.assignment("c", day3, "09:00", "10:30"), Fixtures.assignment("d", day3, "10:30", "12:00"),
                Fixtures.assignment("x", day3, "10:30", "13:30", room: "hall")
            ])
        let problem = try Problem(plan: plan, baseline: baseline)
        let worker = SearchWorker(problem: problem, index: 0, seed: 11, fullAssert: false, origin: .now)
        worker.startFromBaseline()
        #expect(worker.state.start[0] >= 0 && worker.state.start[3] >= 0)
        var pushes = 0
        for _ in 0..<400 {
            worker.chCount = 0
            worker.plCount = 0
            guard worker.pushAlongChain(3) else { continue }
            pushes += 1
            #expect(!(0..<worker.chCount).contains { worker.chO[$0] == 0 })
        }
        #expect(pushes > 0)
    }

    /// Without order pairs (ITC-2007, most forum sessions) there is nothing to push.
    @Test func noPushWithoutOrderPairs() {
        let plan = T.plan(.groupOverlap, groups: [ParticipantGroup(id: "g", name: "G", size: 20)], sessions: [T.session("a", "A", groups: ["g"])])
        let problem = Problem(plan)
        let worker = SearchWorker(problem: problem, index: 0, seed: 3, fullAssert: false, origin: .now)
        worker.state.insert(0, at: problem.grid.slot(day: 1, minute: 9 * 60)!, room: 0)
        #expect(!worker.pushAlongChain(0))
    }
}
