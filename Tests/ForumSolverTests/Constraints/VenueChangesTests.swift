import ForumModel
import Testing
@testable import ForumSolver

@Suite struct VenueChangesTests {
    typealias T = ConstraintTesting
    let university = Venue(id: "tarsu", name: "TarSU", rooms: [Room(id: "aula", name: "Aula", capacity: 200)])
    let online = Venue(id: "zoom", name: "Online", rooms: [Room(id: "zoom-1", name: "Zoom 1", capacity: nil, online: true)])
    var plan: Plan {
        var directors = T.directors
        directors.homeVenue = "school"
        return T.plan(
            .venueChanges, venues: [Fixtures.venue, university, online], groups: [directors],
            sessions: [
                T.session("a", "Assessment", groups: ["directors"]), T.session("b", "Leadership", groups: ["directors"])
            ])
    }

    @Test func eachVenueBeyondOneADayCountingHomeIsPenalized() {
        let v = T.violations(
            plan,
            [
                Fixtures.assignment("a", Fixtures.day1, "09:00", "10:30", room: "aula"),
                Fixtures.assignment("b", Fixtures.day2, "09:00", "10:30")
            ])
        #expect(v.map(\.penalty) == [60])
        #expect(v.first?.message == "Group School directors is at 2 venues on 2019-11-14 (School, TarSU, home venue first): 1 change")
    }

    @Test func stayingHomeOrGoingOnlineIsFine() {
        #expect(
            T.violations(
                plan,
                [
                    Fixtures.assignment("a", Fixtures.day1, "09:00", "10:30"),
                    Fixtures.assignment("b", Fixtures.day1, "11:00", "12:30", room: "zoom-1")
                ]
            ).isEmpty)
    }
}
