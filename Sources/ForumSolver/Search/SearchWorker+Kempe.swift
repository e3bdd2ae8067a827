extension SearchWorker {
    /// A Kempe-chain move: `o` goes from its start `t1` to another start `t2`; every occurrence it
    /// would then clash with (shared trainer, group or room) goes from `t2` to `t1`, and so on, so the
    /// two time slots exchange a closed set of conflicting occurrences. Rooms stay.
    ///
    /// Only occurrences of `o`'s length that start exactly at `t1` or `t2` can join; a clash with
    /// anything else, a start outside someone's domain or a chain longer than `maxChain` drops the move.
    func kempe(_ o: Int) -> Bool {
        let st = state
        let s = Int(st.occSession[o])
        let first = Int(st.sesDomainOff[s]), count = Int(st.sesDomainOff[s + 1]) - first
        guard count > 1 else { return false }
        let t1 = Int(st.start[o])
        let t2 = Int(st.sesDomain[first + rng.below(count)])
        let len = Int(st.sesSlots[s])
        guard t2 != t1 else { return false }
        record(o, t2, Int(st.room[o]))
        var next = 0
        while next < chCount {
            let x = Int(chO[next])
            let from = Int(chOldT[next]), to = Int(chNewT[next])
            next += 1
            // Everyone who would clash with x at its new start must move the other way.
            if !clashes(of: x, at: to, len: len) { scanClashes(of: x, at: to, len: len) }
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
        return true
    }

    /// Fills `clashing` with the placed occurrences that would clash with `x` (length `len`) at
    /// start `t`: in its room, in one of its groups (sections of one run aside) or with one of its
    /// trainers. Reads the room counters and the group and trainer day lists; false when these
    /// cannot name everyone (a room cell held twice, a trainer without a day list who is busy).
    @inline(__always) func clashes(of x: Int, at t: Int, len: Int) -> Bool {
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
        let r = Int(st.room[x])
        for k in 0..<len {
            let cell = r * st.slots + t + k
            let mine = own(t + k)
            let count = Int(st.roomSlot[cell]) - (mine ? 1 : 0)
            if count > 1 { return false }
            if count == 1 { add(Int(st.roomOccupants[cell]) - (mine ? x : 0)) }
        }
        let d = t / st.perDay
        let s = Int(st.occSession[x]), split = Int(st.occSplitRun[x])
        for gi in Int(st.sesGroupsOff[s])..<Int(st.sesGroupsOff[s + 1]) {
            let g = Int(st.sesGroups[gi])
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
            } else {
                for k in 0..<len where Int(st.trainerSlot[tr * st.slots + t + k]) > (own(t + k) ? 1 : 0) { return false }
            }
        }
        return true
    }

    /// Fills `clashing` like `clashes`, by walking every occurrence in the slots `x` would cover.
    func scanClashes(of x: Int, at t: Int, len: Int) {
        let st = state
        clashing.removeAll(keepingCapacity: true)
        for k in 0..<len {
            var node = Int(st.slotHead[t + k])
            while node >= 0 {
                let y = Int(st.nodeOcc[node])
                node = Int(st.nodeNext[node])
                guard y != x, st.room[y] == st.room[x] || st.conflict(x, y), !clashing.contains(Int32(y)) else { continue }
                clashing.append(Int32(y))
            }
        }
    }

    @inline(__always) private func inChain(_ y: Int) -> Bool {
        for i in 0..<chCount where Int(chO[i]) == y { return true }
        return false
    }
}
