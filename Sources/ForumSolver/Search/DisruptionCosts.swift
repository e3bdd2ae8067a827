import ForumModel

/// The `disruption` term of a search state, present only when re-planning: per occurrence its
/// baseline start, room and trainers, the weighted cost of leaving each, and whether it is locked.
///
/// `SearchState` charges `place(o, t, r)` plus `trainer(o, tr)` for each of its trainers while
/// `o` is placed, which is exactly what `Disruption.findings` counts.
final class DisruptionCosts {
    private let arena = Arena()
    private let start: P32, room: P32, trainerOff: P32, trainerList: P32
    private let timeCost: UnsafeMutablePointer<Cost3>, roomCost: UnsafeMutablePointer<Cost3>
    private let trainerCost: UnsafeMutablePointer<Cost3>
    /// Whether occurrence `o` must keep its baseline place (moves leave it alone).
    let locked: UnsafeMutablePointer<Bool>

    /// Nil unless `p` re-plans a baseline.
    init?(_ p: Problem) {
        guard let replan = p.replan else { return nil }
        let w = p.weights(.disruption)
        func cost(_ units: (Int) -> Int) -> [Cost3] {
            p.occurrences.indices.map { o in
                var c = Cost3.zero
                if replan.assignment[o] != nil { c.add(units(Int(replan.people[o])), w) }
                return c
            }
        }
        start = arena.copy(replan.start)
        room = arena.copy(replan.room)
        trainerOff = arena.copy(replan.trainers.offsets)
        trainerList = arena.copy(replan.trainers.values)
        timeCost = arena.copy(cost(Disruption.timeUnits))
        roomCost = arena.copy(cost(Disruption.roomUnits))
        trainerCost = arena.copy(cost(Disruption.trainerUnits))
        locked = arena.copy(replan.locked)
    }

    /// The cost of `o` starting at slot `t` in room `r` (its trainers aside).
    @inline(__always) func place(_ o: Int, _ t: Int, _ r: Int) -> Cost3 {
        var c = Cost3.zero
        if Int(start[o]) != t { c.add(timeCost[o]) }
        if Int(room[o]) != r { c.add(roomCost[o]) }
        return c
    }

    /// The cost of trainer `tr` on `o` (zero when they ran it in the baseline).
    @inline(__always) func trainer(_ o: Int, _ tr: Int) -> Cost3 {
        for i in Int(trainerOff[o])..<Int(trainerOff[o + 1]) where Int(trainerList[i]) == tr { return .zero }
        return trainerCost[o]
    }
}

extension Cost3 {
    /// Adds another static cost.
    @inline(__always) mutating func add(_ c: Cost3) {
        hard &+= c.hard
        medium &+= c.medium
        soft &+= c.soft
    }
}

extension SearchState {
    /// The whole disruption cost of placed occurrence `o` at `t` in `r` with its current trainers.
    @inline(__always) func disruptionCost(_ costs: DisruptionCosts, _ o: Int, _ t: Int, _ r: Int) -> Cost3 {
        var c = costs.place(o, t, r)
        for j in 0..<trainerSlots(o) {
            let tr = trainer(o, j)
            if tr >= 0 { c.add(costs.trainer(o, tr)) }
        }
        return c
    }

    /// Whether the search may move occurrence `o`.
    @inline(__always) func isMovable(_ o: Int) -> Bool { !(disruption?.locked[o] ?? false) }
}
