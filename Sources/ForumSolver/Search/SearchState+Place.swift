extension SearchState {
    /// Places unplaced occurrence `o` at start slot `t` in room `r`, with its current pool picks.
    /// - Complexity: O(slots covered × (groups + trainers) + same-day lists of its groups and trainers).
    func insert(_ o: Int, at t: Int, room r: Int) {
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s])
        let d = t / perDay
        start[o] = Int32(t)
        room[o] = Int32(r)
        charge(-minutes, outsideHours)
        charge(sesTimeCost[s * slots + t], 1)
        charge(sesRoomCost[s * rooms + r], 1)
        charge(sesFixedCost[s], 1)
        charge(max(0, Int(occSize[o]) - Int(roomCap[r])), capacity)
        if let costs = disruption { charge(disruptionCost(costs, o, t, r), 1) }

        // Room.
        var pairs = 0
        let rb = r * slots + t
        for k in 0..<len {
            pairs += Int(roomSlot[rb + k])
            roomSlot[rb + k] += 1
            roomOccupants[rb + k] += Int32(o)
        }
        charge(pairs * grid, roomClash)
        apply(tallies.enterRoom(o, t, len, r))
        link(o, t, len)

        // Groups.
        let split = Int(occSplitRun[o])
        let gFirst = Int(sesGroupsOff[s]), gEnd = Int(sesGroupsOff[s + 1])
        let v = Int(roomVenue[r])
        pairs = 0
        for gi in gFirst..<gEnd {
            let g = Int(sesGroups[gi])
            let gb = g * slots + t
            for k in 0..<len {
                pairs += Int(groupSlot[gb + k])
                groupSlot[gb + k] += 1
                groupOccupants[gb + k] += Int32(o)
            }
            if split >= 0 { for k in 0..<len { pairs -= Int(splitSlot[split * slots + t + k]) } }
            groupDays.add(o, owner: g, slot: gi - gFirst, day: d)
            apply(tallies.enterGroupDay(o, g, gi - gFirst, t, d, len: len, minutes: minutes, split: split, venue: v))
        }
        if split >= 0 { for k in 0..<len { splitSlot[split * slots + t + k] += 1 } }
        charge(pairs * grid, groupClash)

        // Trainers.
        let sr = Int(occSeries[o])
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        let pb = Int(occPoolOff[o]), pc = Int(sesPoolOff[s])
        for j in 0..<trainerSlots(o) {
            if j < named {
                attach(o, Int(sesNamed[Int(sesNamedOff[s]) + j]), j, t, len, d, minutes)
            } else {
                let pick = Int(poolPick[pb + j - named])
                if pick < 0 {
                    charge(1, trainerCount)
                    continue
                }
                let tr = Int(sesPool[pc + pick])
                charge(sesPoolCost[pc + pick], 1)
                apply(tallies.pick(sr, pick))
                chargePoolTime(tr, t, len, 1)
                attach(o, tr, j, t, len, d, minutes)
            }
        }

        // Series.
        apply(tallies.enterSeries(sr, t, d, r))
        apply(tallies.order(o, at: t))
    }

    /// Unplaces placed occurrence `o`, keeping its pool picks; the exact inverse of `insert`.
    func remove(_ o: Int) {
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s])
        let t = Int(start[o]), r = Int(room[o])
        let d = t / perDay
        apply(tallies.order(o, at: t), -1)

        // Series.
        let sr = Int(occSeries[o])
        apply(tallies.leaveSeries(sr, t, d, r))

        // Trainers.
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        let pb = Int(occPoolOff[o]), pc = Int(sesPoolOff[s])
        for j in 0..<trainerSlots(o) {
            if j < named {
                detach(o, Int(sesNamed[Int(sesNamedOff[s]) + j]), j, t, len, d, minutes)
            } else {
                let pick = Int(poolPick[pb + j - named])
                if pick < 0 {
                    charge(-1, trainerCount)
                    continue
                }
                let tr = Int(sesPool[pc + pick])
                charge(sesPoolCost[pc + pick], -1)
                apply(tallies.unpick(sr, pick))
                chargePoolTime(tr, t, len, -1)
                detach(o, tr, j, t, len, d, minutes)
            }
        }

        // Groups.
        let split = Int(occSplitRun[o])
        if split >= 0 { for k in 0..<len { splitSlot[split * slots + t + k] -= 1 } }
        let gFirst = Int(sesGroupsOff[s]), gEnd = Int(sesGroupsOff[s + 1])
        let v = Int(roomVenue[r])
        var pairs = 0
        for gi in gFirst..<gEnd {
            let g = Int(sesGroups[gi])
            let gb = g * slots + t
            for k in 0..<len {
                groupSlot[gb + k] -= 1
                groupOccupants[gb + k] -= Int32(o)
                pairs += Int(groupSlot[gb + k])
            }
            if split >= 0 { for k in 0..<len { pairs -= Int(splitSlot[split * slots + t + k]) } }
            groupDays.remove(o, owner: g, slot: gi - gFirst, day: d)
            apply(tallies.leaveGroupDay(o, g, gi - gFirst, d, minutes: minutes, split: split, venue: v))
        }
        charge(-pairs * grid, groupClash)

        // Room.
        unlink(o, t, len)
        apply(tallies.leaveRoom(o, t, len, r))
        pairs = 0
        let rb = r * slots + t
        for k in 0..<len {
            roomSlot[rb + k] -= 1
            roomOccupants[rb + k] -= Int32(o)
            pairs += Int(roomSlot[rb + k])
        }
        charge(-pairs * grid, roomClash)

        charge(-max(0, Int(occSize[o]) - Int(roomCap[r])), capacity)
        if let costs = disruption { charge(disruptionCost(costs, o, t, r), -1) }
        charge(sesFixedCost[s], -1)
        charge(sesRoomCost[s * rooms + r], -1)
        charge(sesTimeCost[s * slots + t], -1)
        charge(minutes, outsideHours)
        start[o] = -1
        room[o] = -1
    }

    /// Sets pool slot `k` of occurrence `o` to candidate `c` (-1: unfilled), placed or not.
    func setPool(_ o: Int, slot k: Int, candidate c: Int) {
        let pb = Int(occPoolOff[o])
        let old = Int(poolPick[pb + k])
        guard old != c else { return }
        let t = Int(start[o])
        guard t >= 0 else {
            poolPick[pb + k] = Int32(c)
            return
        }
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s]), d = t / perDay
        let pc = Int(sesPoolOff[s])
        let j = Int(sesNamedOff[s + 1] - sesNamedOff[s]) + k
        let sr = Int(occSeries[o])
        if old < 0 {
            charge(-1, trainerCount)
        } else {
            let tr = Int(sesPool[pc + old])
            charge(sesPoolCost[pc + old], -1)
            apply(tallies.unpick(sr, old))
            if let costs = disruption { charge(costs.trainer(o, tr), -1) }
            chargePoolTime(tr, t, len, -1)
            detach(o, tr, j, t, len, d, minutes)
        }
        poolPick[pb + k] = Int32(c)
        if c < 0 {
            charge(1, trainerCount)
        } else {
            let tr = Int(sesPool[pc + c])
            charge(sesPoolCost[pc + c], 1)
            apply(tallies.pick(sr, c))
            if let costs = disruption { charge(costs.trainer(o, tr), 1) }
            chargePoolTime(tr, t, len, 1)
            attach(o, tr, j, t, len, d, minutes)
        }
    }

    /// Unavailable and avoided minutes of a pool trainer over `len` slots from `t`, charged with `sign`.
    @inline(__always) func chargePoolTime(_ tr: Int, _ t: Int, _ len: Int, _ sign: Int) {
        let base = tr * (slots + 1) + t
        charge(sign * Int(trUnavailable[base + len] - trUnavailable[base]), unavailable)
        charge(sign * Int(trAvoid[base + len] - trAvoid[base]), avoided)
    }

    /// Adds `o`'s nodes to the rosters of the slots it covers.
    @inline(__always) func link(_ o: Int, _ t: Int, _ len: Int) {
        let nb = Int(nodeBase[o])
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
        for k in 0..<len {
            let node = nb + k
            let next = Int(nodeNext[node]), prev = Int(nodePrev[node])
            if prev >= 0 { nodeNext[prev] = Int32(next) } else { slotHead[t + k] = Int32(next) }
            if next >= 0 { nodePrev[next] = Int32(prev) }
        }
    }

    /// Counts trainer `tr` (slot `j` of occurrence `o`) as leading `len` slots from `t`, day `d`.
    @inline(__always) func attach(_ o: Int, _ tr: Int, _ j: Int, _ t: Int, _ len: Int, _ d: Int, _ minutes: Int) {
        var pairs = 0
        let tb = tr * slots + t
        for k in 0..<len {
            pairs += Int(trainerSlot[tb + k])
            trainerSlot[tb + k] += 1
            trainerOccupants[tb + k] += Int32(o)
        }
        charge(pairs * grid, trainerClash)
        if trainerDays.lists(tr) { trainerDays.add(o, trainer: tr, slot: j, day: d) }
        apply(tallies.attach(tr, d, minutes: minutes))
    }

    /// The inverse of `attach`.
    @inline(__always) func detach(_ o: Int, _ tr: Int, _ j: Int, _ t: Int, _ len: Int, _ d: Int, _ minutes: Int) {
        var pairs = 0
        let tb = tr * slots + t
        for k in 0..<len {
            trainerSlot[tb + k] -= 1
            trainerOccupants[tb + k] -= Int32(o)
            pairs += Int(trainerSlot[tb + k])
        }
        charge(-pairs * grid, trainerClash)
        if trainerDays.lists(tr) { trainerDays.remove(o, trainer: tr, slot: j, day: d) }
        apply(tallies.detach(tr, d, minutes: minutes))
    }
}
