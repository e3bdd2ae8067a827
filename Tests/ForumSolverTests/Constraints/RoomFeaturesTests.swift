import ForumModel
import Testing
@testable import ForumSolver

@Suite struct RoomFeaturesTests {
    typealias T = ConstraintTesting
    let other = Venue(id: "tarsu", name: "TarSU", rooms: [Room(id: "aula", name: "Aula", capacity: 200, features: ["stage"])])
    var plan: Plan {
        var plenary = T.session("plenary", "Plenary")
        plenary.features = ["stage"]
        plenary.venue = "school"
        return T.plan(.roomFeatures, venues: [Fixtures.venue, other], sessions: [plenary])
    }

    @Test func missingFeaturesAndTheWrongVenueArePenalized() {
        let v = T.violations(plan, [Fixtures.assignment("plenary", Fixtures.day1, "10:00", "11:30")])
        #expect(v.map(\.penalty) == [1])
        #expect(v.first?.message == "'Plenary' (10:00–11:30) on 2019-11-14 is in Room 12, which lacks 'stage'")
        let elsewhere = T.violations(plan, [Fixtures.assignment("plenary", Fixtures.day1, "10:00", "11:30", room: "aula")])
        #expect(elsewhere.first?.message == "'Plenary' (10:00–11:30) on 2019-11-14 is in Aula, which is not at School")
        let unknown = T.violations(plan, [Fixtures.assignment("plenary", Fixtures.day1, "10:00", "11:30", room: "attic")])
        #expect(unknown.map(\.penalty) == [3])
        #expect(unknown.first?.message == "'Plenary' (10:00–11:30) on 2019-11-14 is in room 'attic', which is not in the plan")
    }

    @Test func aRoomWithEveryFeatureAtTheVenueIsFine() {
        #expect(T.violations(plan, [Fixtures.assignment("plenary", Fixtures.day1, "10:00", "11:30", room: "hall")]).isEmpty)
    }
}
