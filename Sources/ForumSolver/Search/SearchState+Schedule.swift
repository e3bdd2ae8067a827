import ForumModel

/// The decisions of a search state, cheap to copy: start slot, room and pool picks per occurrence.
struct Decisions: Sendable, Equatable {
    var start: [Int32]
    var room: [Int32]
    var pool: [Int32]
}

extension SearchState {
    /// A copy of the current decisions.
    func decisions() -> Decisions {
        Decisions(
            start: Array(UnsafeBufferPointer(start: start, count: n)),
            room: Array(UnsafeBufferPointer(start: room, count: n)),
            pool: Array(UnsafeBufferPointer(start: poolPick, count: Int(occPoolOff[n]))))
    }

    /// Replaces the current decisions with `d` (unplacing everything, then placing in order).
    func restore(_ d: Decisions) {
        for o in 0..<n where start[o] >= 0 { remove(o) }
        for o in 0..<n {
            for k in 0..<Int(occPoolOff[o + 1] - occPoolOff[o]) {
                setPool(o, slot: k, candidate: Int(d.pool[Int(occPoolOff[o]) + k]))
            }
        }
        for o in 0..<n where d.start[o] >= 0 { insert(o, at: Int(d.start[o]), room: Int(d.room[o])) }
    }

    /// The current decisions as a schedule: dates, wall-clock times, room and trainer ids.
    func schedule() -> Schedule {
        let p = problem
        var assignments: [Assignment] = []
        var unplaced: [Unplaced] = []
        for o in 0..<n {
            let t = Int(start[o])
            guard t >= 0 else {
                unplaced.append(Unplaced(id: p.occurrences[o].id, reason: p.unplacedReason(o)))
                continue
            }
            let s = Int(occSession[o])
            let from = p.grid.minuteOfDay(slot: t)
            let named = p.sesNamed[s].map { p.plan.trainers[Int($0)].id }
            var picks: [Int] = []
            for j in named.count..<trainerSlots(o) where trainer(o, j) >= 0 { picks.append(trainer(o, j)) }
            assignments.append(
                Assignment(
                    id: p.occurrences[o].id, date: p.grid.dates[p.grid.day(ofSlot: t)],
                    start: TimeOfDay(minutes: from)!, end: TimeOfDay(minutes: min(1440, from + Int(sesMinutes[s])))!,
                    room: p.plan.rooms[Int(room[o])].id, trainers: named + picks.sorted().map { p.plan.trainers[$0].id }))
        }
        return Schedule(forumID: p.plan.forum.id, assignments: assignments, unplaced: unplaced, score: score)
    }
}
