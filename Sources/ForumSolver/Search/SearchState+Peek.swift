extension SearchState {
    /// The exact score change of moving placed occurrence `o` to start `t` in room `r`, changing nothing.
    ///
    /// Mirrors `remove` followed by `insert`, reading the counters with `o`'s own contribution
    /// taken out (and the new one put in) virtually; tests check it against applying the move.
    /// - Complexity: like one `insert`, without writes.
    func peekMove(_ o: Int, _ t: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s])
        let t0 = Int(start[o]), r0 = Int(room[o])
        let d0 = t0 / perDay, d = t / perDay
        let end0 = t0 + len
        @inline(__always) func wasHere(_ slot: Int) -> Int { slot >= t0 && slot < end0 ? 1 : 0 }

        delta.add(sesTimeCost[s * slots + t], minus: sesTimeCost[s * slots + t0])
        delta.add(sesRoomCost[s * rooms + r], minus: sesRoomCost[s * rooms + r0])
        delta.add(max(0, Int(occSize[o]) - Int(roomCap[r])) - max(0, Int(occSize[o]) - Int(roomCap[r0])), capacity)
        if let costs = disruption { delta.add(costs.place(o, t, r), minus: costs.place(o, t0, r0)) }

        // Room.
        var pairs = 0
        for k in 0..<len { pairs += Int(roomSlot[r0 * slots + t0 + k]) - 1 }
        var newPairs = 0
        for k in 0..<len { newPairs += Int(roomSlot[r * slots + t + k]) - (r == r0 ? wasHere(t + k) : 0) }
        delta.add((newPairs - pairs) * grid, roomClash)
        delta += tallies.peekRoom(o, len, from: t0, r0, to: t, r)

        // Series.
        delta += tallies.peekSeries(Int(occSeries[o]), from: t0, d0, r0, to: t, d, r)
        delta += tallies.peekOrder(o, from: t0, to: t)

        // A room change at the same start within one venue changes nothing for groups and trainers.
        let v0 = Int(roomVenue[r0]), v = Int(roomVenue[r])
        guard t != t0 || v != v0 else { return delta }

        // Groups.
        let split = Int(occSplitRun[o])
        pairs = 0
        let gFirst = Int(sesGroupsOff[s])
        for gi in gFirst..<Int(sesGroupsOff[s + 1]) {
            let g = Int(sesGroups[gi])
            let gb = g * slots
            for k in 0..<len {
                let inSplit = split >= 0 ? Int(splitSlot[split * slots + t0 + k]) : 1
                pairs -= Int(groupSlot[gb + t0 + k]) - inSplit
                let mine = split >= 0 ? Int(splitSlot[split * slots + t + k]) : wasHere(t + k)
                pairs += Int(groupSlot[gb + t + k]) - mine
            }
            delta += tallies.peekGroupDay(o, g, gi - gFirst, split: split, minutes: minutes, len: len, from: t0, d0, v0, to: t, d, v)
        }
        delta.add(pairs * grid, groupClash)

        // Trainers.
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        pairs = 0
        for j in 0..<trainerSlots(o) {
            let tr = trainer(o, j)
            guard tr >= 0 else { continue }
            let tb = tr * slots
            for k in 0..<len {
                pairs -= Int(trainerSlot[tb + t0 + k]) - 1
                pairs += Int(trainerSlot[tb + t + k]) - wasHere(t + k)
            }
            if j >= named {
                let base = tr * (slots + 1)
                delta.add(
                    Int(trUnavailable[base + t + len] - trUnavailable[base + t])
                        - Int(trUnavailable[base + t0 + len] - trUnavailable[base + t0]), unavailable)
                delta.add(Int(trAvoid[base + t + len] - trAvoid[base + t]) - Int(trAvoid[base + t0 + len] - trAvoid[base + t0]), avoided)
            }
            delta += tallies.peekTrainer(o, tr, minutes: minutes, from: d0, to: t, d, venue: v)
        }
        delta.add(pairs * grid, trainerClash)
        return delta
    }
}
