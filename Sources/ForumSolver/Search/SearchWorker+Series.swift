extension SearchWorker {
    /// Gives pool slot `k` of every movable meeting of `o`'s series the same candidate: half the time
    /// one who already leads a meeting of the series (the course keeps its trainer), otherwise any.
    /// Meetings that have that candidate in another slot keep theirs, and so do meetings at which the
    /// candidate is busy with another session or unavailable (a later move can free them) — except in
    /// a feasible state when the series has more trainers than its team: such a meeting then moves to
    /// a start where the candidate is free (`startFree`), if one is found, so the course gets one team.
    /// Not while re-planning (`movesSplitCourses`): a moved start costs a medium penalty there, more
    /// than a split course's soft one, and such moves only cost time (half the moves per second).
    @inline(__always) func seriesPool(_ o: Int, feasible: Bool) -> Bool {
        let st = state
        let s = Int(st.occSession[o]), sr = Int(st.occSeries[o])
        let slots = Int(st.sesPoolCount[s])
        let candidates = Int(st.sesPoolOff[s + 1] - st.sesPoolOff[s])
        let first = Int(seriesOff[sr]), count = Int(seriesOff[sr + 1]) - first
        guard slots > 0, candidates > slots, count > 1 else { return false }
        let k = rng.below(slots)
        let c: Int
        if rng.below(2) == 0 {
            let q = Int(seriesMembers[first + rng.below(count)])
            c = Int(st.poolPick[Int(st.occPoolOff[q]) + k])
            guard c >= 0 else { return false }
        } else {
            c = rng.below(candidates)
        }
        let tr = Int(st.sesPool[Int(st.sesPoolOff[s]) + c]), len = Int(st.sesSlots[s])
        let mayMove = movesSplitCourses && feasible && st.tallies.continuity.isSplit(sr)
        for i in 0..<count where plCount < Self.maxChain * 2 {
            let q = Int(seriesMembers[first + i])
            let base = Int(st.occPoolOff[q])
            guard Int(st.poolPick[base + k]) != c else { continue }
            if (0..<slots).contains(where: { $0 != k && Int(st.poolPick[base + $0]) == c }) { continue }
            let t = Int(st.start[q])
            if !st.trainerIsFree(tr, at: t, length: len) {
                guard mayMove else { continue }
                let moved = startFree(for: q, trainer: tr)
                guard moved >= 0 else { continue }
                record(q, moved, Int(st.room[q]))
            }
            recordPool(q, k, c)
        }
        return plCount > 0
    }

    /// A start from `q`'s domain (one of eight random draws) at which trainer `tr` is free
    /// (`trainerIsFree`) and `q`'s groups and room have nothing else, or -1. For a meeting whose course
    /// trainer is busy at its time: moving it there lets the course keep one trainer.
    @inline(__always) func startFree(for q: Int, trainer tr: Int) -> Int {
        let st = state
        let s = Int(st.occSession[q]), r = Int(st.room[q]), t0 = Int(st.start[q])
        let first = Int(st.sesDomainOff[s]), count = Int(st.sesDomainOff[s + 1]) - first
        let len = Int(st.sesSlots[s])
        guard count > 1 else { return -1 }
        for _ in 0..<8 {
            let t = Int(st.sesDomain[first + rng.below(count)])
            guard t != t0, st.trainerIsFree(tr, at: t, length: len), st.groupsFree(q, at: t), st.roomIsFree(r, for: q, at: t) else { continue }
            return t
        }
        return -1
    }

    /// Moves every other movable meeting of `o`'s series to `o`'s time of day, each on its own day
    /// and in its own room (where the session may start then). In a feasible state a meeting that
    /// would surely clash there keeps its time (a later move can free it), as `seriesPool` does.
    @inline(__always) func seriesStart(_ o: Int, feasible: Bool) -> Bool {
        let st = state
        let s = Int(st.occSession[o]), sr = Int(st.occSeries[o])
        let first = Int(seriesOff[sr]), count = Int(seriesOff[sr + 1]) - first
        guard st.tallies.regularity.counts(sr), count > 1 else { return false }
        let timeOfDay = Int(st.start[o]) % st.perDay
        for i in 0..<count where chCount < Self.maxChain * 2 {
            let q = Int(seriesMembers[first + i])
            let tq = Int(st.start[q])
            let t = tq - tq % st.perDay + timeOfDay
            guard q != o, t != tq, st.sesTimeAllowed[s * st.slots + t] else { continue }
            if feasible && st.surelyBreaksHard(q, t, Int(st.room[q])) { continue }
            record(q, t, Int(st.room[q]))
        }
        return chCount > 0
    }

    /// A start on a random day of `o`'s domain at the time of day of another meeting of its series
    /// (a step towards one start time), or -1.
    @inline(__always) func startAtSiblingTime(_ o: Int) -> Int {
        let st = state
        let s = Int(st.occSession[o]), sr = Int(st.occSeries[o])
        let first = Int(seriesOff[sr]), count = Int(seriesOff[sr + 1]) - first
        guard st.tallies.regularity.counts(sr), count > 1 else { return -1 }
        let q = Int(seriesMembers[first + rng.below(count)])
        guard q != o else { return -1 }
        let domain = Int(st.sesDomainOff[s]), size = Int(st.sesDomainOff[s + 1]) - domain
        let day = Int(st.sesDomain[domain + rng.below(size)]) / st.perDay
        let t = day * st.perDay + Int(st.start[q]) % st.perDay
        return st.sesTimeAllowed[s * st.slots + t] ? t : -1
    }
}
