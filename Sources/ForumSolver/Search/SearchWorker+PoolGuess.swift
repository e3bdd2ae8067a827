extension SearchWorker {
    /// Sets the pool picks of unplaced occurrence `o` for a trial at start `t` in room `r`: each slot
    /// gets a candidate who is free then, within the daily load and able to travel from and to
    /// the day's other sessions, preferring one who already leads a meeting of the series, then one
    /// already teaching at that venue that day, then the least loaded. A quick guess so construction weighs starts with their trainers; the full
    /// evaluation of the trial decides.
    func guessPools(_ o: Int, at t: Int, room r: Int) {
        let st = state
        let s = Int(st.occSession[o])
        let slotsToFill = Int(st.sesPoolCount[s])
        let pc = Int(st.sesPoolOff[s]), candidates = Int(st.sesPoolOff[s + 1]) - pc
        let pb = Int(st.occPoolOff[o])
        guard slotsToFill > 0, candidates > 0 else { return }
        let sr = Int(st.occSeries[o])
        for k in 0..<slotsToFill { st.poolPick[pb + k] = -1 }
        for k in 0..<slotsToFill {
            var best = (Int.max, Int.max, Int.max, Int.max), pick = -1
            for c in 0..<candidates {
                if (0..<k).contains(where: { Int(st.poolPick[pb + $0]) == c }) { continue }
                let fit = poolFit(o, Int(st.sesPool[pc + c]), pc + c, t, r)
                let newcomer = st.tallies.continuity.meetings(sr, c) > 0 ? 0 : 1
                let key = (fit.0, newcomer, fit.1, fit.2)
                if key < best { best = key; pick = c }
            }
            st.poolPick[pb + k] = Int32(pick)
        }
    }

    /// How well trainer `tr` (pool entry `entry`) suits `o` at start `t` in room `r`: hard obstacles
    /// (static cost, unavailability, a clash, the daily load, a travel shortfall), then whether the
    /// day is a new working day or another town, then the trainer's minutes that day.
    @inline(__always) private func poolFit(_ o: Int, _ tr: Int, _ entry: Int, _ t: Int, _ r: Int) -> (Int, Int, Int) {
        let st = state
        let s = Int(st.occSession[o])
        let len = Int(st.sesSlots[s]), minutes = Int(st.sesMinutes[s]), d = t / st.perDay
        var obstacles = st.sesPoolCost[entry].hard > 0 ? 1 : 0
        let ub = tr * (st.slots + 1) + t
        if st.unavailable.hard > 0 && st.trUnavailable[ub + len] > st.trUnavailable[ub] { obstacles += 1 }
        for x in 0..<len where st.trainerSlot[tr * st.slots + t + x] > 0 { obstacles += 1 }
        let dailyLoad = st.tallies.dailyLoad, gaps = st.tallies.trainerGaps
        let load = dailyLoad.load(tr, d)
        if dailyLoad.weights.hard > 0 && dailyLoad.wouldExceed(tr, d, minutes) { obstacles += 1 }
        var elsewhere = load > 0 ? 1 : 2
        if gaps.lists(tr) {
            let near = gaps.neighbours(tr, at: t, minutes: minutes, venue: Int(st.roomVenue[r]))
            if gaps.weights.hard > 0 { obstacles += near.tooClose }
            if near.sameVenue { elsewhere = 0 }
        }
        return (obstacles, elsewhere, load)
    }
}
