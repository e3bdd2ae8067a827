extension SearchWorker {
    /// A start right before or right after a placed occurrence of one of `o`'s groups on the same
    /// day (a step towards compact days), or -1 when the random pick gives none in `o`'s domain.
    @inline(__always) func startNextToGroup(_ o: Int) -> Int {
        let st = state
        let s = Int(st.occSession[o])
        let gFirst = Int(st.sesGroupsOff[s]), gCount = Int(st.sesGroupsOff[s + 1]) - gFirst
        guard gCount > 0 else { return -1 }
        let g = Int(st.sesGroups[gFirst + rng.below(gCount)])
        let d = rng.below(st.days)
        let count = st.groupDays.count(g, d)
        guard count > 0 else { return -1 }
        let p = st.groupDays.occurrence(g, d, rng.below(count))
        guard p != o else { return -1 }
        let len = Int(st.sesSlots[s])
        let t = rng.below(2) == 0 ? Int(st.start[p]) + Int(st.sesSlots[Int(st.occSession[p])]) : Int(st.start[p]) - len
        guard t >= d * st.perDay, t + len <= (d + 1) * st.perDay, st.sesTimeAllowed[s * st.slots + t] else { return -1 }
        return t
    }
}

extension SearchWorker {
    /// A start on a day without a meeting of `o`'s series, when the series meets on fewer days than
    /// its minimum and `o` shares its day with a sibling (a step towards spreading over days); else -1.
    @inline(__always) func startOnFreeDay(_ o: Int) -> Int {
        let st = state
        let sr = Int(st.occSeries[o])
        guard st.tallies.spread.gainsDay(sr, leaving: Int(st.start[o]) / st.perDay) else { return -1 }
        let s = Int(st.occSession[o])
        let first = Int(st.sesDomainOff[s]), count = Int(st.sesDomainOff[s + 1]) - first
        for _ in 0..<4 {
            let t = Int(st.sesDomain[first + rng.below(count)])
            if st.tallies.spread.meetings(sr, onDay: t / st.perDay) == 0 { return t }
        }
        return -1
    }
}

extension SearchWorker {
    /// A random start of `o`'s domain that keeps its order pairs with placed partners (see
    /// `Precedence.Tally.startRange`), or -1 when `o` has none, no such start exists or the pick is its own.
    @inline(__always) func startInOrderWindow(_ o: Int) -> Int {
        let st = state
        let order = st.tallies.precedence
        guard order.isActive else { return -1 }
        let range = order.startRange(of: o)
        guard range.earliest <= range.latest, range.earliest != Int.min || range.latest != Int.max else { return -1 }
        let positions = order.domainPositions(of: o, from: range.earliest, through: range.latest)
        guard !positions.isEmpty else { return -1 }
        let t = Int(st.sesDomain[positions.lowerBound + rng.below(positions.count)])
        return t == Int(st.start[o]) ? -1 : t
    }
}
