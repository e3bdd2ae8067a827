import ForumModel
import Testing
@testable import ForumSolver

/// The Kempe move's quick clash finder (room, group and trainer counters with their occupant sums,
/// day lists and slot rosters where a cell is held more than once) names exactly
/// the occurrences a walk over every occupant of the slots names, whenever it answers at all, with
/// room clashes counted (rooms stay) and without (rooms are matched afterwards).
@Suite struct KempeClashesTests {
    @Test func quickClashesMatchTheSlotWalkOnRandomPlans() {
        var compared = 0, nonEmpty = 0
        for seed in UInt64(0)..<150 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let worker = SearchWorker(problem: problem, index: 0, seed: seed, fullAssert: false, origin: .now)
            worker.construct()
            let st = worker.state
            var rng = Xoshiro(seed: seed &+ 30_000)
            for _ in 0..<40 where !worker.movable.isEmpty {
                let x = Int(worker.movable[rng.below(worker.movable.count)])
                let s = Int(st.occSession[x])
                let domain = Int(st.sesDomainOff[s])..<Int(st.sesDomainOff[s + 1])
                guard !domain.isEmpty else { continue }
                let t = Int(st.sesDomain[domain.lowerBound + rng.below(domain.count)])
                let len = Int(st.sesSlots[s])
                for rooms in [true, false] {
                    guard worker.clashes(of: x, at: t, len: len, rooms: rooms) else { continue }
                    let quick = Set(worker.clashing)
                    worker.scanClashes(of: x, at: t, len: len, rooms: rooms)
                    let walked = Set(worker.clashing)
                    #expect(
                        quick == walked,
                        "seed \(seed), \(problem.occurrences[x].id) at slot \(t), rooms \(rooms): quick \(quick.sorted()), walk \(walked.sorted())")
                    compared += 1
                    if !walked.isEmpty { nonEmpty += 1 }
                }
            }
        }
        #expect(compared > 2000 && nonEmpty > 200, "too few comparisons (\(compared), \(nonEmpty) with clashes): the test checks little")
    }
}
