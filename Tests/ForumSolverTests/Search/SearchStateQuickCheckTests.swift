import ForumModel
import Testing
@testable import ForumSolver

/// The quick checks that let the search drop a move unscored say "surely adds a hard violation"
/// only when making the change does add one.
@Suite struct SearchStateQuickCheckTests {
    @Test func aPoolCandidateSaidToBreakHardDoesSo() {
        var claims = 0
        for seed in UInt64(0)..<150 {
            let problem = Problem(RandomPlans.make(seed: seed))
            var rng = Xoshiro(seed: seed &+ 40_000)
            let state = RandomPlans.placedState(problem, rng: &rng)
            for o in 0..<problem.occurrenceCount where state.start[o] >= 0 {
                let s = Int(problem.occSession[o])
                let slots = Int(problem.sesPoolCount[s]), candidates = problem.sesPool.range(s).count
                guard slots > 0, candidates > slots else { continue }
                let k = rng.below(slots)
                let old = Int(state.poolPick[Int(state.occPoolOff[o]) + k])
                for c in 0..<candidates where state.poolSurelyBreaksHard(o, c) {
                    let base = Int(state.occPoolOff[o])
                    guard !(0..<slots).contains(where: { Int(state.poolPick[base + $0]) == c }) else { continue }
                    // The old candidate's share of the hard score is taken out first, so only the new one
                    // counts; filling the empty slot takes trainer-count's penalty for it away.
                    state.setPool(o, slot: k, candidate: -1)
                    let before = state.hard - state.trainerCount.hard
                    state.setPool(o, slot: k, candidate: c)
                    #expect(state.hard > before, "seed \(seed): \(problem.occurrences[o].id) with candidate \(c)")
                    claims += 1
                    state.setPool(o, slot: k, candidate: old)
                }
            }
        }
        #expect(claims > 100)
    }
}
