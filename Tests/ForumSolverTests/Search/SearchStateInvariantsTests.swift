import ForumModel
import Testing
@testable import ForumSolver

/// FULL_ASSERT on random plans: after every change the incremental score equals the full scorer's,
/// for the whole catalogue at once and for each constraint alone (all others off), so a difference
/// names the constraint whose tally disagrees with its rule.
@Suite struct SearchStateInvariantsTests {
    @Test func incrementalScoreMatchesFullScorerOnRandomPlans() {
        checkRandomChanges(seeds: 0..<100) { $0 }
    }

    @Test(arguments: ConstraintID.allCases.filter { $0 != .disruption })
    func eachConstraintAloneMatchesItsRule(_ id: ConstraintID) {
        checkRandomChanges(seeds: 100..<140) { plan in
            var plan = plan
            let setting = plan.setting(for: id)
            plan.constraints = ConstraintID.allCases.filter { $0 != id }.map { ConstraintOverride(id: $0, level: .off) }
            plan.constraints.append(
                ConstraintOverride(
                    id: id, level: setting.level == .off ? .soft : setting.level, weight: max(1, setting.weight)))
            return plan
        }
    }

    private func checkRandomChanges(seeds: Range<UInt64>, _ adjust: (Plan) -> Plan) {
        for seed in seeds {
            let problem = Problem(adjust(RandomPlans.make(seed: seed)))
            let state = SearchState(problem)
            var rng = Xoshiro(seed: seed &+ 10_000)
            if let issue = state.checkInvariants() {
                Issue.record("seed \(seed), empty state: \(issue)")
                return
            }
            for step in 0..<30 {
                let o = rng.below(problem.occurrenceCount)
                let s = Int(problem.occSession[o])
                let len = Int(problem.sesSlots[s])
                let poolSlots = Int(problem.sesPoolCount[s])
                let action = rng.below(4)
                if action == 3 && poolSlots > 0 {
                    let k = rng.below(poolSlots)
                    let candidates = problem.sesPool.range(s).count
                    var c = candidates == 0 ? -1 : rng.below(candidates + 1) - 1
                    let taken = (0..<poolSlots).filter { $0 != k }.map { Int(state.poolPick[Int(state.occPoolOff[o]) + $0]) }
                    if taken.contains(c) { c = -1 }
                    state.setPool(o, slot: k, candidate: c)
                } else if state.start[o] >= 0 && action == 0 {
                    state.remove(o)
                } else if len <= problem.grid.slotsPerDay && problem.roomCount > 0 {
                    if state.start[o] >= 0 { state.remove(o) }
                    let t =
                        rng.below(problem.grid.dayCount) * problem.grid.slotsPerDay
                        + rng.below(problem.grid.slotsPerDay - len + 1)
                    state.insert(o, at: t, room: rng.below(problem.roomCount))
                }
                if let issue = state.checkInvariants() {
                    Issue.record("seed \(seed), step \(step) (action \(action) on \(problem.occurrences[o].id)): \(issue)")
                    return
                }
            }
        }
    }
}
