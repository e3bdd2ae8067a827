import ForumModel
import Testing
@testable import ForumSolver

/// `peekMove` predicts exactly what removing and re-inserting the occurrence does to the score, and
/// `peekDayStructure` what it does to the day structure.
@Suite struct SearchStatePeekTests {
    @Test func peekMoveMatchesApplyingTheMove() {
        // A third are room changes at the same start (peekMove's shortcut within one venue).
        checkRandomMoves(salt: 20_000, sameStartEvery: 3, newRoom: true) { state, o, t, r in
            let d = state.peekMove(o, t, r)
            return Score(hard: d.hard, medium: d.medium, soft: d.soft)
        } measure: { state in
            state.score
        } change: { before, after in
            Score(hard: after.hard - before.hard, medium: after.medium - before.medium, soft: after.soft - before.soft)
        }
    }

    /// On day changes and moves within a day alike.
    @Test func peekDayStructureMatchesApplyingTheMove() {
        var dayChanges = 0, nonZero = 0
        checkRandomMoves(salt: 30_000, sameStartEvery: nil, newRoom: false) { state, o, t, _ in
            if t / state.perDay != Int(state.start[o]) / state.perDay { dayChanges += 1 }
            return state.peekDayStructure(o, to: t)
        } measure: { state in
            state.dayStructure
        } change: { before, after in
            if after != before { nonZero += 1 }
            return after - before
        }
        // The plans exercise it: many moves change day, and many of those change the day structure.
        #expect(dayChanges > 1_000)
        #expect(nonZero > 300)
    }

    /// Makes 60 random moves on each of 150 random plans (each kept or undone at random) and records
    /// the first whose `peek` differs from the `change` of `measure` that applying it makes.
    private func checkRandomMoves<Value: Equatable>(
        salt: UInt64, sameStartEvery: Int?, newRoom: Bool,
        peek: (SearchState, _ o: Int, _ t: Int, _ r: Int) -> Value,
        measure: (SearchState) -> Value, change: (Value, Value) -> Value
    ) {
        for seed in UInt64(0)..<150 {
            let problem = Problem(RandomPlans.make(seed: seed))
            var rng = Xoshiro(seed: seed &+ salt)
            let state = RandomPlans.placedState(problem, rng: &rng)
            for step in 0..<60 {
                let o = rng.below(problem.occurrenceCount)
                guard state.start[o] >= 0, let drawn = RandomPlans.start(of: o, in: problem, rng: &rng) else { continue }
                let t0 = Int(state.start[o]), r0 = Int(state.room[o])
                let r = newRoom ? rng.below(problem.roomCount) : r0
                let t = sameStartEvery.map { step % $0 == 0 } == true ? t0 : drawn
                let before = measure(state)
                let predicted = peek(state, o, t, r)
                state.remove(o)
                state.insert(o, at: t, room: r)
                let actual = change(before, measure(state))
                if predicted != actual {
                    Issue.record(
                        "seed \(seed), step \(step): moving \(problem.occurrences[o].id) from slot \(t0) room \(r0) to slot \(t) room \(r): peek \(predicted), actual \(actual)"
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
