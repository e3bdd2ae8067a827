/// A score change split by level.
struct ScoreDelta {
    var hard = 0, medium = 0, soft = 0

    @inline(__always) mutating func add(_ units: Int, _ w: LevelWeights) {
        hard &+= units &* w.hard
        medium &+= units &* w.medium
        soft &+= units &* w.soft
    }

    @inline(__always) mutating func add(_ new: Cost3, minus old: Cost3) {
        hard &+= Int(new.hard) &- Int(old.hard)
        medium &+= Int(new.medium) &- Int(old.medium)
        soft &+= Int(new.soft) &- Int(old.soft)
    }
}

extension SearchState {
    /// The exact score change of moving placed occurrence `o` to start `t` in room `r`, changing nothing.
    ///
    /// Mirrors `remove` followed by `insert`, reading the counters with `o`'s own contribution
    /// taken out (and the new one put in) virtually; tests check it against applying the move.
    /// - Complexity: like one `insert`, without writes.
    func peekMove(_ o: Int, _ t: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        let s = Int(occSession[o])
        let len = Int(sesSlots[s]), minutes = Int(sesMinutes[s])
        let t0 = Int(start[o]), r0 = Int(room[o])
        let d0 = t0 / perDay, d = t / perDay
        let end0 = t0 + len
        @inline(__always) func wasHere(_ slot: Int) -> Int { slot >= t0 && slot < end0 ? 1 : 0 }

        delta.add(sesTimeCost[s * slots + t], minus: sesTimeCost[s * slots + t0])
        delta.add(sesRoomCost[s * rooms + r], minus: sesRoomCost[s * rooms + r0])
        delta.add(max(0, Int(occSize[o]) - Int(roomCap[r])) - max(0, Int(occSize[o]) - Int(roomCap[r0])), wCapacity)
        if let costs = disruption { delta.add(costs.place(o, t, r), minus: costs.place(o, t0, r0)) }

        // Room.
        var pairs = 0
        for k in 0..<len { pairs += Int(roomSlot[r0 * slots + t0 + k]) - 1 }
        var newPairs = 0
        for k in 0..<len { newPairs += Int(roomSlot[r * slots + t + k]) - (r == r0 ? wasHere(t + k) : 0) }
        delta.add((newPairs - pairs) * grid, wRoom)
        if popular.isActive { delta.add(popular.units(o, t, len, r) - popular.units(o, t0, len, r0), wPopular) }

        // Groups.
        let split = Int(occSplitRun[o])
        let b0 = t0 + d0, b = t + d
        let oldKs = Int(boundaryKey[b0]), oldKe = Int(boundaryKey[b0 + len])
        let newKs = Int(boundaryKey[b]), newKe = Int(boundaryKey[b + len])
        pairs = 0
        let loads = groupLoad.isActive && d != d0
        for gi in Int(sesGroupsOff[s])..<Int(sesGroupsOff[s + 1]) {
            let g = Int(sesGroups[gi])
            if loads { delta.add(groupLoad.peekMove(g, split, minutes, from: d0, to: d), wGroupLoad) }
            let gb = g * slots
            for k in 0..<len {
                let inSplit = split >= 0 ? Int(splitSlot[split * slots + t0 + k]) : 1
                pairs -= Int(groupSlot[gb + t0 + k]) - inSplit
                let mine = split >= 0 ? Int(splitSlot[split * slots + t + k]) : wasHere(t + k)
                pairs += Int(groupSlot[gb + t + k]) - mine
            }
            if useCompact {
                let kb = g * boundaries
                if d == d0 {
                    delta.add(isolatedVirtual(g, d, o, kb, oldKs, oldKe, newKs, newKe) - Int(gdIsolated[g * days + d]), wCompact)
                } else {
                    delta.add(isolatedVirtual(g, d0, o, kb, oldKs, oldKe, -1, -1) - Int(gdIsolated[g * days + d0]), wCompact)
                    delta.add(isolatedVirtual(g, d, o, kb, -1, -1, newKs, newKe) - Int(gdIsolated[g * days + d]), wCompact)
                }
            }
            if useGaps {
                if d == d0 {
                    delta.add(idleVirtual(g, d, t0, t, len) - Int(gdIdle[g * days + d]), wGaps)
                } else {
                    delta.add(idleVirtual(g, d0, t0, -1, len) - Int(gdIdle[g * days + d0]), wGaps)
                    delta.add(idleVirtual(g, d, -1, t, len) - Int(gdIdle[g * days + d]), wGaps)
                }
            }
            if useVenues {
                let v0 = Int(roomVenue[r0]), v = Int(roomVenue[r])
                if d == d0 {
                    delta.add(venueUnitsVirtual(g, d, v0, v) - venueUnits(g, d), wVenue)
                } else {
                    delta.add(venueUnitsVirtual(g, d0, v0, -1) - venueUnits(g, d0), wVenue)
                    delta.add(venueUnitsVirtual(g, d, -1, v) - venueUnits(g, d), wVenue)
                }
            }
        }
        delta.add(pairs * grid, wGroup)

        // Trainers.
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        pairs = 0
        for j in 0..<trainerSlots(o) {
            let tr = trainer(o, j)
            guard tr >= 0 else { continue }
            let tb = tr * slots
            for k in 0..<len {
                pairs -= Int(trainerSlot[tb + t0 + k]) - 1
                pairs += Int(trainerSlot[tb + t + k]) - wasHere(t + k)
            }
            if j >= named {
                let base = tr * (slots + 1)
                delta.add(Int(trUnavailable[base + t + len] - trUnavailable[base + t])
                          - Int(trUnavailable[base + t0 + len] - trUnavailable[base + t0]), wUnavailable)
                delta.add(Int(trAvoid[base + t + len] - trAvoid[base + t]) - Int(trAvoid[base + t0 + len] - trAvoid[base + t0]), wAvoid)
            }
            if dailyLoad.isActive && d != d0 { delta.add(dailyLoad.peekMove(tr, minutes, from: d0, to: d), wDaily) }
            if useTrainerGap && trNeedsGap[tr] {
                let m = Int(slotMinute[t]), v = Int(roomVenue[r])
                if d == d0 {
                    delta.add(gapUnitsVirtual(tr, d, leaving: o, addStart: m, addMinutes: minutes, addVenue: v)
                              - Int(tdGap[tr * days + d]), wTrainer)
                } else {
                    delta.add(gapUnitsVirtual(tr, d0, leaving: o, addStart: -1, addMinutes: 0, addVenue: -1)
                              - Int(tdGap[tr * days + d0]), wTrainer)
                    delta.add(gapUnitsVirtual(tr, d, leaving: -1, addStart: m, addMinutes: minutes, addVenue: v)
                              - Int(tdGap[tr * days + d]), wTrainer)
                }
            }
        }
        delta.add(pairs * grid, wTrainer)

        // Series.
        let sr = Int(occSeries[o])
        if t != t0 && regularity.counts(sr) { delta.add(regularity.peekMove(sr, from: t0, to: t), wRegularity) }
        if d != d0 && spread.counts(sr) { delta.add(spread.peekMove(sr, from: d0, to: d), wSpread) }
        if r != r0 && stability.counts(sr) { delta.add(stability.peekMove(sr, from: r0, to: r), wStability) }
        if precedence.isActive { delta.add(precedence.units(o, at: t) - precedence.units(o, at: t0), wPrecedence) }
        return delta
    }

