extension PlanValidator {
    /// Every id used in the plan names something defined in it.
    func checkReferences() {
        for (t, travel) in plan.travel.enumerated() {
            for (j, venue) in [travel.from, travel.to].enumerated() {
                reference(venue, .venue, at: "travel[\(t)].between[\(j)]", in: "travel")
            }
        }
        for (t, trainer) in plan.trainers.enumerated() {
            if let venue = trainer.homeVenue { reference(venue, .venue, at: "trainers[\(t)].home_venue", in: "trainer '\(trainer.id)'") }
        }
        for (g, group) in plan.groups.enumerated() {
            if let venue = group.homeVenue { reference(venue, .venue, at: "groups[\(g)].home_venue", in: "group '\(group.id)'") }
        }
        for (s, session) in plan.sessions.enumerated() {
            let path = "sessions[\(s)]", owner = "session '\(session.id)'"
            for (j, id) in session.groups.enumerated() { reference(id, .group, at: "\(path).groups[\(j)]", in: owner) }
            for (j, id) in session.trainers.enumerated() { reference(id, .trainer, at: "\(path).trainers[\(j)]", in: owner) }
            for key in ["after", "before", "same_day"] {
                let ids = key == "after" ? session.after : key == "before" ? session.before : session.sameDay
                for (j, id) in ids.enumerated() {
                    if id == session.id, key == "same_day" { continue }
                    reference(id, .session, at: "\(path).\(key)[\(j)]", in: owner)
                }
            }
            if let venue = session.venue { reference(venue, .venue, at: "\(path).venue", in: owner) }
            if let room = session.pin?.room { reference(room, .room, at: "\(path).pin.room", in: owner) }
        }
    }

    private func reference(_ id: String, _ kind: PlanSourceMap.Kind, at path: String, in owner: String) {
        guard !map.isDeclared(kind, id) else { return }
        guard !log.isFullOfErrors else { return log.dropError() }
        let hint =
            (knownIDs[kind] ?? []).isEmpty
            ? "The plan defines no \(kind.rawValue) yet; add one with this id."
            : unknownHint(id, kind)
        error("\(owner) refers to unknown \(kind.rawValue) '\(id)'", at: [path], hint: hint)
    }
}
