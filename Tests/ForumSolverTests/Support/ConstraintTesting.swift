import ForumModel
@testable import ForumSolver

/// Evaluates hand-made schedules of tiny plans for one constraint at a time.
enum ConstraintTesting {
    /// A plan on `Fixtures.forum()` and `Fixtures.venue` with only `id` switched on (plus any extra venues).
    static func plan(
        _ id: ConstraintID, forum: Forum = Fixtures.forum(), venues: [Venue] = [Fixtures.venue], travel: [TravelTime] = [],
        trainers: [Trainer] = [], groups: [ParticipantGroup] = [], sessions: [Session]
    ) -> Plan {
        Plan(
            forum: forum, venues: venues, travel: travel, trainers: trainers, groups: groups, sessions: sessions,
            constraints: Fixtures.only([id]))
    }

    /// The violations of `plan`'s single active constraint in a schedule of `assignments`.
    static func violations(_ plan: Plan, _ assignments: [Assignment]) -> [Violation] {
        evaluate(Schedule(forumID: plan.forum.id, assignments: assignments), against: Problem(plan)).violations
    }

    static let abisheva = Trainer(id: "abisheva", name: "Abisheva", languages: ["kk", "ru"], skills: ["assessment"])
    static let berdibekova = Trainer(id: "berdibekova", name: "Berdibekova", languages: ["ru"], skills: ["leadership"])
    static let directors = ParticipantGroup(id: "directors", name: "School directors", size: 25)

    static func session(
        _ id: String, _ title: String, minutes: Int = 90, groups: [String] = [], trainers: [String] = [],
        attendance: Int? = nil
    ) -> Session {
        Session(id: id, title: title, durationMinutes: minutes, groups: groups, attendance: attendance, trainers: trainers)
    }
}