    /// Isolated occurrences of group `g` on day `d` if `o`'s keys `(oldKs, oldKe)` were taken out
    /// (when `o` is listed there) and `(newKs, newKe)` put in (when not -1).
    @inline(__always) private func isolatedVirtual(
        _ g: Int, _ d: Int, _ o: Int, _ kb: Int, _ oldKs: Int, _ oldKe: Int, _ newKs: Int, _ newKe: Int
    ) -> Int {
        let base = Int(gdBase[g]) + d * Int(gdCap[g])
        let end = base + Int(gdCount[g * days + d])
        var leaving = false
        for i in base..<end where Int(gdList[i]) == o { leaving = true }
        @inline(__always) func ends(_ k: Int) -> Int {
            Int(groupEndKey[kb + k]) - (leaving && k == oldKe ? 1 : 0) + (k == newKe ? 1 : 0)
        }
        @inline(__always) func starts(_ k: Int) -> Int {
            Int(groupStartKey[kb + k]) - (leaving && k == oldKs ? 1 : 0) + (k == newKs ? 1 : 0)
        }
        var count = 0
        for i in base..<end where Int(gdList[i]) != o {
            let ks = Int(gdStartKey[i]), ke = Int(gdEndKey[i])
            let same = ks == ke ? 1 : 0
            if ends(ks) - same == 0 && starts(ke) - same == 0 { count += 1 }
        }
        if newKs >= 0 {
            let same = newKs == newKe ? 1 : 0
            if ends(newKs) - same == 0 && starts(newKe) - same == 0 { count += 1 }
        }
        return count
    }

