import ForumModel

/// trainer-language: every trainer of an occurrence speaks its language: named trainers the
/// session's `language`, pool trainers one of the pool's `languages` (or else the session's).
///
/// Penalty: 1 per trainer and occurrence without a required language.
enum TrainerLanguage: CatalogueRule {
    static let id = ConstraintID.trainerLanguage

    /// 1 when a named trainer does not speak the session's language.
    static func namedMisses(_ trainer: Trainer, session: Session) -> Int {
        guard let language = session.language else { return 0 }
        return trainer.languages.contains(language) ? 0 : 1
    }

    /// The languages a pool trainer of `session` must speak one of (empty: any).
    static func poolLanguages(_ pool: TrainerPool?, session: Session) -> [String] {
        if let pool, !pool.languages.isEmpty { return pool.languages }
        return session.language.map { [$0] } ?? []
    }

    /// 1 when a pool trainer speaks none of the pool's languages.
    static func poolMisses(_ trainer: Trainer, pool: TrainerPool?, session: Session) -> Int {
        let wanted = poolLanguages(pool, session: session)
        return wanted.isEmpty || wanted.contains(where: trainer.languages.contains) ? 0 : 1
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        for p in v.placements {
            let session = v.session(p)
            let named = v.problem.sesNamed[p.session]
            for t in p.trainers {
                let trainer = v.problem.plan.trainers[t]
                let isNamed = named.contains(Int32(t))
                let misses = isNamed ? namedMisses(trainer, session: session) : poolMisses(trainer, pool: session.pool, session: session)
                guard misses > 0 else { continue }
                let wanted = isNamed ? [session.language ?? ""] : poolLanguages(session.pool, session: session)
                out.append(
                    Finding(
                        units: misses,
                        message: "\(trainer.name) does not speak \(wanted.joined(separator: " or ")), needed for \(Explain.timed(v, p)) on \(p.date)",
                        sessions: [Explain.id(v.problem, p.occurrence)], trainers: [trainer.id], date: p.date,
                        start: p.start, end: p.end))
            }
        }
        return out
    }
}
