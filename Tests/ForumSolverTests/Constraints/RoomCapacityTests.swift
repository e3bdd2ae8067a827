import ForumModel
import Testing
@testable import ForumSolver

@Suite struct RoomCapacityTests {
    typealias T = ConstraintTesting
    let plan = T.plan(.roomCapacity, sessions: [T.session("workshop", "Workshop", attendance: 45)])

    @Test func peopleOverTheSeatsArePenalized() {
        let v = T.violations(plan, [Fixtures.assignment("workshop", Fixtures.day1, "10:00", "11:30")])
        #expect(v.map(\.penalty) == [15])
        #expect(v.first?.message == "'Workshop' (10:00–11:30) on 2019-11-14 has 45 people in Room 12 with 30 seats: 15 over capacity")
    }

    @Test func aRoomWithEnoughSeatsOrOnlineIsFine() {
        #expect(T.violations(plan, [Fixtures.assignment("workshop", Fixtures.day1, "10:00", "11:30", room: "hall")]).isEmpty)
        let online = Venue(id: "zoom", name: "Online", rooms: [Room(id: "zoom-1", name: "Zoom 1", capacity: nil, online: true)])
        let withOnline = T.plan(.roomCapacity, venues: [Fixtures.venue, online], sessions: plan.sessions)
        #expect(T.violations(withOnline, [Fixtures.assignment("workshop", Fixtures.day1, "10:00", "11:30", room: "zoom-1")]).isEmpty)
    }
}
