import ForumModel
import Testing
@testable import ForumSolver

@Suite struct TrainerDoubleBookedTests {
    typealias T = ConstraintTesting
    let sessions = [
        T.session("assessment", "Criteria-based assessment", trainers: ["abisheva"]),
        T.session("leading", "Leading schools section", trainers: ["abisheva"])
    ]

    @Test func overlappingSessionsOfOneTrainerArePenalizedByMinutes() {
        let plan = T.plan(.trainerDoubleBooked, trainers: [T.abisheva], sessions: sessions)
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"]),
                Fixtures.assignment("leading", Fixtures.day1, "10:30", "12:00", room: "hall", trainers: ["abisheva"])
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(
            v.first?.message
                == "Abisheva is in 'Criteria-based assessment' (10:00–11:30, Room 12) and in 'Leading schools section' (10:30–12:00, Hall) on 2019-11-14: 60 minutes overlap"
        )
        #expect(v.first?.trainers == ["abisheva"])
    }

    @Test func travelAndMinimumBreakMustFitBetweenSessions() {
        var trainer = T.abisheva
        trainer.minBreakMinutes = 15
        let university = Venue(id: "tarsu", name: "TarSU", rooms: [Room(id: "aula", name: "Aula", capacity: 200)])
        let plan = T.plan(
            .trainerDoubleBooked, venues: [Fixtures.venue, university],
            travel: [TravelTime(from: "school", to: "tarsu", minutes: 30)], trainers: [trainer], sessions: sessions)
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:00", trainers: ["abisheva"]),
                Fixtures.assignment("leading", Fixtures.day1, "11:15", "12:00", room: "aula", trainers: ["abisheva"])
            ])
        #expect(v.map(\.penalty) == [30])
        #expect(
            v.first?.message
                == "Abisheva has 15 minutes between 'Criteria-based assessment' (10:00–11:00, Room 12) and 'Leading schools section' (11:15–12:00, Aula) on 2019-11-14 but needs 45 (30 travel, 15 break): 30 minutes short"
        )
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:00", trainers: ["abisheva"]),
                    Fixtures.assignment("leading", Fixtures.day1, "11:45", "12:30", room: "aula", trainers: ["abisheva"])
                ]
            ).isEmpty)
    }

    @Test func sessionsOneAfterTheOtherAreFine() {
        let plan = T.plan(.trainerDoubleBooked, trainers: [T.abisheva], sessions: sessions)
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("assessment", Fixtures.day1, "10:00", "11:30", trainers: ["abisheva"]),
                    Fixtures.assignment("leading", Fixtures.day1, "11:30", "13:00", room: "hall", trainers: ["abisheva"])
                ]
            ).isEmpty)
    }
}
