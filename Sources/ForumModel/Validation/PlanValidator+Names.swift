extension PlanValidator {
    /// Every skill, language and feature a session asks for is one some trainer or room has; a name
    /// nobody has is most likely a typo, so it is reported at the name with the closest known one.
    ///
    /// Names are collected from every trainer and room entry, also from entries left out after other
    /// errors, so a broken trainer does not turn its skills into false "unknown" errors.
    func checkNames() {
        for (s, session) in plan.sessions.enumerated() {
            let path = "sessions[\(s)]", owner = "session '\(session.id)'"
            for (j, feature) in session.features.enumerated() {
                unknownName(feature, .feature, at: ["\(path).features[\(j)]", path], "\(owner) needs feature '\(feature)', which no room has")
            }
            if let language = session.language, session.pool != nil || !session.trainers.isEmpty {
                unknownName(
                    language, .language, at: ["\(path).language", path], "\(owner) is held in language '\(language)', which no trainer speaks")
            }
            guard let pool = session.pool else { continue }
            for (j, skill) in pool.skills.enumerated() {
                unknownName(
                    skill, .skill, at: ["\(path).pool.skills[\(j)]", "\(path).pool"],
                    "\(owner) asks its pool for skill '\(skill)', which no trainer has")
            }
            for (j, language) in pool.languages.enumerated() {
                unknownName(
                    language, .language, at: ["\(path).pool.languages[\(j)]", "\(path).pool"],
                    "\(owner) asks its pool for language '\(language)', which no trainer speaks")
            }
        }
    }

    /// Whether session number `s` asks its trainers for a skill or language nobody has (reported by ``checkNames()``).
    func asksTrainersForUnknownName(_ s: Int) -> Bool {
        let session = plan.sessions[s]
        if let language = session.language, session.pool != nil || !session.trainers.isEmpty,
            !map.isDeclared(.language, language)
        {
            return true
        }
        guard let pool = session.pool else { return false }
        return pool.skills.contains { !map.isDeclared(.skill, $0) } || pool.languages.contains { !map.isDeclared(.language, $0) }
    }

    private func unknownName(_ name: String, _ kind: PlanSourceMap.Kind, at paths: [String], _ message: String) {
        guard !map.isDeclared(kind, name) else { return }
        guard !log.isFullOfErrors else { return log.dropError() }
        let holder = kind == .feature ? "a room's `features`" : kind == .skill ? "a trainer's `skills`" : "a trainer's `languages`"
        error(message, at: paths, hint: unknownHint(name, kind, otherwise: "add '\(name)' to \(holder), or drop it from the session"))
    }

    /// "Did you mean 'x'?" for a name not declared as `kind`; when none is close, the known names and
    /// what else to do (`otherwise`, e.g. "add 'x' to a trainer's `skills`").
    func unknownHint(_ name: String, _ kind: PlanSourceMap.Kind, otherwise: String? = nil) -> String {
        let known = knownIDs[kind] ?? []
        log.suggestionBudget -= 1
        if log.suggestionBudget >= 0, let match = Suggestion.closest(to: name, in: known) {
            return "Did you mean '\(match)'?"
        }
        let shown = known.prefix(8).joined(separator: ", ") + (known.count > 8 ? ", …" : "")
        let list = known.isEmpty ? "The plan has no \(kind.rawValue) yet" : "Known \(kind.rawValue)s: \(shown)"
        return list + (otherwise.map { "; \($0)." } ?? ".")
    }
}
