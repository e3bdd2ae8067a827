extension SearchState {
    /// Whether moving placed occurrence `o` to start `t` in room `r` surely adds a hard violation.
    ///
    /// Meant for states with no hard violation, where any conflict at the target is a new one.
    /// It looks only at static hard costs and at room, trainer and group occupancy, skipping the
    /// counters `o` itself is in; `false` means "evaluate the move", not "the move is clean".
    @inline(__always) func surelyBreaksHard(_ o: Int, _ t: Int, _ r: Int) -> Bool {
        let s = Int(occSession[o])
        if sesTimeCost[s * slots + t].hard > 0 || sesRoomCost[s * rooms + r].hard > 0 { return true }
        if capacity.hard > 0 && Int(occSize[o]) > Int(roomCap[r]) { return true }
        let len = Int(sesSlots[s])
        let t0 = Int(start[o])
        let apart = t >= t0 + len || t + len <= t0
        if roomClash.hard > 0 && (apart || r != Int(room[o])) {
            let rb = r * slots + t
            for k in 0..<len where roomSlot[rb + k] > 0 { return true }
        }
        guard apart else { return false }
        if trainerClash.hard > 0 {
            for j in 0..<trainerSlots(o) {
                let tr = trainer(o, j)
                guard tr >= 0 else { continue }
                let tb = tr * slots + t
                for k in 0..<len where trainerSlot[tb + k] > 0 { return true }
            }
        }
        if groupClash.hard > 0 {
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
    /// Whether exchanging placed occurrences `o` (to start `to`, room `ro`) and `q` (to `tq`, `rq`)
    /// surely adds a hard violation; like `surelyBreaksHard`, for states with no hard violation.
    ///
    /// Counters are read with both occurrences' own contributions taken out, so only third parties
    /// (and static costs) count; split runs are left to the full evaluation.
    @inline(__always) func surelySwapBreaksHard(_ o: Int, _ to: Int, _ ro: Int, _ q: Int, _ tq: Int, _ rq: Int) -> Bool {
        occupiedByOthers(o, at: to, room: ro, besides: q) || occupiedByOthers(q, at: tq, room: rq, besides: o)
    }

    /// Whether `o` at start `t` in room `r` would meet a static hard cost or share a room, trainer
    /// or group with a placed occurrence other than itself and `q`.
    @inline(__always) private func occupiedByOthers(_ o: Int, at t: Int, room r: Int, besides q: Int) -> Bool {
        let s = Int(occSession[o])
        if sesTimeCost[s * slots + t].hard > 0 || sesRoomCost[s * rooms + r].hard > 0 { return true }
        if capacity.hard > 0 && Int(occSize[o]) > Int(roomCap[r]) { return true }
        let len = Int(sesSlots[s])
        let t0 = Int(start[o]), e0 = t0 + len
        let tq = Int(start[q]), eq = tq + Int(sesSlots[Int(occSession[q])])
        @inline(__always) func own(_ x: Int) -> Int { (x >= t0 && x < e0 ? 1 : 0) }
        @inline(__always) func other(_ x: Int) -> Int { (x >= tq && x < eq ? 1 : 0) }
        if roomClash.hard > 0 {
            let r0 = Int(room[o]), rq = Int(room[q])
            for k in 0..<len {
                let x = t + k
                let mine = (r == r0 ? own(x) : 0) + (r == rq ? other(x) : 0)
                if Int(roomSlot[r * slots + x]) > mine { return true }
            }
        }
        if trainerClash.hard > 0 {
            for j in 0..<trainerSlots(o) {
                let tr = trainer(o, j)
                guard tr >= 0 else { continue }
                let qHas = hasTrainer(q, tr)
                for k in 0..<len {
                    let x = t + k
                    if Int(trainerSlot[tr * slots + x]) > own(x) + (qHas ? other(x) : 0) { return true }
                }
            }
        }
        if groupClash.hard > 0 && occSplitRun[o] < 0 && occSplitRun[q] < 0 {
            let sq = Int(occSession[q])
            for gi in Int(sesGroupsOff[s])..<Int(sesGroupsOff[s + 1]) {
                let g = sesGroups[gi]
                var qHas = false
                for i in Int(sesGroupsOff[sq])..<Int(sesGroupsOff[sq + 1]) where sesGroups[i] == g { qHas = true }
                for k in 0..<len {
                    let x = t + k
                    if Int(groupSlot[Int(g) * slots + x]) > own(x) + (qHas ? other(x) : 0) { return true }
                }
            }
        }
        return false
    }

    /// Whether every group of `o` is free for its whole length from slot `t`: no placed meeting
    /// there but `o` itself.
    func groupsFree(_ o: Int, at t: Int) -> Bool {
        let s = Int(occSession[o])
        let len = Int(sesSlots[s])
        for gi in Int(sesGroupsOff[s])..<Int(sesGroupsOff[s + 1]) {
            let gb = Int(sesGroups[gi]) * slots
            for k in t..<(t + len) where Int(groupSlot[gb + k]) > share(of: o, inSlot: k) { return false }
        }
        return true
    }

    /// Whether trainer `tr` leads nothing and is available for `length` slots from `t`.
    @inline(__always) func trainerIsFree(_ tr: Int, at t: Int, length: Int) -> Bool {
        for k in t..<(t + length) where trainerSlot[tr * slots + k] > 0 { return false }
        let ub = tr * (slots + 1) + t
        return trUnavailable[ub + length] == trUnavailable[ub]
    }

    /// 1 when `o` is placed and covers slot `k`, else 0: its own part of a slot counter there.
    @inline(__always) func share(of o: Int, inSlot k: Int) -> Int {
        let t0 = Int(start[o])
        return t0 >= 0 && k >= t0 && k < t0 + Int(sesSlots[Int(occSession[o])]) ? 1 : 0
    }

    /// Whether placed occurrence `o` shares its room, a trainer or a group with another occurrence
    /// at the same time where that is a hard violation, leaves one of its trainers too little time
    /// for travel and break before or after it, or sits where a static hard cost applies.
    func hasHardConflict(_ o: Int) -> Bool {
        let s = Int(occSession[o])
        let t = Int(start[o]), r = Int(room[o])
        guard t >= 0 else { return false }
        if sesTimeCost[s * slots + t].hard > 0 || sesRoomCost[s * rooms + r].hard > 0 { return true }
        let len = Int(sesSlots[s])
        if roomClash.hard > 0 { for k in 0..<len where roomSlot[r * slots + t + k] > 1 { return true } }
        for j in 0..<trainerSlots(o) where trainerClash.hard > 0 {
            let tr = trainer(o, j)
            guard tr >= 0 else { continue }
            for k in 0..<len where trainerSlot[tr * slots + t + k] > 1 { return true }
            if tallies.trainerGaps.lists(tr) && tallies.trainerGaps.isShort(o, tr) { return true }
        }
        guard groupClash.hard > 0 else { return false }
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
        if shareAny(sesNamedOff, sesNamed, sa, sb) { return true }
        if !(occSplitRun[a] >= 0 && occSplitRun[a] == occSplitRun[b]) && shareAny(sesGroupsOff, sesGroups, sa, sb) { return true }
        guard sesPoolCount[sa] > 0 || sesPoolCount[sb] > 0 else { return false }
        for i in 0..<trainerSlots(a) {
            let tr = trainer(a, i)
            if tr >= 0 && hasTrainer(b, tr) { return true }
        }
        return false
    }

    /// Whether sessions `a` and `b` have an element in common in the lists `offsets`/`values` (groups
    /// or named trainers: a few each, so a direct comparison, with no sessions × sessions table).
    @inline(__always) private func shareAny(_ offsets: P32, _ values: P32, _ a: Int, _ b: Int) -> Bool {
        for i in Int(offsets[a])..<Int(offsets[a + 1]) {
            for j in Int(offsets[b])..<Int(offsets[b + 1]) where values[i] == values[j] { return true }
        }
        return false
    }
}

extension SearchState {
    /// Whether giving placed `o` pool candidate `c` surely adds a hard violation (for states with
    /// none): a static hard cost, or the candidate already busy or unavailable at its time.
    @inline(__always) func poolSurelyBreaksHard(_ o: Int, _ c: Int) -> Bool {
        let s = Int(occSession[o]), pc = Int(sesPoolOff[s]) + c
        if sesPoolCost[pc].hard > 0 { return true }
        let tr = Int(sesPool[pc]), t = Int(start[o]), len = Int(sesSlots[s])
        if trainerClash.hard > 0 {
            for k in 0..<len where trainerSlot[tr * slots + t + k] > 0 { return true }
        }
        let ub = tr * (slots + 1) + t
        return unavailable.hard > 0 && trUnavailable[ub + len] > trUnavailable[ub]
    }
}
