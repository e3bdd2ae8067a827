import ForumModel

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
                changes.append(ScheduleChange(kind: .cancelled, id: o.id, old: o, new: nil,
                                              timeChanged: false, roomChanged: false, trainersChanged: false))
                continue
            }
            let time = (o.date, o.start, o.end) != (n.date, n.start, n.end)
            let room = o.room != n.room
            let trainers = o.trainers != n.trainers
            if time || room {
                changes.append(ScheduleChange(kind: .moved, id: o.id, old: o, new: n,
                                              timeChanged: time, roomChanged: room, trainersChanged: trainers))
            } else if trainers {
                changes.append(ScheduleChange(kind: .restaffed, id: o.id, old: o, new: n,
                                              timeChanged: false, roomChanged: false, trainersChanged: true))
            }
        }
        for n in new.assignments where !oldIDs.contains(n.id) {
            changes.append(ScheduleChange(kind: .added, id: n.id, old: nil, new: n,
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

    /// One sentence per change, fit for an announcement, e.g.
    /// "Moved: 'Plenary session' from Thu 14 Nov 2019 10:00–11:30, Assembly hall to Fri 15 Nov 2019 10:00–11:30, Room 101."
    public func sentence(for change: ScheduleChange) -> String {
        let title = "'\(self.title(of: change.id))'"
        switch change.kind {
        case .cancelled:
            return "Cancelled: \(title), which was on \(when(change.old!)), \(place(change.old!))."
        case .added:
            return "Added: \(title) on \(when(change.new!)), \(place(change.new!))\(staff(change.new!))."
        case .restaffed:
            return "New trainers: \(title) on \(when(change.new!)) is now run by \(names(change.new!.trainers)) instead of \(names(change.old!.trainers))."
        case .moved:
            let o = change.old!, n = change.new!
            var s = "Moved: \(title) from \(when(o)), \(place(o)) to "
            s += change.timeChanged ? "\(when(n)), \(place(n))" : "\(place(n)) (same time, \(when(n)))"
            if change.trainersChanged { s += "; now run by \(names(n.trainers))" }
            return s + "."
        }
    }

    /// A "your changes" notice listing the sentences for one reader, or nil when nothing concerns them.
    public func notice(to reader: String, changes: [ScheduleChange]) -> String? {
        guard !changes.isEmpty else { return nil }
        let lines = changes.map { "- " + sentence(for: $0) }
        return "Dear \(reader),\nthe programme of \"\(plan.forum.title)\" has changed for you:\n"
            + lines.joined(separator: "\n") + "\nYour calendar subscription updates by itself.\n"
    }

    func session(of id: OccurrenceID) -> Session? { plan.sessions.first { $0.id == id.session } }

    func title(of id: OccurrenceID) -> String {
        let base = session(of: id)?.title ?? id.session
        var parts: [String] = []
        if let run = id.run { parts.append("meeting \(run)") }
        if let section = id.section { parts.append("section \(section)") }
        return parts.isEmpty ? base : base + " (" + parts.joined(separator: ", ") + ")"
    }

    func when(_ a: Assignment) -> String { "\(DateText.long(a.date)) \(a.start)–\(a.end)" }

    func place(_ a: Assignment) -> String {
        guard let roomID = a.room else { return "no room yet" }
        let room = plan.rooms.first { $0.id == roomID }
        let venue = plan.venue(ofRoom: roomID)
        return [room?.name ?? roomID, venue.map(\.name)].compactMap { $0 }.joined(separator: ", ")
    }

    func staff(_ a: Assignment) -> String { a.trainers.isEmpty ? "" : ", run by \(names(a.trainers))" }

    func names(_ ids: [String]) -> String {
        ids.isEmpty ? "nobody" : ids.map { id in plan.trainers.first { $0.id == id }?.name ?? id }.joined(separator: ", ")
    }
}

/// Dates as people read them in announcements: `Thu 14 Nov 2019`.
public enum DateText {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdays: [Weekday: String] = [
        .monday: "Mon", .tuesday: "Tue", .wednesday: "Wed", .thursday: "Thu", .friday: "Fri", .saturday: "Sat", .sunday: "Sun",
    ]

    /// `Thu 14 Nov 2019`.
    public static func long(_ d: LocalDate) -> String {
        "\(weekdays[d.weekday]!) \(d.day) \(months[d.month - 1]) \(d.year)"
    }
}
