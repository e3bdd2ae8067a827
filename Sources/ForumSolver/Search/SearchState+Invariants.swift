import ForumModel

extension SearchState {
    /// Checks the running score against the full scorer; returns a description of the difference,
    /// or nil when they agree.
    ///
    /// This is the solver's FULL_ASSERT: slow (a full evaluation), meant for tests and debugging.
    func checkInvariants() -> String? {
        let full = fullScore(schedule(), against: problem)
        if full != score {
            return "incremental score \(score) differs from the full scorer's \(full)"
        }
        return nil
    }
}
