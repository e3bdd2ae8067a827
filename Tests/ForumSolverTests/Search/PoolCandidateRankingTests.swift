import ForumTestSupport
import Testing
@testable import ForumSolver

/// The ranking hands out candidates in the full sort's order, however far it is read.
@Suite struct PoolCandidateRankingTests {
    @Test func candidatesComeInTheOrderOfTheirDayKeys() {
        var rng = SplitMix64(seed: 11)
        var ranking = PoolCandidateRanking()
        for count in [1, 2, 7, 8, 9, 40, 150] {
            let keys = (0..<count).map { c in
                PoolCandidateRanking.pack(
                    obstacles: Int(rng.next() % 3), newcomer: Int(rng.next() % 2), elsewhere: Int(rng.next() % 3),
                    load: Int(rng.next() % 400), candidate: c)
            }
            ranking.rank(0, day: count, venue: 0, dayKeys: { keys[$0] }, count: count)
            let expected = (0..<count).sorted { keys[$0] < keys[$1] }
            // Read a few first (selection), then all (the rest sorted at once).
            let few = (0..<min(3, count)).map { ranking.candidate($0) }
            #expect(few == Array(expected.prefix(3)))
            #expect((0..<count).map { ranking.candidate($0) } == expected, "\(count) candidates")
        }
    }
}
