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
