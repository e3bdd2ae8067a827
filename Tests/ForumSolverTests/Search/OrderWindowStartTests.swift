import ForumModel
import Testing
@testable import ForumSolver

/// While repairing, a random new start keeps the moved occurrence's order pairs with its placed partners.
@Suite struct OrderWindowStartTests {
    typealias T = ConstraintTesting

    @Test func startsFallBetweenThePlacedPredecessorAndSuccessor() {
        var b = T.session("b", "B")
        b.after = ["a"]
        var c = T.session("c", "C")
        c.after = ["b"]
        let problem = Problem(T.plan(.precedence, sessions: [T.session("a", "A"), b, c]))
        func at(_ day: Int, _ time: String) -> Int { problem.grid.slot(day: day, minute: TimeOfDay(parsing: time)!.minutes)! }
        let worker = SearchWorker(problem: problem, index: 0, seed: 7, fullAssert: false, origin: .now)
        let st = worker.state
        st.insert(0, at: at(0, "09:00"), room: 0)
        st.insert(2, at: at(0, "15:00"), room: 0)
        st.insert(1, at: at(1, "09:00"), room: 0)
        var seen = Set<Int>()
        for _ in 0..<400 {
            let t = worker.startInOrderWindow(1)
            guard t >= 0 else { continue }
            seen.insert(t)
        }
        // a ends at 10:30 and c starts at 15:00, so b (90 minutes) starts from 10:30 to 13:30 on day 0.
        #expect(seen == Set([at(0, "10:30"), at(0, "11:00"), at(0, "11:30"), at(0, "12:00"), at(0, "12:30"), at(0, "13:00"), at(0, "13:30")]))
        // No partner placed: no window.
        st.remove(0)
        st.remove(2)
        #expect(worker.startInOrderWindow(1) == -1)
    }
}
