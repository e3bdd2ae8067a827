import Yams

/// Turns a composed plan file into `Plan` values by hand, so every problem is reported at its node.
///
/// Entries with errors are left out of the plan (their ids are still remembered in the source map),
/// and decoding goes on, so one run reports every problem in the file.
final class PlanDecoder {
    let reader: NodeReader
    var map = PlanSourceMap()
    /// The forum's languages once `forum` is decoded (nil while unknown or when `languages` is broken),
    /// for checking the per-language texts of every entry.
    var forumLanguages: [Language]?
    var log: DiagnosticLog { reader.log }

    static let rootKeys = ["forum", "venues", "travel", "trainers", "groups", "sessions", "constraints"]

    init(log: DiagnosticLog) {
        reader = NodeReader(log: log)
    }

    /// Records the location of `node` under `path`.
    func note(_ path: String, _ node: Node) {
        map.note(path, log.location(of: node))
    }

    /// Decodes the whole file; the result is complete only when the log has no errors.
    func decode(_ node: Node) -> Plan? {
        guard let root = reader.mapping(node, "the plan file", keys: Self.rootKeys) else { return nil }
        let forumNode = root.required("forum", hint: "Start the file with a `forum:` section (id, title, time_zone, days, hours).")
        let forum = forumNode.map(decodeForum)
        if forumNode == nil { map.brokenForumFields.formUnion(Self.forumKeys) }
        let venues = root.required("venues", hint: "Add a `venues:` list with at least one room.").map(decodeVenues) ?? []
        let travel = root["travel"].map(decodeTravel) ?? []
        let trainers = root["trainers"].map(decodeTrainers) ?? []
        let groups = root["groups"].map(decodeGroups) ?? []
        let sessions = root.required("sessions", hint: "Add a `sessions:` list with at least one session.").map(decodeSessions) ?? []
        let constraints = root["constraints"].map(decodeConstraints) ?? []
        if root.has("venues"), !venues.isEmpty, venues.allSatisfy({ $0.rooms.isEmpty }), !log.hasErrors, let node = root["venues"] {
            log.error("the plan has no rooms", at: node, hint: "Give at least one venue a `rooms:` list.")
        }
        if root.has("sessions"), sessions.isEmpty, map.declared[.session] == nil, let node = root["sessions"] {
            log.error("the plan has no sessions", at: node, hint: "Add at least one session with id, title and duration.")
        }
        return Plan(
            forum: forum ?? Self.placeholderForum, venues: venues, travel: travel, trainers: trainers, groups: groups,
            sessions: sessions, constraints: constraints)
    }

    /// Reads the entries of a top-level list, calling `decode` with each entry's index in the result.
    func decodeList<T>(_ node: Node, _ what: String, kind: PlanSourceMap.Kind?, _ decode: (Node, Int) -> T?) -> [T] {
        guard let items = reader.list(node, what, example: "[{id: a, …}, {id: b, …}]") else {
            if let kind { map.leftOut[kind, default: 0] += 1 }
            return []
        }
        var result: [T] = []
        for item in items {
            if let value = decode(item, result.count) {
                result.append(value)
            } else if let kind {
                map.leftOut[kind, default: 0] += 1
            }
        }
        return result
    }

    /// Reads a list of ids into the plan, recording each one's location as `path[j]`.
    func idList(_ fields: MappingFields, _ key: String, path: String) -> [String] {
        guard let node = fields[key] else { return [] }
        let items = reader.ids(node, key)
        for (j, item) in items.enumerated() { note("\(path).\(key)[\(j)]", item.node) }
        return items.map(\.id)
    }

    /// Reads the `id` of an entry and declares it; nil (after an error) when missing or invalid.
    func entryID(_ fields: MappingFields, _ kind: PlanSourceMap.Kind) -> String? {
        guard let node = fields.required("id", hint: "Give every \(kind.rawValue) an `id:` (letters, digits, '-', '_', '.')."),
            let id = reader.id(node, "id")
        else { return nil }
        map.declare(kind, id)
        return id
    }
}
