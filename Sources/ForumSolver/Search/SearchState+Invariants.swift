import ForumModel

extension SearchState {
    /// Checks the running score against the full scorer and against a fresh state built from the
    /// same decisions; returns a description of the first difference, or nil when all agree.
    ///
    /// This is the solver's FULL_ASSERT: slow (a full evaluation), meant for tests and debugging.
    func checkInvariants() -> String? {
        let full = evaluate(schedule(), against: problem).score
        if full != score {
            return "incremental score \(score) differs from the full scorer's \(full)"
        }
        let fresh = SearchState(problem)
        fresh.restore(decisions())
        if fresh.score != score {
            return "incremental score \(score) differs from a rebuilt state's \(fresh.score)"
        }
        return nil
    }
}
