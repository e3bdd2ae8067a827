extension SearchWorker {
    /// Starts re-planning from the baseline schedule instead of constructing one.
    ///
    /// Every occurrence goes back to its baseline start, room and pool trainers when these are
    /// still allowed (locked ones always do); the others are placed as in construction. Then each
    /// unlocked occurrence that takes part in a hard violation is repaired, in occurrence order:
    /// first with other pool trainers at the same place, and if that is not enough, at the start
    /// and room (with its baseline trainers) adding the least, in its baseline room if that is no worse.
    func startFromBaseline() {
        let p = problem, st = state
        guard let replan = p.replan else { return }
        for o in 0..<p.occurrenceCount {
            for (k, c) in replan.poolPicks[o].enumerated() { st.setPool(o, slot: k, candidate: Int(c)) }
        }
        for o in 0..<p.occurrenceCount {
            let s = Int(p.occSession[o]), t = Int(replan.start[o]), r = Int(replan.room[o])
            guard t >= 0, r >= 0 else { continue }
            if replan.locked[o] || p.sesTimeAllowed[s * p.slotCount + t] && p.sesRoomAllowed[s * p.roomCount + r] {
                st.insert(o, at: t, room: r)
            }
        }
        let preferred = preferredRooms()
        for o in 0..<p.occurrenceCount where st.start[o] < 0 && p.isPlaceable(o) {
            place(o, preferred: preferred[Int(p.occSession[o])])
            fillPools(o)
        }
        for o in 0..<p.occurrenceCount where st.start[o] >= 0 && !replan.locked[o] && inHardViolation(o) {
            fillPools(o)
            guard inHardViolation(o) else { continue }
            st.remove(o)
            for (k, c) in replan.poolPicks[o].enumerated() { st.setPool(o, slot: k, candidate: Int(c)) }
            place(o, preferred: preferred[Int(p.occSession[o])])
            backToBaselineRoom(o)
            if inHardViolation(o) { fillPools(o) }
        }
        startFromCurrent()
        prepareMoves()
    }

    /// Moves placed occurrence `o` into its baseline room at its current start when that lowers the score.
    private func backToBaselineRoom(_ o: Int) {
        let st = state
        guard let r0 = problem.replan.map({ Int($0.room[o]) }), r0 >= 0, Int(st.room[o]) != r0,
            problem.sesRoomAllowed[Int(st.occSession[o]) * problem.roomCount + r0]
        else { return }
        let t = Int(st.start[o])
        let delta = st.peekMove(o, t, r0)
        guard (delta.hard, delta.medium, delta.soft) < (0, 0, 0) else { return }
        st.remove(o)
        st.insert(o, at: t, room: r0)
    }
}
