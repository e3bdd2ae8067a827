import ForumModel
import Testing
@testable import ForumSolver

@Suite struct GroupDailyLoadTests {
    typealias T = ConstraintTesting

    func plan(sections: Sections? = nil) -> Plan {
        var directors = T.directors
        directors.maxDailyMinutes = 180
        var split = T.session("workshop", "Assessment workshop", minutes: 120, groups: ["directors"])
        split.sections = sections
        return T.plan(
            .groupDailyLoad, groups: [directors],
            sessions: [
                T.session("plenary", "Opening plenary", minutes: 90, groups: ["directors"]), split
            ])
    }

    @Test func minutesOverTheGroupsLimitArePenalized() {
        let v = T.violations(
            plan(),
            [
                Fixtures.assignment("plenary", Fixtures.day1, "09:00", "10:30", room: "hall"),
                Fixtures.assignment("workshop", Fixtures.day1, "11:00", "13:00")
            ])
        #expect(v.map(\.penalty) == [30])
        #expect(
            v.first?.message
                == "Group School directors attends 3h30m of sessions on 2019-11-14 ('Opening plenary' (09:00–10:30), 'Assessment workshop' (11:00–13:00)) but at most 3h a day: 30 minutes over"
        )
        #expect(v.first?.groups == ["directors"])
    }

    @Test func aSplitRunCountsOnceADayForItsParticipants() {
        // Each director attends one of the two sections: 90 + 120 minutes, not 90 + 240.
        let v = T.violations(
            plan(sections: .count(2)),
            [
                Fixtures.assignment("plenary", Fixtures.day1, "09:00", "10:30", room: "hall"),
                Fixtures.assignment("workshop", section: 1, Fixtures.day1, "11:00", "13:00"),
                Fixtures.assignment("workshop", section: 2, Fixtures.day1, "14:00", "16:00")
            ])
        #expect(v.map(\.penalty) == [30])
    }

    @Test func withinTheLimitIsFine() {
        #expect(
            T.violations(
                plan(),
                [
                    Fixtures.assignment("plenary", Fixtures.day1, "09:00", "10:30", room: "hall"),
                    Fixtures.assignment("workshop", Fixtures.day2, "11:00", "13:00")
                ]
            ).isEmpty)
    }
}
