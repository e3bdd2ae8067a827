extension SearchWorker {
    /// Builds a first schedule: most constrained occurrences first, each at the start and room that
    /// adds the least (hard, then medium, then soft), then its pool trainers one by one.
    ///
    /// "Most constrained" is the fewest (starts × rooms) per unit of length and conflict degree
    /// (occurrences sharing a group or a named trainer). Workers other than the first shuffle
    /// that order a little, and ties are broken at random, so portfolio members start apart.
    func construct() {
        let p = problem
        let preferred = preferredRooms()
        for o in constructionOrder() where p.isPlaceable(o) {
            place(o, preferred: preferred[Int(p.occSession[o])])
            fillPools(o)
        }
        startFromCurrent()
        prepareMoves()
    }

    /// Occurrences in construction order.
    private func constructionOrder() -> [Int] {
        let p = problem
        var perGroup = [Int](repeating: 0, count: p.groupCount)
        var perTrainer = [Int](repeating: 0, count: p.trainerCount)
        for o in 0..<p.occurrenceCount {
            let s = Int(p.occSession[o])
            for g in p.sesGroups[s] { perGroup[Int(g)] += 1 }
            for t in p.sesNamed[s] { perTrainer[Int(t)] += 1 }
        }
        let keys: [Double] = (0..<p.occurrenceCount).map { o in
            let s = Int(p.occSession[o])
            let degree = p.sesGroups[s].reduce(0) { $0 + perGroup[Int($1)] } + p.sesNamed[s].reduce(0) { $0 + perTrainer[Int($1)] }
            let choice = Double(p.sesDomain.range(s).count * max(1, p.sesRooms.range(s).count))
            let noise = index == 0 ? 1 : 0.75 + 0.5 * rng.unit()
            return choice / (Double(1 + degree) * Double(p.sesSlots[s])) * noise
        }
        return (0..<p.occurrenceCount).sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// Each session's candidate rooms, best first: no hard cost, then seats for everyone with the
    /// fewest to spare, then the lowest soft cost.
    func preferredRooms() -> [[Int32]] {
        let p = problem
        var largest = [Int32](repeating: 0, count: p.sessionCount)
        for o in 0..<p.occurrenceCount { largest[Int(p.occSession[o])] = max(largest[Int(p.occSession[o])], p.occSize[o]) }
        return (0..<p.sessionCount).map { s in
            p.sesRooms[s].sorted { a, b in
                func key(_ r: Int32) -> (Int32, Int, Int32, Int32, Int32) {
                    let cost = p.sesRoomCost[s * p.roomCount + Int(r)]
                    let cap = p.roomCapacity[Int(r)]
                    let fits = cap >= largest[s]
                    return (cost.hard, fits ? 0 : 1, cost.medium + cost.soft, fits ? cap : -cap, r)
                }
                return key(a) < key(b)
            }
        }
    }

    /// Places `o` at the start and room (first free preferred room, or its series' room) adding the
    /// least, each start tried with the pool trainers `guessPools` finds for it (unless `o` already
    /// has pool trainers, as when re-planning keeps the published ones). A start also pays, at the
    /// precedence weights, the minutes by which it leaves too little time for the chains of
    /// not-yet-placed occurrences that must come between it and placed ones, or between it and the
    /// forum's first morning or last evening, each member at a start where its groups are free
    /// (`PrecedenceWindow`, a lower bound of the lateness those will have): otherwise a late module
    /// placed first leaves its predecessors no room.
    func place(_ o: Int, preferred: [Int32]) {
        let st = state
        let s = Int(st.occSession[o])
        let len = Int(st.sesSlots[s])
        let sibling = seriesRoom(o)
        let pb = Int(st.occPoolOff[o]), pools = Int(st.sesPoolCount[s])
        var best = (h: Int.max, d: Int.max), bestT = -1, bestR = -1, ties = 0
        let guess = pools > 0 && (0..<pools).allSatisfy { st.poolPick[pb + $0] < 0 }
        poolRanking.invalidate()
        var bestPicks = (0..<pools).map { st.poolPick[pb + $0] }
        let order = st.tallies.precedence
        let window = order.isActive ? order.window(of: o) { st.groupsFree($0, at: $1) } : nil
        func consider(_ t: Int, _ r: Int) {
            if guess { guessPools(o, at: t, room: r) }
            let h0 = st.hard, m0 = st.medium, s0 = st.soft
            st.insert(o, at: t, room: r)
            let ahead = window?.units(at: t) ?? 0
            let key = (
                h: st.hard - h0 + ahead * order.weights.hard,
                d: (st.medium - m0 + ahead * order.weights.medium) * 1000 + st.soft - s0 + ahead * order.weights.soft
            )
            st.remove(o)
            moves += 1
            var take = false
            if key < best {
                best = key
                ties = 1
                take = true
            } else if key == best {
                ties += 1
                take = rng.below(ties) == 0
            }
            guard take else { return }
            bestT = t
            bestR = r
            for k in 0..<pools { bestPicks[k] = st.poolPick[pb + k] }
        }
        for t32 in problem.sesDomain[s] {
            let t = Int(t32)
            let free = preferred.first { r in (0..<len).allSatisfy { st.roomSlot[Int(r) * st.slots + t + $0] == 0 } }
            let r = Int(free ?? preferred[0])
            consider(t, r)
            if let sibling, sibling != r, st.sesRoomAllowed[s * st.rooms + sibling] { consider(t, sibling) }
        }
        for k in 0..<pools { st.poolPick[pb + k] = bestPicks[k] }
        st.insert(o, at: bestT, room: bestR)
    }

    /// The room of an already placed meeting of `o`'s series, if any (a session's occurrences are contiguous).
    private func seriesRoom(_ o: Int) -> Int? {
        let p = problem
        let session = p.occSession[o], series = p.occSeries[o]
        var q = o - 1
        while q >= 0 && p.occSession[q] == session {
            if p.occSeries[q] == series && state.room[q] >= 0 { return Int(state.room[q]) }
            q -= 1
        }
        q = o + 1
        while q < p.occurrenceCount && p.occSession[q] == session {
            if p.occSeries[q] == series && state.room[q] >= 0 { return Int(state.room[q]) }
            q += 1
        }
        return nil
    }

    /// Fills (or refills) `o`'s pool slots one by one with the candidate adding the least.
    func fillPools(_ o: Int) {
        let st = state
        let s = Int(st.occSession[o])
        let candidates = Int(st.sesPoolOff[s + 1] - st.sesPoolOff[s])
        let base = Int(st.occPoolOff[o])
        for k in 0..<Int(st.sesPoolCount[s]) {
            st.setPool(o, slot: k, candidate: -1)
            var best = (h: Int.max, d: Int.max), pick = -1, ties = 0
            for c in 0..<candidates {
                if (0..<Int(st.sesPoolCount[s])).contains(where: { $0 != k && Int(st.poolPick[base + $0]) == c }) { continue }
                let h0 = st.hard, m0 = st.medium, s0 = st.soft
                st.setPool(o, slot: k, candidate: c)
                let key = (h: st.hard - h0, d: (st.medium - m0) * 1000 + st.soft - s0)
                st.setPool(o, slot: k, candidate: -1)
                moves += 1
                if key < best {
                    best = key
                    pick = c
                    ties = 1
                } else if key == best {
                    ties += 1
                    if rng.below(ties) == 0 { pick = c }
                }
            }
            st.setPool(o, slot: k, candidate: pick)
        }
    }

    /// Sets the annealing range from the typical worsening of random moves in the current state.
    ///
    /// The start temperature is `initialRatio` of the mean worsening (most random moves worsen a
    /// constructed schedule a lot, the useful ones a little); the end temperature is `finalRatio` of
    /// the start. Hard coolings start at `hardRatio` of the mean hard worsening, reheats at up to all of it.
    /// Day structure counts twice until the temperature falls to `dayStructureRatio` of the start,
    /// in plans whose groups have at least two meetings per forum day on average (with fewer, single
    /// group days cannot be avoided, and counting them twice only trades them for isolated meetings).
    /// (On the ITC-2007 instances a tenth beat a twentieth clearly once room moves prefer a sibling's room.)
    func calibrate(
        initialRatio: Double = 0.1, hardRatio: Double = 0.01, finalRatio: Double = 0.05, dayStructureRatio: Double = 0.15
    ) {
        var sum = 0, count = 0, hardSum = 0, hardCount = 0
        for _ in 0..<400 {
            let h0 = state.hard, m0 = state.medium, s0 = state.soft
            guard generateMove(feasible: h0 == 0) else { continue }
            applyMove()
            let delta = (state.medium - m0) * 1000 + state.soft - s0
            if state.hard == h0 && delta > 0 {
                sum += delta
                count += 1
            }
            if state.hard > h0 {
                hardSum += state.hard - h0
                hardCount += 1
            }
            undoMove()
            moves += 1
        }
        let initial = (count == 0 ? 1 : Double(sum) / Double(count)) * initialRatio
        annealing = Annealing(initial: initial, final: initial * finalRatio)
        dayStructureUntil = state.groupMeetingsPerDay >= 2 ? initial * dayStructureRatio : .infinity
        let hard = (hardCount == 0 ? 1 : Double(hardSum) / Double(hardCount)) * hardRatio
        hardAnnealing = Annealing(initial: hard, final: hard * finalRatio)
        hardRange = (hard, hard * finalRatio)
        hardHeat = 1
        maxHardHeat = 1 / hardRatio
    }
}
