import ForumModel
import Testing
@testable import ForumSolver

@Suite struct PrecedenceTests {
    typealias T = ConstraintTesting
    var plan: Plan {
        var contest = T.session("contest", "Contest")
        contest.after = ["plenary"]
        contest.sameDay = ["dialogue"]
        return T.plan(.precedence, sessions: [T.session("plenary", "Plenary"), contest, T.session("dialogue", "Dialogue")])
    }

    @Test func startingTooEarlyAndDaysApartArePenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("plenary", Fixtures.day1, "11:00", "12:30"),
                Fixtures.assignment("contest", Fixtures.day1, "10:00", "11:30", room: "hall"),
                Fixtures.assignment("dialogue", Fixtures.day2, "10:00", "11:30")
            ])
        #expect(v.map(\.penalty) == [1, 150])
        #expect(
            v.last?.message
                == "'Contest' (10:00–11:30) on 2019-11-14 must start after 'Plenary' (11:00–12:30) on 2019-11-14 ends: 150 minutes too early")
        #expect(
            v.first?.message
                == "'Contest' (10:00–11:30) on 2019-11-14 and 'Dialogue' (10:00–11:30) on 2019-11-15 must be on the same day: 1 day apart")
    }

    @Test func orderedSessionsOnTheSameDayAreFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("plenary", Fixtures.day1, "09:00", "10:30"),
                    Fixtures.assignment("contest", Fixtures.day1, "10:30", "12:00", room: "hall"),
                    Fixtures.assignment("dialogue", Fixtures.day1, "15:00", "16:30")
                ]
            ).isEmpty)
    }
}

/// Construction's look-ahead: the window an unplaced session has between placed ones, through chains
/// of unplaced sessions that must come in between.
@Suite struct PrecedenceWindowTests {
    typealias T = ConstraintTesting

    @Test func windowLeavesTimeForTheUnplacedChainBetweenPlacedSessions() {
        var b = T.session("b", "B")
        b.after = ["a"]
        var c = T.session("c", "C", minutes: 60)
        c.after = ["b"]
        var d = T.session("d", "D")
        d.after = ["c"]
        let problem = Problem(T.plan(.precedence, sessions: [T.session("a", "A"), b, c, d]))
        let state = SearchState(problem)
        func at(_ day: Int, _ time: String) -> Int { problem.grid.slot(day: day, minute: TimeOfDay(parsing: time)!.minutes)! }
        func occurrence(_ id: String) -> Int { problem.occurrences.firstIndex { $0.id.description == id }! }
        state.insert(occurrence("a"), at: at(0, "09:00"), room: 0)
        state.insert(occurrence("d"), at: at(0, "15:00"), room: 0)
        // b must end in time for c (60 minutes) before d; its own pair with placed a is the tally's.
        let wb = state.tallies.precedence.window(of: occurrence("b")) { _, _ in true }
        #expect(wb.units(at: at(0, "09:00")) == 0)
        #expect(wb.units(at: at(0, "12:30")) == 0)
        #expect(wb.units(at: at(0, "14:00")) == 90)
        #expect(wb.units(at: at(1, "09:00")) == 1440 - 5 * 60 + 90)
        // c starts after a (ends 10:30) and b (90 minutes) in between; its pair with placed d is the tally's.
        let wc = state.tallies.precedence.window(of: occurrence("c")) { _, _ in true }
        #expect(wc.units(at: at(0, "12:00")) == 0)
        #expect(wc.units(at: at(0, "11:00")) == 60)
        #expect(wc.units(at: at(0, "17:00")) == 0)
    }

    @Test func contradictoryOrderEndsAndBindsOnlyThroughTheForumDays() {
        var a = T.session("a", "A")
        a.after = ["b"]
        var b = T.session("b", "B")
        b.after = ["a"]
        let problem = Problem(T.plan(.precedence, sessions: [a, b, T.session("c", "C")]))
        let state = SearchState(problem)
        let w = state.tallies.precedence.window(of: 0) { _, _ in true }
        // The cycle is cut where it closes; what binds is b's 90 minutes fitting on the forum's days.
        let firstStart = absoluteMinute(problem, problem.grid.slot(day: 0, minute: 9 * 60)!)
        let lastStart = absoluteMinute(problem, problem.grid.slot(day: 1, minute: 16 * 60 + 30)!)
        #expect(w.earliestStart == firstStart + 90 && w.latestEnd == lastStart)
    }

    /// Slot `t`'s start in minutes since the epoch, the windows' unit.
    private func absoluteMinute(_ problem: Problem, _ t: Int) -> Int {
        problem.grid.epochDays[problem.grid.day(ofSlot: t)] * 1440 + problem.grid.minuteOfDay(slot: t)
    }

    /// A plan of a → b → c (90 minutes each) on the two fixture days, its state, and a slot finder.
    private func chain() -> (problem: Problem, state: SearchState, at: (Int, String) -> Int, occurrence: (String) -> Int) {
        var b = T.session("b", "B")
        b.after = ["a"]
        var c = T.session("c", "C")
        c.after = ["b"]
        let problem = Problem(T.plan(.precedence, sessions: [T.session("a", "A"), b, c]))
        return (
            problem, SearchState(problem), { problem.grid.slot(day: $0, minute: TimeOfDay(parsing: $1)!.minutes)! },
            { id in problem.occurrences.firstIndex { $0.id.description == id }! }
        )
    }

    @Test func windowLeavesTimeForAnUnplacedChainFromTheFirstMorningAndUntilTheLastEvening() {
        let (_, state, at, occurrence) = chain()
        // Nothing placed: c waits for a at 09:00 and b at 10:30 on the first day; a leaves b and c
        // their last starts (15:00 and 16:30) on the second.
        let wc = state.tallies.precedence.window(of: occurrence("c")) { _, _ in true }
        #expect(wc.units(at: at(0, "09:00")) == 180)
        #expect(wc.units(at: at(0, "12:00")) == 0)
        let wa = state.tallies.precedence.window(of: occurrence("a")) { _, _ in true }
        #expect(wa.units(at: at(1, "13:30")) == 0)
        #expect(wa.units(at: at(1, "14:00")) == 30)
    }

    @Test func windowSkipsStartsThatDoNotFit() {
        let (_, state, at, occurrence) = chain()
        // a fits only from 11:00 on the first day (say its group is busy before), so c waits until 14:00.
        let wc = state.tallies.precedence.window(of: occurrence("c")) { x, t in x != occurrence("a") || t >= at(0, "11:00") }
        #expect(wc.units(at: at(0, "12:00")) == 120)
        #expect(wc.units(at: at(0, "14:00")) == 0)
    }

    @Test func startRangeLiesBetweenPlacedPartners() {
        let (problem, state, at, occurrence) = chain()
        let order = state.tallies.precedence
        #expect(order.startRange(of: occurrence("b")) == (Int.min, Int.max))
        state.insert(occurrence("a"), at: at(0, "09:00"), room: 0)
        state.insert(occurrence("c"), at: at(0, "15:00"), room: 0)
        let range = order.startRange(of: occurrence("b"))
        #expect(range.earliest == absoluteMinute(problem, at(0, "10:30")))
        #expect(range.latest == absoluteMinute(problem, at(0, "13:30")))
    }
}
