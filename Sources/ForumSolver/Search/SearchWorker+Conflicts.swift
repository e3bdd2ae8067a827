extension SearchWorker {
    /// Lists the movable occurrences that take part in a hard violation of any kind (clash, travel,
    /// daily load, unavailability, precedence…), or in a clash that another hard rule outweighs.
    func refreshConflicts() {
        conflictsAt = moves
        conflicts.removeAll(keepingCapacity: true)
        guard state.hard > 0 else { return }
        for o in movable where state.hasHardConflict(Int(o)) || inHardViolation(Int(o)) { conflicts.append(o) }
    }

    /// Whether placed occurrence `o` adds hard penalty (taking it out would lower `hard`, leaving
    /// aside the `outside-hours` charge for an unplaced occurrence). The state is left unchanged.
    func inHardViolation(_ o: Int) -> Bool {
        let st = state
        let t = Int(st.start[o]), r = Int(st.room[o])
        let h0 = st.hard
        st.remove(o)
        let share = h0 - st.hard + Int(st.sesMinutes[Int(st.occSession[o])]) * st.outsideHours.hard
        st.insert(o, at: t, room: r)
        return share > 0
    }
}
