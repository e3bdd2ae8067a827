extension SearchState {
    /// Places unplaced occurrence `o` at start slot `t` in room `r`, with its current pool picks.
    /// - Complexity: O(slots covered × (groups + trainers) + same-day lists of its groups and trainers).
    func insert(_ o: Int, at t: Int, room r: Int) {
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s])
        let d = t / perDay
        start[o] = Int32(t)
        room[o] = Int32(r)
        charge(-minutes, wOutside)
        charge(sesTimeCost[s * slots + t], 1)
        charge(sesRoomCost[s * rooms + r], 1)
        charge(sesFixedCost[s], 1)
        charge(max(0, Int(occSize[o]) - Int(roomCap[r])), wCapacity)
        if let costs = disruption { charge(disruptionCost(costs, o, t, r), 1) }

        // Room.
        var pairs = 0
        let rb = r * slots + t
        for k in 0..<len {
            pairs += Int(roomSlot[rb + k])
            roomSlot[rb + k] += 1
            roomOccupants[rb + k] += Int32(o)
        }
        charge(pairs * grid, wRoom)
        if popular.isActive { charge(popular.units(o, t, len, r), wPopular) }
        link(o, t, len)

        // Groups.
        let split = Int(occSplitRun[o])
        let gFirst = Int(sesGroupsOff[s]), gEnd = Int(sesGroupsOff[s + 1])
        let loads = groupLoad.isActive && groupLoad.countsRun(split, d, entering: true)
        pairs = 0
        for gi in gFirst..<gEnd {
            let g = Int(sesGroups[gi])
            let gb = g * slots + t
            for k in 0..<len {
                pairs += Int(groupSlot[gb + k])
                groupSlot[gb + k] += 1
            }
            if loads { charge(groupLoad.add(g, d, minutes), wGroupLoad) }
            if split >= 0 { for k in 0..<len { pairs -= Int(splitSlot[split * slots + t + k]) } }
            enterGroupDay(o, g, gi - gFirst, t, len, d, r)
        }
        if split >= 0 { for k in 0..<len { splitSlot[split * slots + t + k] += 1 } }
        charge(pairs * grid, wGroup)

        // Trainers.
        let sr = Int(occSeries[o])
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        let pb = Int(occPoolOff[o]), pc = Int(sesPoolOff[s])
        for j in 0..<trainerSlots(o) {
            if j < named {
                attach(o, Int(sesNamed[Int(sesNamedOff[s]) + j]), j, t, len, d, minutes)
            } else {
                let pick = Int(poolPick[pb + j - named])
                if pick < 0 { charge(1, wCount); continue }
                let tr = Int(sesPool[pc + pick])
                charge(sesPoolCost[pc + pick], 1)
                if continuity.isActive { charge(continuity.add(sr, pick), wContinuity) }
                chargePoolTime(tr, t, len, 1)
                attach(o, tr, j, t, len, d, minutes)
            }
        }

        // Series.
        if regularity.counts(sr) { charge(regularity.add(sr, t), wRegularity) }
        if spread.counts(sr) { charge(spread.add(sr, d), wSpread) }
        if stability.counts(sr) { charge(stability.add(sr, r), wStability) }
        if precedence.isActive { charge(precedence.units(o, at: t), wPrecedence) }
    }

    /// Unplaces placed occurrence `o`, keeping its pool picks; the exact inverse of `insert`.
    func remove(_ o: Int) {
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s])
        let t = Int(start[o]), r = Int(room[o])
        let d = t / perDay
        if precedence.isActive { charge(-precedence.units(o, at: t), wPrecedence) }

        // Series.
        let sr = Int(occSeries[o])
        if regularity.counts(sr) { charge(regularity.remove(sr, t), wRegularity) }
        if stability.counts(sr) { charge(stability.remove(sr, r), wStability) }
        if spread.counts(sr) { charge(spread.remove(sr, d), wSpread) }

        // Trainers.
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        let pb = Int(occPoolOff[o]), pc = Int(sesPoolOff[s])
        for j in 0..<trainerSlots(o) {
            if j < named {
                detach(o, Int(sesNamed[Int(sesNamedOff[s]) + j]), j, t, len, d, minutes)
            } else {
                let pick = Int(poolPick[pb + j - named])
                if pick < 0 { charge(-1, wCount); continue }
                let tr = Int(sesPool[pc + pick])
                charge(sesPoolCost[pc + pick], -1)
                if continuity.isActive { charge(continuity.remove(sr, pick), wContinuity) }
                chargePoolTime(tr, t, len, -1)
                detach(o, tr, j, t, len, d, minutes)
            }
        }

        // Groups.
        let split = Int(occSplitRun[o])
        if split >= 0 { for k in 0..<len { splitSlot[split * slots + t + k] -= 1 } }
        let gFirst = Int(sesGroupsOff[s]), gEnd = Int(sesGroupsOff[s + 1])
        let loads = groupLoad.isActive && groupLoad.countsRun(split, d, entering: false)
        var pairs = 0
        for gi in gFirst..<gEnd {
            let g = Int(sesGroups[gi])
            let gb = g * slots + t
            for k in 0..<len {
                groupSlot[gb + k] -= 1
                pairs += Int(groupSlot[gb + k])
            }
            if loads { charge(groupLoad.add(g, d, -minutes), wGroupLoad) }
            if split >= 0 { for k in 0..<len { pairs -= Int(splitSlot[split * slots + t + k]) } }
            leaveGroupDay(o, g, gi - gFirst, t, len, d, r)
        }
        charge(-pairs * grid, wGroup)

        // Room.
        unlink(o, t, len)
        if popular.isActive { charge(-popular.units(o, t, len, r), wPopular) }
        pairs = 0
        let rb = r * slots + t
        for k in 0..<len {
            roomSlot[rb + k] -= 1
            roomOccupants[rb + k] -= Int32(o)
            pairs += Int(roomSlot[rb + k])
        }
        charge(-pairs * grid, wRoom)

        charge(-max(0, Int(occSize[o]) - Int(roomCap[r])), wCapacity)
        if let costs = disruption { charge(disruptionCost(costs, o, t, r), -1) }
        charge(sesFixedCost[s], -1)
        charge(sesRoomCost[s * rooms + r], -1)
        charge(sesTimeCost[s * slots + t], -1)
        charge(minutes, wOutside)
        start[o] = -1
        room[o] = -1
    }

    /// Sets pool slot `k` of occurrence `o` to candidate `c` (-1: unfilled), placed or not.
    func setPool(_ o: Int, slot k: Int, candidate c: Int) {
        let pb = Int(occPoolOff[o])
        let old = Int(poolPick[pb + k])
        guard old != c else { return }
        let t = Int(start[o])
        guard t >= 0 else { poolPick[pb + k] = Int32(c); return }
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s]), d = t / perDay
        let pc = Int(sesPoolOff[s])
        let j = Int(sesNamedOff[s + 1] - sesNamedOff[s]) + k
        let sr = Int(occSeries[o])
        if old < 0 {
            charge(-1, wCount)
        } else {
            let tr = Int(sesPool[pc + old])
            charge(sesPoolCost[pc + old], -1)
            if continuity.isActive { charge(continuity.remove(sr, old), wContinuity) }
            if let costs = disruption { charge(costs.trainer(o, tr), -1) }
            chargePoolTime(tr, t, len, -1)
            detach(o, tr, j, t, len, d, minutes)
        }
        poolPick[pb + k] = Int32(c)
        if c < 0 {
            charge(1, wCount)
        } else {
            let tr = Int(sesPool[pc + c])
            charge(sesPoolCost[pc + c], 1)
            if continuity.isActive { charge(continuity.add(sr, c), wContinuity) }
            if let costs = disruption { charge(costs.trainer(o, tr), 1) }
            chargePoolTime(tr, t, len, 1)
            attach(o, tr, j, t, len, d, minutes)
        }
    }

    /// Unavailable and avoided minutes of a pool trainer over `len` slots from `t`, charged with `sign`.
    @inline(__always) func chargePoolTime(_ tr: Int, _ t: Int, _ len: Int, _ sign: Int) {
        let base = tr * (slots + 1) + t
        charge(sign * Int(trUnavailable[base + len] - trUnavailable[base]), wUnavailable)
        charge(sign * Int(trAvoid[base + len] - trAvoid[base]), wAvoid)
    }

    /// Adds `o`'s nodes to the rosters of the slots it covers.
    @inline(__always) func link(_ o: Int, _ t: Int, _ len: Int) {
        let nb = Int(nodeBase[o])
        if popular.isActive { popular.add(o, t, len, Int(room[o]), 1) }
        for k in 0..<len {
            let node = nb + k, head = Int(slotHead[t + k])
            nodeNext[node] = Int32(head)
            nodePrev[node] = -1
            if head >= 0 { nodePrev[head] = Int32(node) }
            slotHead[t + k] = Int32(node)
        }
    }

    /// Removes `o`'s nodes from the rosters of the slots it covers.
    @inline(__always) func unlink(_ o: Int, _ t: Int, _ len: Int) {
        let nb = Int(nodeBase[o])
        if popular.isActive { popular.add(o, t, len, Int(room[o]), -1) }
        for k in 0..<len {
            let node = nb + k
            let next = Int(nodeNext[node]), prev = Int(nodePrev[node])
            if prev >= 0 { nodeNext[prev] = Int32(next) } else { slotHead[t + k] = Int32(next) }
            if next >= 0 { nodePrev[next] = Int32(prev) }
        }
    }
}
