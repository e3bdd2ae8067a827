import Yams

extension PlanDecoder {
    static let poolKeys = ["count", "skills", "languages", "rotate"]
    static let sessionKeys = [
        "id", "title", "kind", "description", "duration", "groups", "attendance", "features",
        "language", "trainers", "pool", "repeats", "sections", "after", "before", "same_day",
        "pin", "unavailable", "venue", "locked", "notes"
    ]
    /// Most runs or sections one session may ask for.
    static let maxRepeats = 1000

    func decodeSessions(_ node: Node) -> [Session] {
        decodeList(node, "sessions", kind: .session) { item, s in
            let path = "sessions[\(s)]"
            guard let fields = reader.mapping(item, "a session", keys: Self.sessionKeys, entryKind: "session") else { return nil }
            let before = log.errorTotal
            let id = entryID(fields, .session)
            let title = fields.required("title").flatMap { localizedText($0, "title", owner: fields.what) }
            let kind = fields["kind"].flatMap(decodeKind) ?? .session
            let description = optionalText(fields, "description")
            let duration = fields.required("duration", hint: "Add how long one meeting lasts, e.g. `duration: 1h30m`.")
                .flatMap { reader.duration($0, "duration", maxMinutes: 24 * 60) }
            if let node = fields["duration"], duration != nil { note("\(path).duration", node) }
            let groups = idList(fields, "groups", path: path)
            let attendance = fields["attendance"].flatMap { reader.int($0, "attendance", in: 0...Self.maxPeople) }
            if let node = fields["attendance"] { note("\(path).attendance", node) }
            let features = idList(fields, "features", path: path)
            let language = optionalID(fields, "language", path: path)
            let trainers = idList(fields, "trainers", path: path)
            let pool = fields["pool"].flatMap { decodePool($0, path: path) }
            let repeats = fields["repeats"].flatMap(decodeRepeats)
            let sections = fields["sections"].flatMap { decodeSections($0, path: path) }
            let after = idList(fields, "after", path: path)
            let beforeIDs = idList(fields, "before", path: path)
            let sameDay = idList(fields, "same_day", path: path)
            let pin = fields["pin"].flatMap { decodePin($0, path: path) }
            let unavailable = fields["unavailable"].map { windowList($0, "unavailable", path: "\(path).unavailable", allowDate: true) } ?? []
            let venue = optionalID(fields, "venue", path: path)
            let locked = fields["locked"].flatMap { reader.bool($0, "locked") } ?? false
            let notes = optionalText(fields, "notes")
            guard let id, let title, let duration, log.errorTotal == before else { return nil }
            note(path, item)
            var session = Session(
                id: id, title: "", kind: kind, durationMinutes: duration,
                groups: groups, attendance: attendance, features: features, language: language,
                trainers: trainers, pool: pool, repeats: repeats, sections: sections, after: after,
                before: beforeIDs, sameDay: sameDay, pin: pin, unavailable: unavailable, venue: venue,
                locked: locked)
            session.localizedTitle = title
            session.localizedDescription = description
            session.localizedNotes = notes
            return session
        }
    }

    private func decodeKind(_ node: Node) -> SessionKind? {
        guard let text = reader.text(node, "kind") else { return nil }
        guard let kind = SessionKind(rawValue: text) else {
            log.error(
                "`kind` '\(NodeReader.shortened(text))' is not a session kind", at: node,
                hint: Suggestion.hint(for: text, in: SessionKind.allCases.map(\.rawValue), kind: "kinds"))
            return nil
        }
        return kind
    }

    private func decodePool(_ node: Node, path: String) -> TrainerPool? {
        guard let fields = reader.mapping(node, "`pool`", keys: Self.poolKeys) else { return nil }
        let count = fields.required("count", hint: "Say how many trainers to pick per occurrence, e.g. `count: 1`.")
            .flatMap { reader.int($0, "pool.count", in: 1...100) }
        let skills = idList(fields, "skills", path: "\(path).pool")
        let languages = idList(fields, "languages", path: "\(path).pool")
        let rotate = fields["rotate"].flatMap { reader.bool($0, "pool.rotate") } ?? false
        guard let count else { return nil }
        note("\(path).pool", node)
        return TrainerPool(count: count, skills: skills, languages: languages, rotate: rotate)
    }

    private func decodeRepeats(_ node: Node) -> Repeats? {
        guard let fields = reader.mapping(node, "`repeats`", keys: ["count", "min_days"]) else { return nil }
        let count = fields.required("count", hint: "Say how many meetings the course has, e.g. `count: 6`.")
            .flatMap { reader.int($0, "repeats.count", in: 1...Self.maxRepeats) }
        let minDays = fields["min_days"].flatMap { reader.int($0, "repeats.min_days", in: 1...Self.maxRepeats) }
        guard let count else { return nil }
        if let minDays, minDays > count, let minNode = fields["min_days"] {
            log.error(
                "`repeats.min_days` is \(minDays) but the course has only \(count) meetings", at: minNode,
                hint: "Use a `min_days` of at most `count` (\(count)).")
            return nil
        }
        return Repeats(count: count, minDays: minDays ?? 1)
    }

    private func decodeSections(_ node: Node, path: String) -> Sections? {
        guard let fields = reader.mapping(node, "`sections`", keys: ["max_size", "count"]) else { return nil }
        let maxSize = fields["max_size"].flatMap { reader.int($0, "sections.max_size", in: 1...Self.maxPeople) }
        let count = fields["count"].flatMap { reader.int($0, "sections.count", in: 1...Self.maxRepeats) }
        switch (fields["max_size"], fields["count"]) {
        case (_?, let countNode?):
            log.error(
                "`sections` has both `max_size` and `count`", at: countNode,
                hint: "Keep one: `max_size` splits into as many sections as needed, `count` into exactly that many.")
            return nil
        case (nil, nil):
            log.error(
                "`sections` needs `max_size` or `count`", at: node,
                hint: "Write `sections: {max_size: 30}` or `sections: {count: 3}`.")
            return nil
        default:
            note("\(path).sections", node)
            if let maxSize { return .maxSize(maxSize) }
            return count.map(Sections.count)
        }
    }

    private func decodePin(_ node: Node, path: String) -> Pin? {
        guard let fields = reader.mapping(node, "`pin`", keys: ["day", "start", "room"]) else { return nil }
        let day = fields["day"].flatMap { reader.date($0, "pin.day") }
        let start = fields["start"].flatMap { reader.time($0, "pin.start") }
        let room = optionalID(fields, "room", path: "\(path).pin")
        for key in ["day", "start"] { if let value = fields[key] { note("\(path).pin.\(key)", value) } }
        note("\(path).pin", node)
        return Pin(day: day, start: start, room: room)
    }
}
