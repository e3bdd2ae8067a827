extension SearchState {
    /// Adds `o` (the `gi`-th group of its session is `g`) to the group's day `d` and updates
    /// compactness, gaps and venue changes of that day.
    @inline(__always) func enterGroupDay(_ o: Int, _ g: Int, _ gi: Int, _ t: Int, _ len: Int, _ d: Int, _ r: Int) {
        let b0 = t + d
        let ks = boundaryKey[b0], ke = boundaryKey[b0 + len]
        groupStartKey[g * boundaries + Int(ks)] += 1
        groupEndKey[g * boundaries + Int(ke)] += 1
        let gd = g * days + d
        let base = Int(gdBase[g]) + d * Int(gdCap[g])
        let c = Int(gdCount[gd])
        gdList[base + c] = Int32(o)
        gdStartKey[base + c] = ks
        gdEndKey[base + c] = ke
        occGroupPos[Int(occGroupOff[o]) + gi] = Int32(c)
        gdCount[gd] = Int32(c + 1)
        updateGroupDay(g, d, r, entering: true)
    }

    /// Removes `o` from the group's day `d`; the inverse of `enterGroupDay`.
    @inline(__always) func leaveGroupDay(_ o: Int, _ g: Int, _ gi: Int, _ t: Int, _ len: Int, _ d: Int, _ r: Int) {
        let b0 = t + d
        groupStartKey[g * boundaries + Int(boundaryKey[b0])] -= 1
        groupEndKey[g * boundaries + Int(boundaryKey[b0 + len])] -= 1
        let gd = g * days + d
        let base = Int(gdBase[g]) + d * Int(gdCap[g])
        let c = Int(gdCount[gd]) - 1
        let pos = Int(occGroupPos[Int(occGroupOff[o]) + gi])
        let last = Int(gdList[base + c])
        gdList[base + pos] = Int32(last)
        gdStartKey[base + pos] = gdStartKey[base + c]
        gdEndKey[base + pos] = gdEndKey[base + c]
        if last != o {
            let ls = Int(occSession[last])
            let first = Int(sesGroupsOff[ls])
            var k = first
            while Int(sesGroups[k]) != g { k += 1 }
            occGroupPos[Int(occGroupOff[last]) + k - first] = Int32(pos)
        }
        gdCount[gd] = Int32(c)
        updateGroupDay(g, d, r, entering: false)
    }

    /// Re-scores the day-level terms of (group, day) after a change; `r` is the room entering or leaving.
    @inline(__always) private func updateGroupDay(_ g: Int, _ d: Int, _ r: Int, entering: Bool) {
        let gd = g * days + d
        if useCompact {
            let now = isolated(g, d)
            charge(now - Int(gdIsolated[gd]), wCompact)
            gdIsolated[gd] = Int32(now)
        }
        if useGaps {
            let now = idle(g, d)
            charge(now - Int(gdIdle[gd]), wGaps)
            gdIdle[gd] = Int32(now)
        }
        if useVenues {
            let v = Int(roomVenue[r])
            if v >= 0 {
                let before = venueUnits(g, d)
                let i = gd * venues + v
                if entering {
                    gvCount[i] += 1
                    if gvCount[i] == 1 { gdVenues[gd] += 1 }
                } else {
                    gvCount[i] -= 1
                    if gvCount[i] == 0 { gdVenues[gd] -= 1 }
                }
                charge(venueUnits(g, d) - before, wVenue)
            }
        }
    }

    /// Occurrences of group `g` on day `d` that touch no other occurrence of the group.
    func isolated(_ g: Int, _ d: Int) -> Int {
        let gd = g * days + d
        let base = Int(gdBase[g]) + d * Int(gdCap[g])
        let kb = g * boundaries
        var count = 0
        for i in base..<(base + Int(gdCount[gd])) {
            let ks = Int(gdStartKey[i]), ke = Int(gdEndKey[i])
            let same = ks == ke ? 1 : 0
            if Int(groupEndKey[kb + ks]) - same == 0 && Int(groupStartKey[kb + ke]) - same == 0 { count += 1 }
        }
        return count
    }

    /// Idle minutes (not break time) between group `g`'s first and last occupied slot of day `d`.
    func idle(_ g: Int, _ d: Int) -> Int {
        let gb = g * slots + d * perDay
        var first = -1, last = -1
        for k in 0..<perDay where groupSlot[gb + k] > 0 {
            if first < 0 { first = k }
            last = k
        }
        guard first >= 0 else { return 0 }
        var minutes = 0
        for k in first...last where groupSlot[gb + k] == 0 { minutes += grid - Int(slotBreak[d * perDay + k]) }
        return minutes
    }

    /// Venue changes of group `g` on day `d`: distinct venues (home included) minus one.
    @inline(__always) func venueUnits(_ g: Int, _ d: Int) -> Int {
        let gd = g * days + d
        let distinct = Int(gdVenues[gd])
        guard distinct > 0 else { return 0 }
        let home = Int(groupHome[g])
        return distinct - 1 + (home >= 0 && gvCount[gd * venues + home] == 0 ? 1 : 0)
    }
}
