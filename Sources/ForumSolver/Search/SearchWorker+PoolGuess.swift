extension SearchWorker {
    /// Sets the pool picks of unplaced occurrence `o` for a trial at start `t` in room `r`: each slot
    /// gets a candidate who is free then, within the daily load and able to travel from and to
    /// the day's other sessions, preferring one who already leads a meeting of the series, then one
    /// already teaching at that venue that day, then the least loaded (ties: the first candidate).
    /// A quick guess so construction weighs starts with their trainers; the full evaluation of the
    /// trial decides. Candidates are ranked once per day and venue (`poolRanking`), and a start
    /// looks only as far down the ranking as can still beat its best.
    func guessPools(_ o: Int, at t: Int, room r: Int) {
        let st = state
        let s = Int(st.occSession[o])
        let slotsToFill = Int(st.sesPoolCount[s])
        let pc = Int(st.sesPoolOff[s]), candidates = Int(st.sesPoolOff[s + 1]) - pc
        let pb = Int(st.occPoolOff[o])
        guard slotsToFill > 0, candidates > 0 else { return }
        let d = t / st.perDay, va = Int(st.roomVenue[r])
        if !poolRanking.holds(o, day: d, venue: va) {
            poolRanking.rank(o, day: d, venue: va, dayKeys: { dayKey(o, $0, d, va) }, count: candidates)
        }
        for k in 0..<slotsToFill { st.poolPick[pb + k] = -1 }
        for k in 0..<slotsToFill {
            var best = Int.max, pick = -1
            for rank in 0..<poolRanking.count {
                let c = poolRanking.candidate(rank)
                let key = poolRanking.keys[c]
                if key >= best { break }
                if (0..<k).contains(where: { Int(st.poolPick[pb + $0]) == c }) { continue }
                let full = PoolCandidateRanking.adding(obstacles: slotObstacles(o, Int(st.sesPool[pc + c]), t, r), to: key)
                if full < best {
                    best = full
                    pick = c
                }
            }
            st.poolPick[pb + k] = Int32(pick)
        }
    }

    /// The day key of pool candidate `c` of `o` on day `d` at venue `va`: obstacles that hold all day
    /// (a static hard cost, the daily load), then whether they would be new to the series, whether
    /// they already work at that venue (0), elsewhere (1) or not at all (2) that day, and their minutes.
    private func dayKey(_ o: Int, _ c: Int, _ d: Int, _ va: Int) -> Int {
        let st = state
        let s = Int(st.occSession[o])
        let entry = Int(st.sesPoolOff[s]) + c, tr = Int(st.sesPool[entry])
        let minutes = Int(st.sesMinutes[s])
        let dailyLoad = st.tallies.dailyLoad, gaps = st.tallies.trainerGaps
        var obstacles = st.sesPoolCost[entry].hard > 0 ? 1 : 0
        if dailyLoad.weights.hard > 0 && dailyLoad.wouldExceed(tr, d, minutes) { obstacles += 1 }
        let load = dailyLoad.load(tr, d)
        var elsewhere = load > 0 ? 1 : 2
        if gaps.lists(tr) && gaps.neighbours(tr, at: d * st.perDay, minutes: minutes, venue: va).sameVenue { elsewhere = 0 }
        let newcomer = st.tallies.continuity.meetings(Int(st.occSeries[o]), c) > 0 ? 0 : 1
        return PoolCandidateRanking.pack(obstacles: obstacles, newcomer: newcomer, elsewhere: elsewhere, load: load, candidate: c)
    }

    /// Obstacles of trainer `tr` for `o` at start `t` in room `r` beyond the day key's: unavailability,
    /// a clash in any slot, and each session that day too close for the travel and break between.
    @inline(__always) private func slotObstacles(_ o: Int, _ tr: Int, _ t: Int, _ r: Int) -> Int {
        let st = state
        let s = Int(st.occSession[o])
        let len = Int(st.sesSlots[s]), minutes = Int(st.sesMinutes[s])
        var obstacles = 0
        let ub = tr * (st.slots + 1) + t
        if st.unavailable.hard > 0 && st.trUnavailable[ub + len] > st.trUnavailable[ub] { obstacles += 1 }
        for x in 0..<len where st.trainerSlot[tr * st.slots + t + x] > 0 { obstacles += 1 }
        let gaps = st.tallies.trainerGaps
        if gaps.lists(tr) && gaps.weights.hard > 0 {
            obstacles += gaps.neighbours(tr, at: t, minutes: minutes, venue: Int(st.roomVenue[r])).tooClose
        }
        return obstacles
    }
}
