import Foundation
extension SearchWorker {
    /// Chooses the move mix from what the problem allows (no room moves with one room, no pool moves without a choice).
    func prepareMoves() {
        let p = problem
        movable = (0..<p.occurrenceCount).filter { state.start[$0] >= 0 && state.isMovable($0) }.map(Int32.init)
        let roomChoice = (0..<p.sessionCount).contains { p.sesRooms.range($0).count > 1 }
        let poolChoice = (0..<p.sessionCount).contains { p.sesPool.range($0).count > Int(p.sesPoolCount[$0]) }
        let timeChoice = movable.contains { o in
            let s = Int(p.occSession[Int(o)])
            return state.sesDomainOff[s + 1] - state.sesDomainOff[s] > 1
        }
        var perSeries = [[Int32]](repeating: [], count: p.seriesCount)
        for o in movable { perSeries[Int(p.occSeries[Int(o)])].append(o) }
        seriesOff = [0]
        for list in perSeries { seriesOff.append(seriesOff.last! + Int32(list.count)) }
        seriesMembers = perSeries.flatMap { $0 }
        conflictEvery = max(1 << 10, 8 * movable.count)
        hardSpan = max(1 << 14, 64 * movable.count)
        hardCycleStart = moves
        hardLow = state.hard
        hardLowAt = moves
        hardRecord = state.hard
        hardRecordAt = moves
        conflictsAt = Int.min / 2
        hasChoice = timeChoice || (roomChoice && !movable.isEmpty) || poolChoice
        let seriesPools = poolChoice && state.tallies.continuity.isActive
        let seriesStarts = timeChoice && state.tallies.regularity.isActive
        let occupancy = state.roomOccupancy(of: movable)
        kempeMatchesRooms = occupancy >= 0.5
        let weights = [
            20, roomChoice ? 10 : 0, roomChoice ? 25 : 0, 20, kempeWeight(occupancy), poolChoice ? 15 : 0,
            seriesPools ? 10 : 0, seriesStarts ? 5 : 0
        ]
        movesSplitCourses = seriesPools && timeChoice && p.replan == nil
        groupDayOdds = timeChoice && state.tallies.compactness.isActive ? 32 : 0
        let total = weights.reduce(0, +)
        var sum = 0
        mix = weights.map { w in
            sum += w
            return sum * 1024 / total
        }
    }

    /// The Kempe chains' share of the move mix (out of about 105) at room `occupancy`: 15, rising to
    /// 40 as the rooms get tight (occupancy from 0.5 to 0.75). When most rooms are busy at most times,
    /// a single move finds its room taken and becomes a swap, while a chain with matched rooms
    /// (`kempeMatchesRooms`) moves a whole set of conflicting occurrences. Measured on ITC-2007
    /// comp07/10/20 (occupancy 0.82–0.87; 30 s, seeds 1–4): 40 beat 15 and 80; the forum examples
    /// (0.11–0.31) keep 15.
    func kempeWeight(_ occupancy: Double) -> Int {
        let tightness = min(1, max(0, (occupancy - 0.5) / 0.25))
        return 15 + Int((25 * tightness).rounded())
    }

    /// Fills the pending move; false when the chosen kind has nothing to do or surely breaks a hard constraint.
    @inline(__always) func generateMove(feasible: Bool) -> Bool {
        chCount = 0
        plCount = 0
        guard !movable.isEmpty else { return false }
        let o = pickOccurrence(feasible: feasible)
        if feasible && groupDayOdds > 0 && rng.below(groupDayOdds) == 0 { return rebuildGroupDay(o) }
        if !feasible && pickedConflict && state.tallies.precedence.isActive && rng.below(Self.pushOdds) == 0 { return pushAlongChain(o) }
        var kind = rng.below(1024)
        if kind >= mix[5] {
            // A series move changes every meeting of the series: on a long series, draw it in
            // proportion to `seriesMoveLength` / length and another kind otherwise.
            let sr = Int(problem.occSeries[o])
            let length = Int(seriesOff[sr + 1] - seriesOff[sr])
            if length > Self.seriesMoveLength && rng.below(length) >= Self.seriesMoveLength { kind = rng.below(mix[5]) }
        }
        if kind < mix[0] { return single(o, newTime: true, newRoom: false, feasible: feasible) }
        if kind < mix[1] { return single(o, newTime: false, newRoom: true, feasible: feasible) }
        if kind < mix[2] { return single(o, newTime: true, newRoom: true, feasible: feasible) }
        if kind < mix[3] { return swap(o, feasible: feasible) }
        if kind < mix[4] { return kempe(o) }
        if kind < mix[5] { return pool(o, feasible: feasible) }
        if kind < mix[6] { return seriesPool(o, feasible: feasible) }
        return seriesStart(o, feasible: feasible)
    }

    /// A random movable occurrence; while infeasible, mostly one from the last list of hard
    /// conflicts, otherwise preferably one in a room, trainer or group clash. Sets `pickedConflict`
    /// to whether it is either.
    @inline(__always) func pickOccurrence(feasible: Bool) -> Int {
        pickedConflict = !feasible
        if !feasible && !conflicts.isEmpty && rng.below(16) != 0 { return Int(conflicts[rng.below(conflicts.count)]) }
        var o = Int(movable[rng.below(movable.count)])
        guard !feasible else { return o }
        for _ in 0..<8 {
            if state.hasHardConflict(o) { return o }
            o = Int(movable[rng.below(movable.count)])
        }
        pickedConflict = false
        return o
    }

