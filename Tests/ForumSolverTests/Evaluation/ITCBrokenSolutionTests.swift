import ForumCTT
import ForumModel
import Testing
@testable import ForumSolver

/// Hand-made ITC-2007 solutions whose costs are worked out by hand from the competition's rules,
/// checked against `CTTCost` (the rules as written) and against our scorer on the mapped plan.
@Suite struct ITCBrokenSolutionTests {
    /// Periods are numbered day × 3 + period. Teacher tX teaches cA and cB; curricula q1 = {cA, cC}
    /// and q2 = {cC, cD}; cD cannot be taught on day 1, period 0 (period 3).
    static let instance = """
        Name: Broken
        Courses: 4
        Rooms: 2
        Days: 2
        Periods_per_day: 3
        Curricula: 2
        Constraints: 1

        COURSES:
        cA tX 2 2 40
        cB tX 1 1 10
        cC tY 2 2 25
        cD tZ 1 1 15

        ROOMS:
        r1 30
        r2 20

        CURRICULA:
        q1 2 cA cC
        q2 2 cC cD

        UNAVAILABILITY_CONSTRAINTS:
        cD 1 0

        END.
        """

    static func score(_ solution: String) throws -> (itc: CTTCost, ours: Score) {
        let instance = try CTTInstance(parsing: Self.instance, file: "broken.ctt")
        var items: [CTTCost.Item] = []
        let lectures = try CTTSolution.lectures(solution, instance: instance, file: "broken.sol")
        let itc = CTTCost(lectures, instance: instance) { items.append($0) }
        // The items reported add up to each rule's count (soft rules with their ITC weight).
        let weight: [CTTCost.Rule: Int] = [.minWorkingDays: 5, .curriculumCompactness: 2]
        let counts: [CTTCost.Rule: Int] = [
            .lectures: itc.lectures, .conflicts: itc.conflicts, .availability: itc.availability, .roomOccupancy: itc.roomOccupancy,
            .roomCapacity: itc.roomCapacity, .minWorkingDays: itc.minWorkingDays,
            .curriculumCompactness: itc.curriculumCompactness, .roomStability: itc.roomStability
        ]
        for rule in CTTCost.Rule.allCases {
            let points = items.filter { $0.rule == rule }.reduce(0) { $0 + $1.points }
            #expect(points == counts[rule]! * (weight[rule] ?? 1), "\(rule): items \(items)")
        }
        #expect(CTTCost(lectures, instance: instance) == itc)
        let schedule = try CTTSolution.decode(solution, instance: instance, file: "broken.sol")
        return (itc, evaluate(schedule, against: Problem(instance.plan())).score)
    }

    /// The items of the feasible solution below, as `ctt-solve --explain` lists them.
    @Test func itemsNameTheCourseRoomAndPeriod() throws {
        let instance = try CTTInstance(parsing: Self.instance, file: "broken.ctt")
        let solution = "cA r1 0 0\ncA r2 0 1\ncB r2 1 2\ncC r1 1 0\ncC r1 1 1\ncD r2 0 2\n"
        var items: [String] = []
        _ = CTTCost(try CTTSolution.lectures(solution, instance: instance, file: "broken.sol"), instance: instance) {
            items.append($0.description)
        }
        #expect(
            items == [
                "room capacity, 10: cA in r1 at day 0 period 0: 10 students without a seat",
                "room capacity, 20: cA in r2 at day 0 period 1: 20 students without a seat",
                "min working days, 5: cA meets on 1 day, its minimum is 2 (a course of 1 curriculum)",
                "room stability, 1: cA uses 2 rooms (r1, r2)",
                "min working days, 5: cC meets on 1 day, its minimum is 2 (a course of 2 curricula)",
                "curriculum compactness, 2: q2: cD at day 0 period 2 has no lecture of the curriculum next to it (its only lecture that day)"
            ])
    }

    /// Period 0 holds cA and cB in r1 (one room occupancy; tX teaches both: one conflict) and cC
    /// (shares q1 with cA: a second conflict); cD sits in its unavailable period; cA's second lecture is missing.
    /// Our scorer counts each of the five as 60 minutes: rooms, trainers, groups, unavailability, outside the hours.
    @Test func hardViolationsCountOneEach() throws {
        let (itc, ours) = try Self.score(
            """
            cA r1 0 0
            cB r1 0 0
            cC r2 0 0
            cD r2 1 0
            cC r2 1 1
            """)
        #expect(itc.lectures == 1 && itc.conflicts == 2 && itc.availability == 1 && itc.roomOccupancy == 1)
        #expect(itc.hard == 5)
        // Soft, ITC: seats 10 (cA) + 5 + 5 (cC); cA one day short; q1 isolated at 0 and 4, q2 at 0; one room each.
        #expect(itc.roomCapacity == 20 && itc.minWorkingDays == 1 && itc.curriculumCompactness == 3 && itc.roomStability == 0)
        #expect(itc.soft == 20 + 5 * 1 + 2 * 3)
        #expect(ours.hard == 5 * 60)
    }

    /// Feasible: cA in two rooms on one day (stability 1, one day short, 10 + 20 seats short); cC on one
    /// day (one day short); cD at period 2 has no q2 neighbour (period 1 is cA, not in q2): isolated.
    @Test func softCostsOfAFeasibleSolution() throws {
        let (itc, ours) = try Self.score(
            """
            cA r1 0 0
            cA r2 0 1
            cB r2 1 2
            cC r1 1 0
            cC r1 1 1
            cD r2 0 2
            """)
        #expect(itc == CTTCost(roomCapacity: 30, minWorkingDays: 2, curriculumCompactness: 1, roomStability: 1))
        #expect(itc.soft == 43)
        #expect(ours == Score(hard: 0, soft: 43))
    }

    /// Adjacency stops at the end of the day: cC at day 1, period 0 does not touch cA at day 0,
    /// period 2 (isolated in q1), while in q2 it touches cD at period 4; cC at period 5 is isolated in
    /// q1 only. cC uses two rooms (5 seats short in r2), cA 10 seats short twice.
    @Test func isolationDoesNotCrossDays() throws {
        let (itc, ours) = try Self.score(
            """
            cA r1 0 1
            cA r1 0 2
            cB r2 0 0
            cC r1 1 0
            cD r2 1 1
            cC r2 1 2
            """)
        #expect(itc == CTTCost(roomCapacity: 25, minWorkingDays: 2, curriculumCompactness: 2, roomStability: 1))
        #expect(itc.soft == 40)
        #expect(ours == Score(hard: 0, soft: 40))
    }
}
