import ForumModel
import Testing
@testable import ForumSolver

/// The conflict list that infeasible search draws from: every occurrence in it is named by a hard
/// violation (or teaches with a trainer named by one), every occurrence in a room, trainer or group
/// clash is in it, and listing changes nothing.
@Suite struct ConflictListTests {
    @Test func conflictListMatchesTheHardViolations() {
        let clashes: Set<ConstraintID> = [.roomDoubleBooked, .trainerDoubleBooked, .groupOverlap]
        var listed = 0
        for seed in UInt64(0)..<120 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let worker = SearchWorker(problem: problem, index: 1, seed: seed, fullAssert: false, origin: .now)
            worker.construct()
            let before = worker.state.score
            worker.refreshConflicts()
            #expect(worker.state.score == before, "seed \(seed): listing conflicts changed the score")
            if let issue = worker.state.checkInvariants() {
                Issue.record("seed \(seed): \(issue)")
                return
            }
            let schedule = worker.state.schedule()
            let hard = evaluate(schedule, against: problem).violations.filter { $0.level == .hard }
            // A violation about a trainer's whole load names the trainer, not the sessions.
            let loaded = Set(hard.filter(\.sessions.isEmpty).flatMap(\.trainers))
            let named = Set(hard.flatMap(\.sessions))
                .union(schedule.assignments.filter { !loaded.isDisjoint(with: $0.trainers) }.map(\.id.description))
            let clashing = Set(hard.filter { clashes.contains($0.constraint) }.flatMap(\.sessions))
            let listedIDs = Set(worker.conflicts.map { problem.occurrences[Int($0)].id.description })
            let movableIDs = Set(worker.movable.map { problem.occurrences[Int($0)].id.description })
            #expect(listedIDs.isSubset(of: named), "seed \(seed): listed but in no hard violation: \(listedIDs.subtracting(named).sorted())")
            #expect(
                clashing.intersection(movableIDs).isSubset(of: listedIDs),
                "seed \(seed): clashing but not listed: \(clashing.intersection(movableIDs).subtracting(listedIDs).sorted())")
            listed += listedIDs.count
        }
        #expect(listed > 0, "no random plan had a hard conflict after construction: the test checks nothing")
    }

    /// While infeasible, hard worsenings are annealed only for moves of an occurrence in a conflict;
    /// a move of any other may keep or lower the hard score but never raise it, however hot.
    @Test func onlyMovesOfConflictingOccurrencesMayAddHardViolations() {
        let problem = Problem(RandomPlans.make(seed: 3))
        let worker = SearchWorker(problem: problem, index: 0, seed: 1, fullAssert: false, origin: .now)
        worker.hardAnnealing = Annealing(initial: 1e9, final: 1e9)
        worker.pickedConflict = true
        #expect(worker.accepts(5, 0, feasible: false))
        #expect(!worker.accepts(5, 0, feasible: true))
        worker.pickedConflict = false
        #expect(!worker.accepts(5, 0, feasible: false))
        #expect(worker.accepts(-5, 100, feasible: false))
    }
}
