import ForumModel

/// Pool candidates per session, their static costs, and every trainer's fair share for `load-balance`.
///
/// Candidates are the trainers not named on the session; one lacking a pool skill or language is
/// left out when trainer-skill or trainer-language is hard (unless that leaves too few).
struct TrainerPools {
    /// Candidate trainers per session (empty without a pool).
    var candidates: [[Int32]] = []
    /// Weighted static cost per candidate, parallel to `candidates`.
    var costs: [[Cost3]] = []
    /// Minutes a trainer would work if every pool were shared evenly; -1 when they fill no pool with a choice.
    var fairShare: [Int32]
    /// Pools that cannot be filled under the hard constraints.
    var notes: [Infeasibility] = []

    init(plan: Plan, trainerIndex: [String: Int], weights: [LevelWeights], occurrencesPerSession: [Int]) {
        let skillW = weights[ConstraintID.trainerSkill.catalogueIndex]
        let languageW = weights[ConstraintID.trainerLanguage.catalogueIndex]
        var share = [Double](repeating: 0, count: plan.trainers.count)
        var sharesPool = [Bool](repeating: false, count: plan.trainers.count)
        // Every trainer's cost for each distinct (skills, languages) demand, worked out once: a rollout
        // has thousands of sessions but a few dozen kinds of pool.
        var byDemand: [PoolDemand: [(Int32, Cost3, Bool)]] = [:]

        for (s, session) in plan.sessions.enumerated() {
            let named = uniqueIndices(session.trainers, trainerIndex)
            let minutes = Double(session.durationMinutes * occurrencesPerSession[s])
            for t in named { share[t] += minutes }
            guard let pool = session.pool, pool.count > 0 else {
                candidates.append([])
                costs.append([])
                continue
            }
            let demand = PoolDemand(skills: pool.skills, languages: TrainerLanguage.poolLanguages(pool, session: session))
            if byDemand[demand] == nil {
                byDemand[demand] = plan.trainers.enumerated().map { t, trainer in
                    let skills = TrainerSkill.misses(trainer, pool: pool)
                    let language = TrainerLanguage.poolMisses(trainer, pool: pool, session: session)
                    var cost = Cost3.zero
                    cost.add(skills, skillW)
                    cost.add(language, languageW)
                    let ruledOut = (skills > 0 && skillW.hard > 0) || (language > 0 && languageW.hard > 0)
                    return (Int32(t), cost, ruledOut)
                }
            }
            let all = named.isEmpty ? byDemand[demand]! : byDemand[demand]!.filter { !named.contains(Int($0.0)) }
            var kept = all.filter { !$0.2 }
            if kept.count < pool.count {
                notes.append(Self.note(session: session, pool: pool, qualified: kept.count, others: all.count))
                kept = all
            }
            candidates.append(kept.map(\.0))
            costs.append(kept.map(\.1))
            if !kept.isEmpty {
                let each = minutes * Double(min(pool.count, kept.count)) / Double(kept.count)
                for (t, _, _) in kept {
                    share[Int(t)] += each
                    if kept.count > pool.count { sharesPool[Int(t)] = true }
                }
            }
        }
        fairShare = share.indices.map { sharesPool[$0] ? Int32(share[$0].rounded(.down)) : -1 }
    }

    /// What a pool asks of its trainers: the skills and the languages (any one of them).
    private struct PoolDemand: Hashable {
        var skills: [String]
        var languages: [String]
    }

    private static func note(session: Session, pool: TrainerPool, qualified: Int, others: Int) -> Infeasibility {
        var needs: [String] = []
        if !pool.skills.isEmpty { needs.append("skills " + pool.skills.joined(separator: ", ")) }
        let languages = pool.languages.isEmpty ? (session.language.map { [$0] } ?? []) : pool.languages
        if !languages.isEmpty { needs.append("language " + languages.joined(separator: " or ")) }
        let what = needs.isEmpty ? "" : " with " + needs.joined(separator: " and ")
        let constraint: ConstraintID = qualified < others && others >= pool.count ? .trainerSkill : .trainerCount
        return Infeasibility(
            constraint: constraint,
            message:
                "'\(session.title)' needs \(pool.count) pool trainer\(pool.count == 1 ? "" : "s")\(what) but only \(qualified) qualif\(qualified == 1 ? "ies" : "y")\(others < pool.count ? " and the plan has only \(others) other trainer\(others == 1 ? "" : "s")" : "").",
            sessions: [session.id])
    }
}
