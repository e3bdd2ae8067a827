extension PlanValidator {
    /// Enough trainers have every skill of a pool and speak one of its languages (or the session's language).
    ///
    /// Trainer entries left out after an error count as possible candidates, so they hide no pool that
    /// would be short even with them.
    func checkTrainerPools() {
        let leftOut = map.leftOut[.trainer] ?? 0
        for (s, session) in plan.sessions.enumerated() {
            guard let pool = session.pool, let candidates = poolCandidates[s] else { continue }
            guard candidates.count + leftOut < pool.count, !asksTrainersForUnknownName(s) else { continue }
            var needs: [String] = []
            if !pool.skills.isEmpty { needs.append("skills \(pool.skills.map { "'\($0)'" }.joined(separator: ", "))") }
            let languages = Self.requiredLanguages(session, pool)
            if !languages.isEmpty { needs.append("language \(languages.map { "'\($0)'" }.joined(separator: " or "))") }
            let who = needs.isEmpty ? "" : " with " + needs.joined(separator: " and ")
            let found = candidates.isEmpty ? "none" : "only \(candidates.count) (\(candidates.map(\.id).joined(separator: ", ")))"
            let uncounted =
                leftOut == 0
                ? ""
                : leftOut == 1
                    ? " (too few even if the trainer entry with errors could)"
                    : " (too few even if the \(leftOut) trainer entries with errors could)"
            error(
                "session '\(session.id)' needs \(pool.count) trainer\(pool.count == 1 ? "" : "s") from its pool\(who), but \(found) can take it\(uncounted)",
                at: ["sessions[\(s)].pool"],
                hint:
                    "Add the skills or languages to more trainers, or lower `pool.count`.\(session.trainers.isEmpty ? "" : " Trainers named in `trainers` do not count towards the pool.")"
            )
        }
    }

    /// For each session, the trainers who could fill a place in its pool (named trainers excluded).
    ///
    /// Sessions with the same skills and languages share one scan of the trainers, so large rollouts
    /// (thousands of sessions drawing on a few pool kinds) stay fast.
    static func poolCandidates(_ plan: Plan) -> [[Trainer]?] {
        var memo: [[String]: [Trainer]] = [:]
        return plan.sessions.map { session in
            guard let pool = session.pool else { return nil }
            let languages = requiredLanguages(session, pool)
            let key = pool.skills + ["|"] + languages
            let matching =
                memo[key]
                ?? plan.trainers.filter { trainer in
                    pool.skills.allSatisfy(trainer.skills.contains)
                        && (languages.isEmpty || languages.contains(where: trainer.languages.contains))
                }
            memo[key] = matching
            return matching.filter { !session.trainers.contains($0.id) }
        }
    }

    private static func requiredLanguages(_ session: Session, _ pool: TrainerPool) -> [String] {
        pool.languages.isEmpty ? (session.language.map { [$0] } ?? []) : pool.languages
    }
}
