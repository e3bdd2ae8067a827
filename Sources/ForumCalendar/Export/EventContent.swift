import ForumModel
import ForumText

/// Turns one assignment of a plan into the text an event shows, in one language.
struct EventContent {
    let plan: Plan
    /// The language of the texts: the plan's texts in it (or their default), the generated words in it.
    let language: Language
    let words: Catalogue
    private let sessions: [String: Session]
    private let trainers: [String: Trainer]
    private let groups: [String: ParticipantGroup]
    private let occurrences: [OccurrenceID: Occurrence]

    init(plan: Plan, language: Language) {
        self.plan = plan
        self.language = language
        self.words = Catalogue.of(language)
        sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        trainers = Dictionary(plan.trainers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        groups = Dictionary(plan.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        occurrences = Dictionary(plan.occurrences().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The session an assignment belongs to, if the plan still has it.
    func session(_ id: OccurrenceID) -> Session? { sessions[id.session] }

    /// The event text of `a`; nil when its session is not in the plan.
    func snapshot(of a: Assignment) -> EventSnapshot? {
        guard let session = sessions[a.id.session] else { return nil }
        let occurrence = occurrences[a.id]
        let assigned = a.trainers.map { trainers[$0] }
        let names = zip(a.trainers, assigned).map { id, t in t.map { $0.localizedName.text(in: language) } ?? id }
        let people = assigned.compactMap { t -> EventSnapshot.Person? in
            guard let t, let email = t.email, !email.isEmpty else { return nil }
            return EventSnapshot.Person(name: t.localizedName.text(in: language), email: email)
        }
        return EventSnapshot(
            summary: summary(session, a.id),
            description: description(session, a.id, names: names, occurrence: occurrence),
            location: location(roomID: a.room),
            category: session.kind.rawValue,
            date: a.date.description,
            start: a.start.minutes,
            end: a.end.minutes,
            room: a.room ?? "",
            trainers: a.trainers,
            people: people)
    }

    /// `Title`, `Title (meeting 3 of 6)`, `Title (section 2)`, `Title (meeting 3 of 6, section 2)` in English.
    private func summary(_ session: Session, _ id: OccurrenceID) -> String {
        var parts: [String] = []
        if let run = id.run { parts.append(words.feed.meetingOf(run, session.repeats?.count ?? run)) }
        if let section = id.section { parts.append(words.feed.section(section)) }
        let title = session.localizedTitle.text(in: language)
        return parts.isEmpty ? title : "\(title) (\(parts.joined(separator: ", ")))"
    }

    private func description(_ session: Session, _ id: OccurrenceID, names: [String], occurrence: Occurrence?) -> String {
        var lines: [String] = []
        if let d = session.localizedDescription?.text(in: language), !d.isEmpty {
            lines.append(d)
            lines.append("")
        }
        let w = words.feed
        if !names.isEmpty { lines.append((names.count == 1 ? w.trainer : w.trainers) + ": " + words.list(names)) }
        let groupNames = session.groups.map { groups[$0]?.localizedName.text(in: language) ?? $0 }
        if !groupNames.isEmpty { lines.append((groupNames.count == 1 ? w.group : w.groups) + ": " + words.list(groupNames)) }
        if let occurrence, let section = id.section {
            lines.append(w.sectionOf(section, occurrence.sectionCount, words.count(occurrence.size, w.people)))
        } else if let occurrence, occurrence.size > 0 {
            lines.append(w.expected(words.count(occurrence.size, w.people)))
        }
        if let notes = session.localizedNotes?.text(in: language), !notes.isEmpty { lines.append(w.notes + ": " + notes) }
        return lines.joined(separator: "\n")
    }

    /// `Room 101, NIS Taraz, Taraz, Zhambyl region` (room, venue, address or town).
    private func location(roomID: String?) -> String {
        guard let roomID else { return "" }
        guard let venue = plan.venue(ofRoom: roomID), let room = venue.rooms.first(where: { $0.id == roomID }) else { return roomID }
        var parts = [room.localizedName.text(in: language), venue.localizedName.text(in: language)]
        if let address = venue.localizedAddress?.text(in: language), !address.isEmpty {
            parts.append(address)
        } else if let town = venue.localizedTown?.text(in: language), !town.isEmpty {
            parts.append(town)
        }
        var seen: [String] = []
        for p in parts where !seen.contains(p) { seen.append(p) }
        return seen.joined(separator: ", ")
    }
}
