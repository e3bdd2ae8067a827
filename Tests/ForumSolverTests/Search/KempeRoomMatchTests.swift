import ForumModel
import Testing
@testable import ForumSolver

/// A Kempe chain between two times that do not overlap matches rooms: after the move every member
/// is alone in an allowed room, and a member left its own room only when that room is taken (by
/// someone who stays or an earlier member) or was held twice.
@Suite struct KempeRoomMatchTests {
    @Test func membersEndAloneInAllowedRoomsAndKeepTheirOwnWhenFree() {
        var moves = 0, roomChanges = 0, roomsKept = 0
        for seed in UInt64(0)..<120 {
            let problem = Problem(RandomPlans.make(seed: seed))
            let worker = SearchWorker(problem: problem, index: 0, seed: seed, fullAssert: false, origin: .now)
            worker.construct()
            worker.kempeMatchesRooms = true // the random plans' rooms are mostly loose
            let st = worker.state
            var rng = Xoshiro(seed: seed &+ 50_000)
            for _ in 0..<60 where !worker.movable.isEmpty {
                worker.chCount = 0
                worker.plCount = 0
                let o = Int(worker.movable[rng.below(worker.movable.count)])
                guard worker.kempe(o) else { continue }
                let len = Int(st.sesSlots[Int(st.occSession[o])])
                guard abs(Int(worker.chNewT[0]) - Int(worker.chOldT[0])) >= len else { continue }
                let members = (0..<worker.chCount).map {
                    (o: Int(worker.chO[$0]), t: Int(worker.chNewT[$0]), r: Int(worker.chNewR[$0]), own: Int(worker.chOldR[$0]))
                }
                // A room held twice before the move counts as taken (the chain does not sort out clashes).
                let heldTwice = members.map { m in (0..<len).contains { st.roomSlot[m.own * st.slots + m.t + $0] > 1 } }
                worker.applyMove()
                for (m, twice) in zip(members, heldTwice) {
                    let s = Int(st.occSession[m.o])
                    #expect(st.sesRoomAllowed[s * st.rooms + m.r], "seed \(seed): \(problem.occurrences[m.o].id) got a room it may not use")
                    for k in 0..<len {
                        #expect(
                            st.roomSlot[m.r * st.slots + m.t + k] == 1,
                            "seed \(seed): \(problem.occurrences[m.o].id) shares room \(m.r) at slot \(m.t + k)")
                    }
                    if m.r != m.own && !twice {
                        roomChanges += 1
                        let taken = (0..<len).contains { st.roomSlot[m.own * st.slots + m.t + $0] > 0 }
                        #expect(taken, "seed \(seed): \(problem.occurrences[m.o].id) left its own room \(m.own), free at slot \(m.t)")
                    } else if m.r == m.own {
                        roomsKept += 1
                    }
                }
                worker.undoMove()
                if let issue = st.checkInvariants() {
                    Issue.record("seed \(seed), after undoing a chain: \(issue)")
                    return
                }
                moves += 1
            }
        }
        #expect(
            moves > 500 && roomChanges > 100 && roomsKept > 100,
            "too few chains (\(moves), \(roomChanges) room changes, \(roomsKept) rooms kept): the test checks little")
    }
}
