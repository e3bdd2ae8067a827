import ForumModel
import ForumText

/// Compares two schedules of one plan and words the changes for participants and trainers.
public struct ScheduleDiff: Sendable {
    public let plan: Plan
    /// Every change, cancelled first, then moved, re-staffed and added; by date and time within each kind.
    public let changes: [ScheduleChange]
    /// Courses whose trainer changed: for the rest of the course, or as a cover for some meetings.
    public let handovers: [TrainerHandover]

    /// Compares `old` with `new`, occurrence by occurrence (occurrence ids are stable across re-plans).
    public init(plan: Plan, old: Schedule, new: Schedule) {
        self.plan = plan
        var changes: [ScheduleChange] = []
        var newByID: [OccurrenceID: Assignment] = [:]
        for a in new.assignments { newByID[a.id] = a }
        var oldIDs = Set<OccurrenceID>()
        for o in old.assignments {
            oldIDs.insert(o.id)
            guard let n = newByID[o.id] else {
                changes.append(
                    ScheduleChange(
                        kind: .cancelled, id: o.id, old: o, new: nil,
                        timeChanged: false, roomChanged: false, trainersChanged: false))
                continue
            }
            let time = (o.date, o.start, o.end) != (n.date, n.start, n.end)
            let room = o.room != n.room
            let trainers = o.trainers != n.trainers
            if time || room {
                changes.append(
                    ScheduleChange(
                        kind: .moved, id: o.id, old: o, new: n,
                        timeChanged: time, roomChanged: room, trainersChanged: trainers))
            } else if trainers {
                changes.append(
                    ScheduleChange(
                        kind: .restaffed, id: o.id, old: o, new: n,
                        timeChanged: false, roomChanged: false, trainersChanged: true))
            }
        }
        for n in new.assignments where !oldIDs.contains(n.id) {
            changes.append(
                ScheduleChange(
                    kind: .added, id: n.id, old: nil, new: n,
                    timeChanged: false, roomChanged: false, trainersChanged: false))
        }
        self.changes = changes.sorted { a, b in
            let ta = a.new ?? a.old!, tb = b.new ?? b.old!
            return (a.kind, ta.date, ta.start, a.id) < (b.kind, tb.date, tb.start, b.id)
        }
        handovers = TrainerHandover.find(changes: self.changes, new: new)
    }

    /// Whether nothing changed.
    public var isEmpty: Bool { changes.isEmpty }

    /// The changes that concern one trainer (before or after the change).
    public func changes(forTrainer id: String) -> [ScheduleChange] {
        changes.filter { ($0.old?.trainers.contains(id) ?? false) || ($0.new?.trainers.contains(id) ?? false) }
    }

    /// The changes that concern one participant group.
    public func changes(forGroup id: String) -> [ScheduleChange] {
        changes.filter { session(of: $0.id)?.groups.contains(id) ?? false }
    }

    /// Every change and hand-over as one sentence a line in `language`, or that there is no change.
    public func text(language: Language) -> String {
        guard !isEmpty else { return Catalogue.of(language).diff.noChanges }
        return (changes.map { sentence(for: $0, language: language) } + handovers.map { sentence(for: $0, language: language) })
            .joined(separator: "\n")
    }

    /// One sentence per change in `language`, fit for an announcement, e.g.
    /// "Moved: 'Plenary session' from Thursday, 14 November 2019, 10:00–11:30, Assembly hall to Friday, 15 November 2019, 10:00–11:30, Room 101."
    public func sentence(for change: ScheduleChange, language: Language) -> String {
        let words = Catalogue.of(language), w = words.diff
        let title = w.quoted(self.title(of: change.id, words))
        switch change.kind {
        case .cancelled:
            return w.cancelled(title, when(change.old!, words), place(change.old!, words))
        case .added:
            let n = change.new!
            return w.added(title, when(n, words), place(n, words), n.trainers.isEmpty ? nil : names(n.trainers, words))
        case .restaffed:
            return w.restaffed(title, when(change.new!, words), names(change.new!.trainers, words), names(change.old!.trainers, words))
        case .moved:
            let o = change.old!, n = change.new!
            let before = "\(when(o, words)), \(place(o, words))"
            var s =
                change.timeChanged
                ? w.moved(title, before, "\(when(n, words)), \(place(n, words))")
                : w.movedRoom(title, before, place(n, words), when(n, words))
            if change.trainersChanged { s += w.nowRunBy(names(n.trainers, words)) }
            return s + "."
        }
    }

    /// A "your changes" notice in `language` listing the sentences for one reader, or nil when nothing concerns them.
    public func notice(to reader: String, changes: [ScheduleChange], language: Language) -> String? {
        guard !changes.isEmpty else { return nil }
        let w = Catalogue.of(language).diff
        let lines = changes.map { "- " + sentence(for: $0, language: language) }
        return w.noticeOpening(reader, plan.forum.title) + "\n" + lines.joined(separator: "\n") + "\n" + w.noticeClosing + "\n"
    }

    func session(of id: OccurrenceID) -> Session? { plan.sessions.first { $0.id == id.session } }

    func title(of id: OccurrenceID, _ words: Catalogue) -> String {
        let base = session(of: id)?.title ?? id.session
        var parts: [String] = []
        if let run = id.run { parts.append(words.diff.meeting(run)) }
        if let section = id.section { parts.append(words.diff.section(section)) }
        return parts.isEmpty ? base : base + " (" + parts.joined(separator: ", ") + ")"
    }

    func when(_ a: Assignment, _ words: Catalogue) -> String { "\(words.fullDate(a.date)), \(a.start)–\(a.end)" }

    func place(_ a: Assignment, _ words: Catalogue) -> String {
        guard let roomID = a.room else { return words.diff.noRoom }
        let room = plan.rooms.first { $0.id == roomID }
        let venue = plan.venue(ofRoom: roomID)
        return [room?.name ?? roomID, venue.map(\.name)].compactMap { $0 }.joined(separator: ", ")
    }

    func names(_ ids: [String], _ words: Catalogue) -> String {
        ids.isEmpty ? words.diff.nobody : words.list(ids.map { id in plan.trainers.first { $0.id == id }?.name ?? id })
    }
}
