extension SearchState {
    /// The allowed room of `o` that `available` accepts and that fits its audience best: the fewest
    /// seats short of it, then the fewest seats (the smallest room that holds everyone); -1 when none.
    @inline(__always) func bestFittingRoom(for o: Int, where available: (Int) -> Bool) -> Int {
        let s = Int(occSession[o]), size = Int(occSize[o])
        var pick = -1, pickKey = (short: Int.max, seats: Int.max)
        for j in Int(sesRoomsOff[s])..<Int(sesRoomsOff[s + 1]) {
            let r = Int(sesRooms[j])
            guard available(r) else { continue }
            let key = (short: max(0, size - Int(roomCap[r])), seats: Int(roomCap[r]))
            if key < pickKey {
                pickKey = key
                pick = r
            }
        }
        return pick
    }

    /// For placed `o` moving to start `t`: its own room when nobody else holds it there, else the
    /// free allowed room that fits best (`bestFittingRoom`), else its own (the clash is then scored).
    @inline(__always) func ownOrBestFittingRoom(for o: Int, at t: Int) -> Int {
        let r0 = Int(room[o])
        if roomIsFree(r0, for: o, at: t) { return r0 }
        let r = bestFittingRoom(for: o, where: { roomIsFree($0, for: o, at: t) })
        return r >= 0 ? r : r0
    }

    /// Whether room `r` holds nobody but placed `o` itself for `o`'s length from start `t`.
    @inline(__always) func roomIsFree(_ r: Int, for o: Int, at t: Int) -> Bool {
        let len = Int(sesSlots[Int(occSession[o])]), r0 = Int(room[o])
        for k in t..<(t + len) where Int(roomSlot[r * slots + k]) > (r == r0 ? share(of: o, inSlot: k) : 0) { return false }
        return true
    }

    /// Occupied room slots over all room slots when every movable occurrence is placed: how tight
    /// the rooms are (ITC-2007 instances 0.43–0.89, the forum examples 0.11–0.31).
    func roomOccupancy(of occurrences: [Int32]) -> Double {
        let busy = occurrences.reduce(0) { $0 + Int(sesSlots[Int(occSession[Int($1)])]) }
        return Double(busy) / Double(max(1, rooms * slots))
    }
}
