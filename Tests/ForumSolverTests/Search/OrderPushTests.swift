import ForumModel
import Testing
@testable import ForumSolver

/// A chain push moves a conflicting occurrence boxed in by its order partners, and pushes them along.
@Suite struct OrderPushTests {
    typealias T = ConstraintTesting

    /// A group's course a → b → c → d fills days 2 and 3 tightly, and another meeting x of the group
    /// overlaps d. Moving d alone breaks an order pair; a push moves d earlier and c, b, a before it.
    @Test func pushingTheLastModuleEarlierKeepsEveryPairAndClearsTheOverlap() {
        var sessions = [T.session("a", "A", groups: ["g"])]
        for (id, after) in [("b", "a"), ("c", "b"), ("d", "c")] {
            var s = T.session(id, id.uppercased(), groups: ["g"])
            s.after = [after]
            sessions.append(s)
        }
        sessions.append(T.session("x", "X", minutes: 180, groups: ["g"]))
        let plan = Plan(
            forum: Fixtures.forum(days: [Fixtures.day1, Fixtures.day2, Fixtures.day3]), venues: [Fixtures.venue],
            groups: [ParticipantGroup(id: "g", name: "G", size: 20)], sessions: sessions,
            constraints: Fixtures.only([.precedence, .groupOverlap]))
        let problem = Problem(plan)
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

    /// Without order pairs (ITC-2007, most forum sessions) there is nothing to push.
    @Test func noPushWithoutOrderPairs() {
        let plan = T.plan(.groupOverlap, groups: [ParticipantGroup(id: "g", name: "G", size: 20)], sessions: [T.session("a", "A", groups: ["g"])])
        let problem = Problem(plan)
        let worker = SearchWorker(problem: problem, index: 0, seed: 3, fullAssert: false, origin: .now)
        worker.state.insert(0, at: problem.grid.slot(day: 1, minute: 9 * 60)!, room: 0)
        #expect(!worker.pushAlongChain(0))
    }
}
