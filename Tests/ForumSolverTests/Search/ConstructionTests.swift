import ForumModel
import Testing
@testable import ForumSolver

/// Construction places every placeable occurrence, gives each pool slot its own candidate, and
/// leaves a state whose incremental score is the full scorer's.
@Suite struct ConstructionTests {
    @Test func constructionFillsDistinctPoolTrainersOnRandomPlans() {
        var filled = 0
        for seed in UInt64(0)..<120 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let worker = SearchWorker(problem: problem, index: Int(seed % 2), seed: seed, fullAssert: false, origin: .now)
            worker.construct()
            let st = worker.state
            if let issue = st.checkInvariants() {
                Issue.record("seed \(seed): \(issue)")
                return
            }
            for o in 0..<problem.occurrenceCount {
                let s = Int(problem.occSession[o])
                #expect(st.start[o] >= 0 || !problem.isPlaceable(o), "seed \(seed): \(problem.occurrences[o].id) left unplaced")
                let slots = Int(problem.sesPoolCount[s]), candidates = problem.sesPool.range(s).count
                let picks = (0..<slots).map { Int(st.poolPick[Int(st.occPoolOff[o]) + $0]) }
                let chosen = picks.filter { $0 >= 0 }
                #expect(Set(chosen).count == chosen.count, "seed \(seed): \(problem.occurrences[o].id) has one trainer twice: \(picks)")
                #expect(chosen.count == min(slots, candidates), "seed \(seed): \(problem.occurrences[o].id) has unfilled pool slots: \(picks)")
                filled += chosen.count
            }
        }
        #expect(filled > 0, "no random plan had a pool: the test checks nothing")
    }
}
