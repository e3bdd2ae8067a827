extension SearchWorker {
    /// A Kempe-chain move: `o` goes from its start `t1` to another start `t2`; every occurrence it
    /// would then clash with (shared trainer or group) goes from `t2` to `t1`, and so on, so the two
    /// times exchange a closed set of conflicting occurrences. When the rooms are tight
    /// (`kempeMatchesRooms`) rooms are then matched (`matchRooms`): a member keeps its room where that
    /// is free once the leavers are gone, else takes the free room that fits it best (with most rooms
    /// busy at most times, a chain that kept its rooms pulled in every room's occupant and was rarely
    /// feasible). Otherwise, or when the two times overlap (`o` is longer than their distance),
    /// rooms stay and a room's occupant joins the chain like a group or trainer clash (on Otpan, a
    /// third of its rooms busy, matching was no better: soft 165.3k against 163.1k, 30 s, six seeds).
    ///
    /// Only occurrences of `o`'s length that start exactly at `t1` or `t2` can join; a clash with
    /// anything else, a start outside someone's domain, a chain longer than `maxChain` or a member
    /// without a room drops the move.
    func kempe(_ o: Int) -> Bool {
        let st = state
        let s = Int(st.occSession[o])
        let first = Int(st.sesDomainOff[s]), count = Int(st.sesDomainOff[s + 1]) - first
        guard count > 1 else { return false }
        let t1 = Int(st.start[o])
        let t2 = Int(st.sesDomain[first + rng.below(count)])
        let len = Int(st.sesSlots[s])
        guard t2 != t1 else { return false }
        let roomsFollow = kempeMatchesRooms && abs(t2 - t1) >= len
        record(o, t2, Int(st.room[o]))
        var next = 0
        while next < chCount {
            let x = Int(chO[next])
            let from = Int(chOldT[next]), to = Int(chNewT[next])
            next += 1
            // Everyone who would clash with x at its new start must move the other way.
            if !clashes(of: x, at: to, len: len, rooms: !roomsFollow) { scanClashes(of: x, at: to, len: len, rooms: !roomsFollow) }
            for y32 in clashing {
                let y = Int(y32)
                guard !inChain(y) else { continue }
                let sy = Int(st.occSession[y])
                guard Int(st.start[y]) == to, Int(st.sesSlots[sy]) == len, st.isMovable(y),
                    st.sesTimeAllowed[sy * st.slots + from], chCount < Self.maxChain
                else { return false }
                record(y, from, Int(st.room[y]))
            }
        }
        return !roomsFollow || matchRooms(len: len, t1, t2)
    }

    /// Gives every member of the pending Kempe chain (all of length `len`, between times `t1` and
    /// `t2` at least `len` apart) a room at its new start: its own when that is free or held only by
    /// a member leaving, and no earlier member took it; else the best-fitting such room. False when
    /// a member finds none.
    @inline(__always) private func matchRooms(len: Int, _ t1: Int, _ t2: Int) -> Bool {
        let st = state
        if roomStamp == Int32.max {
            for i in 0..<(2 * st.rooms) { (roomLeft[i], roomTaken[i]) = (0, 0) }
            roomStamp = 0
        }
        roomStamp += 1
        let stamp = roomStamp
        for i in 0..<chCount { roomLeft[(Int(chOldT[i]) == t1 ? 0 : st.rooms) + Int(chOldR[i])] = stamp }
        for i in 0..<chCount {
            let t = Int(chNewT[i])
            let side = t == t1 ? 0 : st.rooms
            @inline(__always) func available(_ r: Int) -> Bool {
                guard roomTaken[side + r] != stamp else { return false }
                let holders: Int32 = roomLeft[side + r] == stamp ? 1 : 0
                for k in 0..<len where st.roomSlot[r * st.slots + t + k] != holders { return false }
                return true
            }
            var r = Int(chOldR[i])
            if !available(r) {
                r = st.bestFittingRoom(for: Int(chO[i]), where: available)
                guard r >= 0 else { return false }
                chNewR[i] = Int32(r)
            }
            roomTaken[side + r] = stamp
        }
        return true
    }

    /// Fills `clashing` with the placed occurrences that would clash with `x` (length `len`) at
    /// start `t`: in its room (when `rooms`), in one of its groups (sections of one run aside) or with
    /// one of its trainers. Reads the room, group and trainer counters and occupant sums (a cell held
    /// by one other names it) and, where a group's or trainer's cell is held by more, the group's day
    /// list or the slot's roster; a trainer with a day list reads that list (cheaper than a long
    /// session's slots). False when a room cell is held by more than one other.
    @inline(__always) func clashes(of x: Int, at t: Int, len: Int, rooms: Bool) -> Bool {
        let st = state
        clashing.removeAll(keepingCapacity: true)
        let x0 = Int(st.start[x])
        @inline(__always) func own(_ slot: Int) -> Bool { slot >= x0 && slot < x0 + len }
        @inline(__always) func overlaps(_ y: Int) -> Bool {
            let sy = Int(st.start[y])
            return sy < t + len && t < sy + Int(st.sesSlots[Int(st.occSession[y])])
        }
        @inline(__always) func add(_ y: Int) {
            if !clashing.contains(Int32(y)) { clashing.append(Int32(y)) }
        }
        /// The one occurrence other than `x` holding `cell` of a slot counter with occupant sums:
        /// -1 when none, -2 when more than one.
        @inline(__always) func other(_ counts: P32, _ sums: P32, _ cell: Int, mine: Bool) -> Int {
            switch Int(counts[cell]) - (mine ? 1 : 0) {
            case 0: return -1
            case 1:
                let y = Int(sums[cell]) - (mine ? x : 0)
                return y == x ? -1 : y
            default: return -2
            }
        }
        let r = Int(st.room[x])
        for k in 0..<len where rooms {
            let y = other(st.roomSlot, st.roomOccupants, r * st.slots + t + k, mine: own(t + k))
            if y == -2 { return false }
            if y >= 0 { add(y) }
        }
        let d = t / st.perDay
        let s = Int(st.occSession[x]), split = Int(st.occSplitRun[x])
        for gi in Int(st.sesGroupsOff[s])..<Int(st.sesGroupsOff[s + 1]) {
            let g = Int(st.sesGroups[gi])
            var crowded = false
            for k in 0..<len {
                let y = other(st.groupSlot, st.groupOccupants, g * st.slots + t + k, mine: own(t + k))
                crowded = y == -2
                if crowded { break }
                if y >= 0 && !(split >= 0 && Int(st.occSplitRun[y]) == split) { add(y) }
            }
            guard crowded else { continue }
            for y in st.groupDays.occurrences(g, d) {
                if y != x && overlaps(y) && !(split >= 0 && Int(st.occSplitRun[y]) == split) { add(y) }
            }
        }
        for j in 0..<st.trainerSlots(x) {
            let tr = st.trainer(x, j)
            guard tr >= 0 else { continue }
            if st.trainerDays.lists(tr) {
                for y in st.trainerDays.occurrences(tr, d) {
                    if y != x && overlaps(y) { add(y) }
                }
                continue
            }
            // No day list: the occupant sums name a single other occupant; where more hold a slot,
            // walk its roster.
            for k in 0..<len {
                let y = other(st.trainerSlot, st.trainerOccupants, tr * st.slots + t + k, mine: own(t + k))
                if y >= 0 { add(y) }
                guard y == -2 else { continue }
                var node = Int(st.slotHead[t + k])
                while node >= 0 {
                    let y = Int(st.nodeOcc[node])
                    node = Int(st.nodeNext[node])
                    if y != x && st.hasTrainer(y, tr) { add(y) }
                }
            }
        }
        return true
    }

    /// Fills `clashing` like `clashes`, by walking every occurrence in the slots `x` would cover.
    func scanClashes(of x: Int, at t: Int, len: Int, rooms: Bool) {
        let st = state
        clashing.removeAll(keepingCapacity: true)
        for k in 0..<len {
            var node = Int(st.slotHead[t + k])
            while node >= 0 {
                let y = Int(st.nodeOcc[node])
                node = Int(st.nodeNext[node])
                guard y != x, (rooms && st.room[y] == st.room[x]) || st.conflict(x, y), !clashing.contains(Int32(y)) else { continue }
                clashing.append(Int32(y))
            }
        }
    }

    /// Whether `y` already has a change in the pending move.
    @inline(__always) func inChain(_ y: Int) -> Bool {
        for i in 0..<chCount where Int(chO[i]) == y { return true }
        return false
    }
}
