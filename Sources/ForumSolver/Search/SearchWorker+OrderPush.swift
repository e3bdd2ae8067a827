extension SearchWorker {
    /// While repairing, one move in this many from a conflicting occurrence with order pairs is a
    /// chain push (see `pushAlongChain`; 4 and 16 measured no better than 8 on the 10,000-occurrence rollout).
    static let pushOdds = 8
    /// How many starts of its domain a pushed partner tries for one where its groups are free.
    static let pushLookahead = 64

    /// An ejection along an order chain, for a conflicting occurrence `o` boxed in by its partners
    /// (a course's module 4 and the next course's module 5 on the forum's last day): `o` goes to a
    /// random start of its domain up to two days earlier (or later) where its groups are free, and
    /// each placed predecessor that would then end too late (successor that would start too early)
    /// goes to the latest (earliest) start of its domain that keeps the pair and where its groups
    /// are free, then that one's own predecessors (successors), and so on. Members keep their room
    /// where it is free (`SearchState.ownOrBestFittingRoom`). False when `o` has no such start, a
    /// partner in the way is locked (re-planning) or finds no start within `pushLookahead` starts,
    /// or the chain grows past `maxChain`.
    func pushAlongChain(_ o: Int) -> Bool {
        let st = state
        let order = st.tallies.precedence
        guard order.isActive else { return false }
        let earlier = rng.below(2) == 0
        let m0 = order.absoluteMinute(ofSlot: Int(st.start[o]))
        let positions =
            earlier
            ? order.domainPositions(of: o, from: m0 - 2 * 1440, through: m0 - 1)
            : order.domainPositions(of: o, from: m0 + 1, through: m0 + 2 * 1440)
        guard !positions.isEmpty else { return false }
        let t = Int(st.sesDomain[positions.lowerBound + rng.below(positions.count)])
        guard st.groupsFree(o, at: t) else { return false }
        record(o, t, st.ownOrBestFittingRoom(for: o, at: t))
        var next = 0
        while next < chCount {
            let x = Int(chO[next])
            let start = order.absoluteMinute(ofSlot: Int(chNewT[next])), end = start + order.length(of: x)
            next += 1
            pushed.removeAll(keepingCapacity: true)
            order.placedPartners(of: x, predecessors: earlier, into: &pushed)
            for y32 in pushed {
                let y = Int(y32)
                guard !inChain(y) else { continue }
                let my = order.absoluteMinute(ofSlot: Int(st.start[y]))
                guard earlier ? my + order.length(of: y) > start : my < end else { continue }
                guard st.isMovable(y) else { return false }
                let ty = earlier ? lastFreeStart(of: y, endingBy: start) : firstFreeStart(of: y, from: end)
                guard ty >= 0, chCount < Self.maxChain else { return false }
                record(y, ty, st.ownOrBestFittingRoom(for: y, at: ty))
            }
        }
        return true
    }

    /// The latest start of `y`'s domain that ends by absolute minute `m` and where its groups are
    /// free, among the last `pushLookahead` such starts; -1 when none.
    private func lastFreeStart(of y: Int, endingBy m: Int) -> Int {
        let st = state
        let first = Int(st.sesDomainOff[Int(st.occSession[y])])
        let top = st.tallies.precedence.positionAfterLastEnd(of: y, atOrBefore: m)
        for i in stride(from: top - 1, through: max(first, top - Self.pushLookahead), by: -1) where st.groupsFree(y, at: Int(st.sesDomain[i])) {
            return Int(st.sesDomain[i])
        }
        return -1
    }

    /// The earliest start of `y`'s domain at or after absolute minute `m` where its groups are free,
    /// among the first `pushLookahead` such starts; -1 when none.
    private func firstFreeStart(of y: Int, from m: Int) -> Int {
        let st = state
        let end = Int(st.sesDomainOff[Int(st.occSession[y]) + 1])
        let bottom = st.tallies.precedence.firstPosition(of: y, atOrAfter: m)
        for i in bottom..<min(end, bottom + Self.pushLookahead) where st.groupsFree(y, at: Int(st.sesDomain[i])) {
            return Int(st.sesDomain[i])
        }
        return -1
    }
}
