extension SearchState {
    /// Counts trainer `tr` (slot `j` of occurrence `o`) as working `len` slots from `t`, day `d`.
    @inline(__always) func attach(_ o: Int, _ tr: Int, _ j: Int, _ t: Int, _ len: Int, _ d: Int, _ minutes: Int) {
        var pairs = 0
        let tb = tr * slots + t
        for k in 0..<len {
            pairs += Int(trainerSlot[tb + k])
            trainerSlot[tb + k] += 1
        }
        charge(pairs * grid, wTrainer)
        let td = tr * days + d
        if dailyLoad.isActive { charge(dailyLoad.add(tr, d, minutes), wDaily) }
        if balance.isActive { charge(balance.add(tr, minutes), wBalance) }
        if useTrainerGap && trNeedsGap[tr] {
            let base = Int(tdBase[tr]) + d * Int(tdCap[tr])
            let c = Int(tdCount[td])
            tdList[base + c] = Int32(o)
            occTrainerPos[Int(occTrainerOff[o]) + j] = Int32(c)
            tdCount[td] = Int32(c + 1)
            let now = gapUnits(tr, d)
            charge(now - Int(tdGap[td]), wTrainer)
            tdGap[td] = Int32(now)
        }
    }

    /// The inverse of `attach`.
    @inline(__always) func detach(_ o: Int, _ tr: Int, _ j: Int, _ t: Int, _ len: Int, _ d: Int, _ minutes: Int) {
        var pairs = 0
        let tb = tr * slots + t
        for k in 0..<len {
            trainerSlot[tb + k] -= 1
            pairs += Int(trainerSlot[tb + k])
        }
        charge(-pairs * grid, wTrainer)
        let td = tr * days + d
        if dailyLoad.isActive { charge(dailyLoad.add(tr, d, -minutes), wDaily) }
        if balance.isActive { charge(balance.add(tr, -minutes), wBalance) }
        if useTrainerGap && trNeedsGap[tr] {
            let base = Int(tdBase[tr]) + d * Int(tdCap[tr])
            let c = Int(tdCount[td]) - 1
            let pos = Int(occTrainerPos[Int(occTrainerOff[o]) + j])
            let last = Int(tdList[base + c])
            tdList[base + pos] = Int32(last)
            if last != o {
                var k = 0
                while trainer(last, k) != tr { k += 1 }
                occTrainerPos[Int(occTrainerOff[last]) + k] = Int32(pos)
            }
            tdCount[td] = Int32(c)
            let now = gapUnits(tr, d)
            charge(now - Int(tdGap[td]), wTrainer)
            tdGap[td] = Int32(now)
        }
    }

    /// Travel-and-break shortfall of trainer `tr` on day `d`: for every pair of their occurrences,
    /// the needed gap when they overlap (the overlap itself is counted per slot), else the minutes short.
    func gapUnits(_ tr: Int, _ d: Int) -> Int {
        let base = Int(tdBase[tr]) + d * Int(tdCap[tr])
        let c = Int(tdCount[tr * days + d])
        guard c > 1 else { return 0 }
        var units = 0
        for x in 0..<c {
            let a = Int(tdList[base + x])
            let sa = Int(slotMinute[Int(start[a])]), ea = sa + Int(sesMinutes[Int(occSession[a])])
            let va = Int(roomVenue[Int(room[a])])
            for y in (x + 1)..<c {
                let b = Int(tdList[base + y])
                let sb = Int(slotMinute[Int(start[b])]), eb = sb + Int(sesMinutes[Int(occSession[b])])
                let vb = Int(roomVenue[Int(room[b])])
                let needed = neededGap(tr, va, vb)
                if min(ea, eb) > max(sa, sb) {
                    units += needed
                } else {
                    units += max(0, needed - (sa < sb ? sb - ea : sa - eb))
                }
            }
        }
        return units
    }

    /// Minutes trainer `tr` needs between a session at venue `va` and one at venue `vb` (-1: no venue).
    @inline(__always) func neededGap(_ tr: Int, _ va: Int, _ vb: Int) -> Int {
        Int(trMinBreak[tr]) + (va >= 0 && vb >= 0 ? Int(travel[va * venues + vb]) : 0)
    }
}
