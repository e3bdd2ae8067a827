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
            for k in 0..<len {
                var node = Int(st.slotHead[to + k])
                while node >= 0 {
                    let y = Int(st.nodeOcc[node])
                    node = Int(st.nodeNext[node])
                    guard y != x, !inChain(y), st.room[y] == st.room[x] || st.conflict(x, y) else { continue }
                    let sy = Int(st.occSession[y])
                    guard Int(st.start[y]) == to, Int(st.sesSlots[sy]) == len, st.isMovable(y),
                          st.sesTimeAllowed[sy * st.slots + from], chCount < Self.maxChain else { return false }
                    record(y, from, Int(st.room[y]))
                }
            }
        }
        return true
    }

    @inline(__always) private func inChain(_ y: Int) -> Bool {
        for i in 0..<chCount where Int(chO[i]) == y { return true }
        return false
    }
}
