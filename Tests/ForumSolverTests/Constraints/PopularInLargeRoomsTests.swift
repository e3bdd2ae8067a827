import ForumModel
import Testing
@testable import ForumSolver

@Suite struct PopularInLargeRoomsTests {
    typealias T = ConstraintTesting
    let plan = T.plan(
        .popularInLargeRooms,
        sessions: [
            T.session("big", "Plenary talk", attendance: 80), T.session("small", "Round table", attendance: 20)
        ])

    @Test func aBiggerSessionInASmallerRoomAtTheSameTimeIsPenalizedByMinutes() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("big", Fixtures.day1, "10:00", "11:30"),
                Fixtures.assignment("small", Fixtures.day1, "10:30", "12:00", room: "hall")
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(
            v.first?.message
                == "'Plenary talk' (10:00–11:30, Room 12) has 80 people in 30 seats while 'Round table' (10:30–12:00, Hall) has 20 in 100 on 2019-11-14: 60 minutes at once"
        )
    }

    @Test func roomsOfDifferentVenuesAreNotCompared() {
        let university = Venue(id: "tarsu", name: "TarSU", rooms: [Room(id: "aula", name: "Aula", capacity: 200)])
        let plan = T.plan(
            .popularInLargeRooms, venues: [Fixtures.venue, university],
            sessions: [
                T.session("big", "Plenary talk", attendance: 80), T.session("small", "Round table", attendance: 20),
                T.session("lecture", "Lecture", attendance: 50)
            ])
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("big", Fixtures.day1, "10:00", "11:30"),
                Fixtures.assignment("small", Fixtures.day1, "10:30", "12:00", room: "aula"),
                Fixtures.assignment("lecture", Fixtures.day1, "10:00", "11:00", room: "hall")
            ])
        // Only the pair in the school counts: 80 people in Room 12 while 50 sit in the hall.
        #expect(v.map(\.penalty) == [60])
        #expect(v.first?.message.contains("'Lecture'") == true)
    }

    @Test func theBiggerSessionInTheBiggerRoomIsFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("big", Fixtures.day1, "10:00", "11:30", room: "hall"),
                    Fixtures.assignment("small", Fixtures.day1, "10:30", "12:00")
                ]
            ).isEmpty)
    }
}
