import ForumModel

extension SearchState {
    /// Checks the running score against the full scorer, and the running day-structure counts
    /// (single group days, days short) against a recount; returns a description of the difference,
    /// or nil when they agree.
    ///
    /// This is the solver's FULL_ASSERT: slow (a full evaluation), meant for tests and debugging.
    func checkInvariants() -> String? {
        let full = fullScore(schedule(), against: problem)
        if full != score {
            return "incremental score \(score) differs from the full scorer's \(full)"
        }
        if tallies.compactness.isActive {
            var single = 0
            for g in 0..<groups { for d in 0..<days where groupDays.count(g, d) == 1 { single += 1 } }
            if single != tallies.compactness.singleDayCount {
                return "\(tallies.compactness.singleDayCount) single group days counted, \(single) in the day lists"
            }
        }
        if tallies.spread.isActive && tallies.spread.shortDayCount != tallies.spread.shortDaysRecounted() {
            return "\(tallies.spread.shortDayCount) days short counted, \(tallies.spread.shortDaysRecounted()) per series"
        }
        return nil
    }
}