    /// Idle minutes of group `g` on day `d` with `len` slots from `removed` vacated and from `added`
    /// occupied (either -1 for none).
    @inline(__always) private func idleVirtual(_ g: Int, _ d: Int, _ removed: Int, _ added: Int, _ len: Int) -> Int {
        let gb = g * slots + d * perDay
        let dayStart = d * perDay
        @inline(__always) func busy(_ k: Int) -> Bool {
            let slot = dayStart + k
            var c = Int(groupSlot[gb + k])
            if removed >= 0 && slot >= removed && slot < removed + len { c -= 1 }
            if added >= 0 && slot >= added && slot < added + len { c += 1 }
            return c > 0
        }
        var first = -1, last = -1
        for k in 0..<perDay where busy(k) {
            if first < 0 { first = k }
            last = k
        }
        guard first >= 0 else { return 0 }
        var minutes = 0
        for k in first...last where !busy(k) { minutes += grid - Int(slotBreak[dayStart + k]) }
        return minutes
    }

    /// Venue changes of group `g` on day `d` with one occurrence at venue `removed` gone and one at `added` come (-1: none).
    @inline(__always) private func venueUnitsVirtual(_ g: Int, _ d: Int, _ removed: Int, _ added: Int) -> Int {
        let gd = g * days + d
        @inline(__always) func count(_ v: Int) -> Int {
            Int(gvCount[gd * venues + v]) - (v == removed ? 1 : 0) + (v == added ? 1 : 0)
        }
        var distinct = Int(gdVenues[gd])
        if removed >= 0 && removed != added && gvCount[gd * venues + removed] == 1 { distinct -= 1 }
        if added >= 0 && added != removed && gvCount[gd * venues + added] == 0 { distinct += 1 }
        guard distinct > 0 else { return 0 }
        let home = Int(groupHome[g])
        return distinct - 1 + (home >= 0 && count(home) == 0 ? 1 : 0)
    }

    /// The trainer-gap units of (`tr`, `d`) with occurrence `leaving` (-1: none) taken out and an
    /// occurrence of `addMinutes` at minute `addStart` in venue `addVenue` put in (`addStart` -1: none).
    @inline(__always) private func gapUnitsVirtual(
        _ tr: Int, _ d: Int, leaving: Int, addStart: Int, addMinutes: Int, addVenue: Int
    ) -> Int {
        let base = Int(tdBase[tr]) + d * Int(tdCap[tr])
        let c = Int(tdCount[tr * days + d])
        let minBreak = Int(trMinBreak[tr])
        @inline(__always) func pair(_ sa: Int, _ ea: Int, _ va: Int, _ sb: Int, _ eb: Int, _ vb: Int) -> Int {
            let needed = minBreak + (va >= 0 && vb >= 0 ? Int(travel[va * venues + vb]) : 0)
            if min(ea, eb) > max(sa, sb) { return needed }
            return max(0, needed - (sa < sb ? sb - ea : sa - eb))
        }
        var units = 0
        for x in 0..<c {
            let a = Int(tdList[base + x])
            if a == leaving { continue }
            let sa = Int(slotMinute[Int(start[a])]), ea = sa + Int(sesMinutes[Int(occSession[a])])
            let va = Int(roomVenue[Int(room[a])])
            for y in (x + 1)..<c {
                let b = Int(tdList[base + y])
                if b == leaving { continue }
                let sb = Int(slotMinute[Int(start[b])]), eb = sb + Int(sesMinutes[Int(occSession[b])])
                units += pair(sa, ea, va, sb, eb, Int(roomVenue[Int(room[b])]))
            }
            if addStart >= 0 { units += pair(sa, ea, va, addStart, addStart + addMinutes, addVenue) }
        }
        return units
    }
}