    /// Move `o` to a new start (`newStart`) and/or room from its domain (three quarters of new rooms
    /// the room of another meeting of its series); when one occurrence of the same length holds
    /// exactly that start and room, the two exchange places instead.
    @inline(__always) func single(_ o: Int, newTime: Bool, newRoom: Bool, feasible: Bool) -> Bool {
        let st = state
        let s = Int(st.occSession[o])
        let t0 = Int(st.start[o]), r0 = Int(st.room[o])
        var t = t0, r = r0
        if newTime {
            t = newStart(o, feasible: feasible)
            guard t >= 0 else { return false }
        }
        if newRoom {
            let first = Int(st.sesRoomsOff[s]), count = Int(st.sesRoomsOff[s + 1]) - first
            guard count > 1 else { return false }
            let mate = rng.below(4) != 0 ? siblingRoom(o) : -1
            r = mate >= 0 && mate != r0 ? mate : Int(st.sesRooms[first + rng.below(count)])
        }
        guard t != t0 || r != r0 else { return false }
        let cell = r * st.slots + t
        if st.roomSlot[cell] == 1 {
            let q = Int(st.roomOccupants[cell])
            let sq = Int(st.occSession[q])
            if q != o && Int(st.start[q]) == t && st.sesSlots[sq] == st.sesSlots[s] && st.isMovable(q)
                && st.sesTimeAllowed[sq * st.slots + t0] && st.sesRoomAllowed[sq * st.rooms + r0]
            {
                if feasible && st.surelySwapBreaksHard(o, t, r, q, t0, r0) { return false }
                record(o, t, r)
                record(q, t0, r0)
                return true
            }
        }
        if feasible && st.surelyBreaksHard(o, t, r) { return false }
        record(o, t, r)
        return true
    }

    /// A new start for `o`: a quarter right next to an occurrence of one of its groups, a quarter on a
    /// day its series lacks, an eighth at a sibling meeting's time of day, the rest random in its
    /// domain — while repairing a conflict, random within its order window when it has one (see
    /// `startInOrderWindow`); -1 when its domain has one start.
    @inline(__always) func newStart(_ o: Int, feasible: Bool) -> Int {
        let st = state
        let s = Int(st.occSession[o])
        let first = Int(st.sesDomainOff[s]), count = Int(st.sesDomainOff[s + 1]) - first
        guard count > 1 else { return -1 }
        let guided: Int
        switch rng.below(8) {
        case 0, 1: guided = startNextToGroup(o)
        case 2, 3: guided = startOnFreeDay(o)
        case 4: guided = startAtSiblingTime(o)
        default: guided = !feasible && pickedConflict ? startInOrderWindow(o) : -1
        }
        return guided >= 0 ? guided : Int(st.sesDomain[first + rng.below(count)])
    }

    /// The room of another movable occurrence of `o`'s series, or -1 when it has none.
    @inline(__always) func siblingRoom(_ o: Int) -> Int {
        let series = Int(problem.occSeries[o])
        let first = Int(seriesOff[series]), count = Int(seriesOff[series + 1]) - first
        guard count > 1 else { return -1 }
        let q = Int(seriesMembers[first + rng.below(count)])
        return q == o ? -1 : Int(state.room[q])
    }

    /// Exchange the starts and rooms of `o` and another occurrence (only starts when a room does not fit).
    @inline(__always) func swap(_ o: Int, feasible: Bool) -> Bool {
        let st = state
        let q = Int(movable[rng.below(movable.count)])
        guard q != o else { return false }
        let so = Int(st.occSession[o]), sq = Int(st.occSession[q])
        let to = Int(st.start[o]), tq = Int(st.start[q]), ro = Int(st.room[o]), rq = Int(st.room[q])
        guard to != tq || ro != rq else { return false }
        guard st.sesTimeAllowed[so * st.slots + tq], st.sesTimeAllowed[sq * st.slots + to] else { return false }
        let roomsFit = st.sesRoomAllowed[so * st.rooms + rq] && st.sesRoomAllowed[sq * st.rooms + ro]
        if !roomsFit && to == tq { return false }
        if feasible && st.surelySwapBreaksHard(o, tq, roomsFit ? rq : ro, q, to, roomsFit ? ro : rq) { return false }
        record(o, tq, roomsFit ? rq : ro)
        record(q, to, roomsFit ? ro : rq)
        return true
    }

    /// Replace one pool trainer of `o` by another candidate not already on it.
    @inline(__always) func pool(_ o: Int, feasible: Bool) -> Bool {
        let st = state
        let s = Int(st.occSession[o])
        let slots = Int(st.sesPoolCount[s])
        let candidates = Int(st.sesPoolOff[s + 1] - st.sesPoolOff[s])
        guard slots > 0, candidates > slots else { return false }
        let k = rng.below(slots)
        let c = rng.below(candidates)
        let base = Int(st.occPoolOff[o])
        for j in 0..<slots where Int(st.poolPick[base + j]) == c { return false }
        if feasible && st.poolSurelyBreaksHard(o, c) { return false }
        recordPool(o, k, c)
        return true
    }

    /// Adds a pool change of `o` (slot `k` to candidate `c`) to the pending move.
    @inline(__always) func recordPool(_ o: Int, _ k: Int, _ c: Int) {
        plO[plCount] = Int32(o)
        plK[plCount] = Int32(k)
        plNew[plCount] = Int32(c)
        plOld[plCount] = state.poolPick[Int(state.occPoolOff[o]) + k]
        plCount += 1
    }

    /// Adds a placement change of `o` to the pending move.
    @inline(__always) func record(_ o: Int, _ t: Int, _ r: Int) {
        chO[chCount] = Int32(o)
        chOldT[chCount] = state.start[o]
        chOldR[chCount] = state.room[o]
        chNewT[chCount] = Int32(t)
        chNewR[chCount] = Int32(r)
        chCount += 1
    }
}
