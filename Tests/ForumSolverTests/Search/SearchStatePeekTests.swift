import ForumModel
import Testing
@testable import ForumSolver

/// `peekMove` predicts exactly what removing and re-inserting the occurrence does to the score.
@Suite struct SearchStatePeekTests {
    @Test func peekMoveMatchesApplyingTheMove() {
        for seed in UInt64(0)..<150 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let state = SearchState(problem)
            var rng = Xoshiro(seed: seed &+ 20_000)
            func randomStart(_ o: Int) -> Int? {
                let len = Int(problem.sesSlots[Int(problem.occSession[o])])
                guard len <= problem.grid.slotsPerDay, problem.roomCount > 0 else { return nil }
                return rng.below(problem.grid.dayCount) * problem.grid.slotsPerDay + rng.below(problem.grid.slotsPerDay - len + 1)
            }
            for o in 0..<problem.occurrenceCount {
                let s = Int(problem.occSession[o])
                for k in 0..<Int(problem.sesPoolCount[s]) where k < problem.sesPool.range(s).count {
                    state.setPool(o, slot: k, candidate: k)
                }
                if let t = randomStart(o) { state.insert(o, at: t, room: rng.below(problem.roomCount)) }
            }
            for step in 0..<60 {
                let o = rng.below(problem.occurrenceCount)
                guard state.start[o] >= 0, let drawn = randomStart(o) else { continue }
                let r = rng.below(problem.roomCount)
                let t0 = Int(state.start[o]), r0 = Int(state.room[o])
                // A third are room changes at the same start (peekMove's shortcut within one venue).
                let t = step % 3 == 0 ? t0 : drawn
                let before = state.score
                let predicted = state.peekMove(o, t, r)
                state.remove(o)
                state.insert(o, at: t, room: r)
                let after = state.score
                let actual = Score(
                    hard: after.hard - before.hard, medium: after.medium - before.medium,
                    soft: after.soft - before.soft)
                let peeked = Score(hard: predicted.hard, medium: predicted.medium, soft: predicted.soft)
                if peeked != actual {
                    Issue.record(
                        "seed \(seed), step \(step): moving \(problem.occurrences[o].id) from slot \(t0) room \(r0) to slot \(t) room \(r): peek \(peeked), actual \(actual)"
                    )
                    return
                }
                if rng.below(2) == 0 {
                    state.remove(o)
                    state.insert(o, at: t0, room: r0)
                }
            }
        }
    }
}
