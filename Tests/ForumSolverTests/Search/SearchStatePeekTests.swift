import ForumModel
import Testing
@testable import ForumSolver

/// `peekMove` predicts exactly what removing and re-inserting the occurrence does to the score.
@Suite struct SearchStatePeekTests {
    @Test func peekMoveMatchesApplyingTheMove() {
        for seed in UInt64(0)..<150 {
            let problem = Problem(RandomPlans.make(seed: seed))
            var rng = Xoshiro(seed: seed &+ 20_000)
            let state = RandomPlans.placedState(problem, rng: &rng)
            for step in 0..<60 {
                let o = rng.below(problem.occurrenceCount)
                guard state.start[o] >= 0, let drawn = RandomPlans.start(of: o, in: problem, rng: &rng) else { continue }
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

    /// `peekDayStructure` predicts the change of `dayStructure` (single group days, days short) that
    /// moving an occurrence makes, on day changes and moves within a day alike.
    @Test func peekDayStructureMatchesApplyingTheMove() {
        var dayChanges = 0, nonZero = 0
        for seed in UInt64(0)..<150 {
            let problem = Problem(RandomPlans.make(seed: seed))
            var rng = Xoshiro(seed: seed &+ 30_000)
            let state = RandomPlans.placedState(problem, rng: &rng)
            for step in 0..<60 {
                let o = rng.below(problem.occurrenceCount)
                guard state.start[o] >= 0, let t = RandomPlans.start(of: o, in: problem, rng: &rng) else { continue }
                let t0 = Int(state.start[o]), r0 = Int(state.room[o])
                let before = state.dayStructure
                let predicted = state.peekDayStructure(o, to: t)
                state.remove(o)
                state.insert(o, at: t, room: r0)
                let actual = state.dayStructure - before
                if t / state.perDay != t0 / state.perDay { dayChanges += 1 }
                if actual != 0 { nonZero += 1 }
                if predicted != actual {
                    Issue.record(
                        "seed \(seed), step \(step): moving \(problem.occurrences[o].id) from slot \(t0) to slot \(t): peek \(predicted), actual \(actual)"
                    )
                    return
                }
                if rng.below(2) == 0 {
                    state.remove(o)
                    state.insert(o, at: t0, room: r0)
                }
            }
        }
        // The plans exercise it: many moves change day, and many of those change the day structure.
        #expect(dayChanges > 1_000)
        #expect(nonZero > 300)
    }
}
