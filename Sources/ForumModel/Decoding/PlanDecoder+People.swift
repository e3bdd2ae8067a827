import Yams

extension PlanDecoder {
    static let trainerKeys = [
        "id", "name", "email", "languages", "skills", "availability", "unavailable",
        "busy_calendars", "avoid", "home_venue", "max_daily_load", "min_break"
    ]
    static let groupKeys = ["id", "name", "size", "home_venue", "max_daily_load"]

    func decodeTrainers(_ node: Node) -> [Trainer] {
        decodeList(node, "trainers", kind: .trainer) { item, t in
            let path = "trainers[\(t)]"
            guard let fields = reader.mapping(item, "a trainer", keys: Self.trainerKeys, entryKind: "trainer") else { return nil }
            let before = log.errorTotal
            let id = entryID(fields, .trainer)
            let name = fields.required("name").flatMap { localizedText($0, "name", owner: fields.what) }
            var email: String? = nil
            if let node = fields["email"], let text = reader.text(node, "email") {
                if text.contains("@"), !text.contains(" ") {
                    email = text
                } else {
                    log.error(
                        "`email` \(NodeReader.describe(node)) is not an e-mail address", at: node,
                        hint: "Write an address like name@example.kz, or leave `email` out.")
                }
            }
            let languages = idList(fields, "languages", path: path)
            let skills = idList(fields, "skills", path: path)
            languages.forEach { map.declare(.language, $0) }
            skills.forEach { map.declare(.skill, $0) }
            let availability = fields["availability"].map { windowList($0, "availability", path: "\(path).availability") } ?? []
            let unavailable = fields["unavailable"].map { windowList($0, "unavailable", path: "\(path).unavailable", allowDate: true) } ?? []
            let avoid = fields["avoid"].map { windowList($0, "avoid", path: "\(path).avoid") } ?? []
            var calendars: [String] = []
            if let node = fields["busy_calendars"], let items = reader.list(node, "busy_calendars", example: "[../calendars/name-busy.ics]") {
                for item in items {
                    guard let text = reader.text(item, "busy_calendars") else { continue }
                    note("\(path).busy_calendars[\(calendars.count)]", item)
                    calendars.append(text)
                }
            }
            let homeVenue = optionalID(fields, "home_venue", path: path)
            let maxLoad = fields["max_daily_load"].flatMap { reader.duration($0, "max_daily_load", maxMinutes: 24 * 60) }
            let minBreak = fields["min_break"].flatMap { minutesOrZero($0, "min_break") } ?? 0
            guard let id, let name, log.errorTotal == before else { return nil }
            note(path, item)
            var trainer = Trainer(
                id: id, name: "", email: email, languages: languages, skills: skills,
                availability: availability, unavailable: unavailable, busyCalendars: calendars, avoid: avoid,
                homeVenue: homeVenue, maxDailyMinutes: maxLoad, minBreakMinutes: minBreak)
            trainer.localizedName = name
            return trainer
        }
    }

    func decodeGroups(_ node: Node) -> [ParticipantGroup] {
        decodeList(node, "groups", kind: .group) { item, g in
            let path = "groups[\(g)]"
            guard let fields = reader.mapping(item, "a group", keys: Self.groupKeys, entryKind: "group") else { return nil }
            let before = log.errorTotal
            let id = entryID(fields, .group)
            let name = optionalText(fields, "name")
            let size = fields.required("size", hint: "Add `size: <number of people>`.")
                .flatMap { reader.int($0, "size", in: 1...Self.maxPeople) }
            let homeVenue = optionalID(fields, "home_venue", path: path)
            let maxLoad = fields["max_daily_load"].flatMap { reader.duration($0, "max_daily_load", maxMinutes: 24 * 60) }
            guard let id, let size, log.errorTotal == before else { return nil }
            note(path, item)
            var group = ParticipantGroup(id: id, name: id, size: size, homeVenue: homeVenue, maxDailyMinutes: maxLoad)
            if let name { group.localizedName = name }
            return group
        }
    }

    /// Reads an optional id-valued key, recording its location as `path.key`.
    func optionalID(_ fields: MappingFields, _ key: String, path: String) -> String? {
        guard let node = fields[key], let id = reader.id(node, key) else { return nil }
        note("\(path).\(key)", node)
        return id
    }

    /// Reads a duration that may also be zero (`0`, `0m`).
    func minutesOrZero(_ node: Node, _ what: String) -> Int? {
        if let text = node.scalar?.string, ["0", "0m", "0h"].contains(text) { return 0 }
        return reader.duration(node, what, maxMinutes: 24 * 60)
    }
}
