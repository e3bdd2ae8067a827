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
        let itc = CTTCost(try CTTSolution.lectures(solution, instance: instance, file: "broken.sol"), instance: instance)
        let schedule = try CTTSolution.decode(solution, instance: instance, file: "broken.sol")
        return (itc, evaluate(schedule, against: Problem(instance.plan())).score)
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
