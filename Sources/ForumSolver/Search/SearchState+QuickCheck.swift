extension SearchState {
    /// Whether moving placed occurrence `o` to start `t` in room `r` surely adds a hard violation.
    ///
    /// Meant for states with no hard violation, where any conflict at the target is a new one.
    /// It looks only at static hard costs and at room, trainer and group occupancy, skipping the
    /// counters `o` itself is in; `false` means "evaluate the move", not "the move is clean".
    @inline(__always) func surelyBreaksHard(_ o: Int, _ t: Int, _ r: Int) -> Bool {
        let s = Int(occSession[o])
        if sesTimeCost[s * slots + t].hard > 0 || sesRoomCost[s * rooms + r].hard > 0 { return true }
        if wCapacity.hard > 0 && Int(occSize[o]) > Int(roomCap[r]) { return true }
        let len = Int(sesSlots[s])
        let t0 = Int(start[o])
        let apart = t >= t0 + len || t + len <= t0
        if wRoom.hard > 0 && (apart || r != Int(room[o])) {
            let rb = r * slots + t
            for k in 0..<len where roomSlot[rb + k] > 0 { return true }
        }
        guard apart else { return false }
        if wTrainer.hard > 0 {
            for j in 0..<trainerSlots(o) {
                let tr = trainer(o, j)
                guard tr >= 0 else { continue }
                let tb = tr * slots + t
                for k in 0..<len where trainerSlot[tb + k] > 0 { return true }
            }
        }
        if wGroup.hard > 0 {
            let split = Int(occSplitRun[o])
            for gi in Int(sesGroupsOff[s])..<Int(sesGroupsOff[s + 1]) {
                let gb = Int(sesGroups[gi]) * slots + t
                for k in 0..<len {
                    let others = Int(groupSlot[gb + k]) - (split >= 0 ? Int(splitSlot[split * slots + t + k]) : 0)
                    if others > 0 { return true }
                }
            }
        }
        return false
    }
}

extension SearchState {
    /// Whether placed occurrence `o` shares its room, a trainer or a group with another occurrence
    /// at the same time, or sits where a static hard cost applies (a hint for picking moves).
    func hasHardConflict(_ o: Int) -> Bool {
        let s = Int(occSession[o])
        let t = Int(start[o]), r = Int(room[o])
        guard t >= 0 else { return false }
        if sesTimeCost[s * slots + t].hard > 0 || sesRoomCost[s * rooms + r].hard > 0 { return true }
        let len = Int(sesSlots[s])
        for k in 0..<len where roomSlot[r * slots + t + k] > 1 { return true }
        for j in 0..<trainerSlots(o) {
            let tr = trainer(o, j)
            guard tr >= 0 else { continue }
            for k in 0..<len where trainerSlot[tr * slots + t + k] > 1 { return true }
        }
        let split = Int(occSplitRun[o])
        for gi in Int(sesGroupsOff[s])..<Int(sesGroupsOff[s + 1]) {
            let gb = Int(sesGroups[gi]) * slots + t
            for k in 0..<len {
                let mine = split >= 0 ? Int(splitSlot[split * slots + t + k]) : 1
                if Int(groupSlot[gb + k]) > mine { return true }
            }
        }
        return false
    }

    /// Whether two occurrences cannot run at once: they share a trainer, or a group (unless they
    /// are sections of one run).
    func conflict(_ a: Int, _ b: Int) -> Bool {
        let sa = Int(occSession[a]), sb = Int(occSession[b])
        let bit = sa * sessions + sb
        let mask = UInt64(1) << UInt64(bit & 63)
        if sharesNamed[bit >> 6] & mask != 0 { return true }
        if sharesGroup[bit >> 6] & mask != 0 && !(occSplitRun[a] >= 0 && occSplitRun[a] == occSplitRun[b]) { return true }
        guard sesPoolCount[sa] > 0 || sesPoolCount[sb] > 0 else { return false }
        for i in 0..<trainerSlots(a) {
            let tr = trainer(a, i)
            guard tr >= 0 else { continue }
            for j in 0..<trainerSlots(b) where trainer(b, j) == tr { return true }
        }
        return false
    }
}
