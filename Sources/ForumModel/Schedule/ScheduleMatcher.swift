/// Turns rows read from a spreadsheet or calendar into a ``Schedule`` of the plan's occurrences.
public enum ScheduleMatcher {
    /// The outcome: the schedule of matched rows, the rows that match nothing, the occurrences no row
    /// covers, and the rooms and trainers named in matched rows that the plan does not know.
    public struct Result: Hashable, Sendable {
        public var schedule: Schedule
        public var unmatched: [UnmatchedRow]
        public var missing: [OccurrenceID]
        public var unknownReferences: [UnknownReference]
    }

    /// Matches rows to occurrences by id (or by title/name when the row says so) and resolves rooms and
    /// trainers by id or name; a row whose run/section is omitted takes the first occurrence not yet taken.
    public static func match(_ rows: [ScheduleRow], plan: Plan) -> Result {
        let occurrences = plan.occurrences()
        let sessionIndex = Dictionary(plan.sessions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var bySession: [String: [Occurrence]] = [:]
        for o in occurrences { bySession[o.id.session, default: []].append(o) }
        var taken = Set<OccurrenceID>()
        var assignments: [Assignment] = []
        var unmatched: [UnmatchedRow] = []
        var unknown: [UnknownReference] = []
        for row in rows {
            guard let session = findSession(row, in: plan, index: sessionIndex) else {
                let hint = Similarity.nearest(row.session, among: plan.sessions.flatMap { row.matchByTitle ? $0.localizedTitle.variants : [$0.id] })
                unmatched.append(
                    UnmatchedRow(
                        origin: row.origin, session: row.session,
                        reason: "no session with this \(row.matchByTitle ? "title" : "id")", hint: hint))
                continue
            }
            let ofSession = bySession[session.id] ?? []
            let candidates = ofSession.filter {
                !taken.contains($0.id)
                    && (row.run == nil || $0.id.run == row.run) && (row.section == nil || $0.id.section == row.section)
            }
            guard let occurrence = candidates.first else {
                let all = ofSession.map(\.id)
                let reason =
                    all.contains(where: { ($0.run == row.run || row.run == nil) && ($0.section == row.section || row.section == nil) })
                    ? "every occurrence of '\(session.id)' this row could be is already in the schedule"
                    : "'\(session.id)' has no occurrence \(OccurrenceID(session: session.id, run: row.run, section: row.section))"
                unmatched.append(
                    UnmatchedRow(
                        origin: row.origin, session: row.session, reason: reason,
                        hint: all.map(\.description).joined(separator: ", ")))
                continue
            }
            taken.insert(occurrence.id)
            let room = row.room.flatMap { resolveRoom($0, in: plan) }
            if let room, !plan.rooms.contains(where: { $0.id == room }) {
                unknown.append(UnknownReference(origin: row.origin, kind: .room, text: room, hint: nearestRoom(room, in: plan)))
            }
            let trainers = row.trainers.map { $0.map { resolveTrainer($0, in: plan) } }
            for t in trainers ?? [] where !plan.trainers.contains(where: { $0.id == t }) {
                unknown.append(UnknownReference(origin: row.origin, kind: .trainer, text: t, hint: nearestTrainer(t, in: plan)))
            }
            assignments.append(
                Assignment(
                    id: occurrence.id, date: row.date, start: row.start, end: row.end, room: room,
                    trainers: trainers ?? defaultTrainers(of: plan.sessions[occurrence.sessionIndex])))
        }
        let missing = occurrences.map(\.id).filter { !taken.contains($0) }
        return Result(
            schedule: Schedule(forumID: plan.forum.id, assignments: assignments),
            unmatched: unmatched, missing: missing, unknownReferences: unknown)
    }

    private static func nearestRoom(_ text: String, in plan: Plan) -> String? {
        let rooms = plan.rooms
        if let name = Similarity.nearest(text, among: rooms.flatMap(\.localizedName.variants)) {
            return rooms.first { $0.localizedName.variants.contains(name) }?.id
        }
        return Similarity.nearest(text, among: rooms.map(\.id))
    }

    private static func nearestTrainer(_ text: String, in plan: Plan) -> String? {
        let trainers = plan.trainers
        if let name = Similarity.nearest(text, among: trainers.flatMap(\.localizedName.variants)) {
            return trainers.first { $0.localizedName.variants.contains(name) }?.id
        }
        return Similarity.nearest(text, among: trainers.map(\.id))
    }

    private static func findSession(_ row: ScheduleRow, in plan: Plan, index: [String: Int]) -> Session? {
        if let i = index[row.session] { return plan.sessions[i] }
        guard row.matchByTitle else { return nil }
        let wanted = Similarity.fold(row.session)
        return plan.sessions.first { $0.localizedTitle.variants.contains { Similarity.fold($0) == wanted } }
    }

    /// A room id as given, or the id of the room with that name; unknown text is kept so checks can name it.
    private static func resolveRoom(_ text: String, in plan: Plan) -> String? {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { return nil }
        let rooms = plan.rooms
        if rooms.contains(where: { $0.id == trimmed }) { return trimmed }
        let folded = Similarity.fold(trimmed)
        return rooms.first { room in
            room.localizedName.variants.contains { Similarity.fold($0) == folded || folded.hasPrefix(Similarity.fold($0) + ",") }
        }?.id ?? trimmed
    }

    private static func resolveTrainer(_ text: String, in plan: Plan) -> String {
        let trimmed = text.trimmingSpaces
        if plan.trainers.contains(where: { $0.id == trimmed }) { return trimmed }
        let folded = Similarity.fold(trimmed)
        return plan.trainers.first {
            $0.localizedName.variants.contains { Similarity.fold($0) == folded } || $0.email.map(Similarity.fold) == folded
        }?.id ?? trimmed
    }

    private static func defaultTrainers(of session: Session) -> [String] { session.trainers }
}

/// A row that matches no occurrence of the plan, with a hint at what was probably meant.
public struct UnmatchedRow: Hashable, Sendable {
    public var origin: String
    public var session: String
    public var reason: String
    /// The nearest session id or the occurrences that exist, when there is one to suggest.
    public var hint: String?
}

/// A room or trainer a matched row names that the plan does not know (by id, name or e-mail).
public struct UnknownReference: Hashable, Sendable {
    /// What kind of thing the row names.
    public enum Kind: String, Hashable, Sendable { case room, trainer }
    public var origin: String
    public var kind: Kind
    /// The text as the row gives it.
    public var text: String
    /// The id of the nearest room or trainer, when one is close enough to be a plausible typo.
    public var hint: String?

    public init(origin: String, kind: Kind, text: String, hint: String?) {
        self.origin = origin
        self.kind = kind
        self.text = text
        self.hint = hint
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
