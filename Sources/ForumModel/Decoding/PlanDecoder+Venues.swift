import Yams

extension PlanDecoder {
    static let venueKeys = ["id", "name", "town", "address", "rooms"]
    static let roomKeys = ["id", "name", "capacity", "features", "online"]
    /// Largest number accepted for sizes and capacities.
    static let maxPeople = 1_000_000

    func decodeVenues(_ node: Node) -> [Venue] {
        decodeList(node, "venues", kind: .venue) { item, v in
            guard let fields = reader.mapping(item, "a venue", keys: Self.venueKeys, entryKind: "venue") else { return nil }
            let id = entryID(fields, .venue)
            let name = optionalText(fields, "name")
            let town = optionalText(fields, "town")
            let address = optionalText(fields, "address")
            var rooms: [Room] = []
            if let roomsNode = fields["rooms"], let items = reader.list(roomsNode, "rooms", example: "[{id: hall, capacity: 300}]") {
                for roomNode in items {
                    if let room = decodeRoom(roomNode, path: "venues[\(v)].rooms[\(rooms.count)]") {
                        rooms.append(room)
                    } else {
                        map.leftOut[.room, default: 0] += 1
                    }
                }
            }
            guard let id else {
                map.leftOut[.room, default: 0] += 1
                return nil
            }
            note("venues[\(v)]", item)
            var venue = Venue(id: id, name: id, rooms: rooms)
            if let name { venue.localizedName = name }
            venue.localizedTown = town
            venue.localizedAddress = address
            return venue
        }
    }

    private func decodeRoom(_ node: Node, path: String) -> Room? {
        guard let fields = reader.mapping(node, "a room", keys: Self.roomKeys, entryKind: "room") else { return nil }
        let id = entryID(fields, .room)
        let name = optionalText(fields, "name")
        let online = fields["online"].flatMap { reader.bool($0, "online") } ?? false
        let features = idList(fields, "features", path: path)
        features.forEach { map.declare(.feature, $0) }
        var capacity: Int? = nil
        if let capacityNode = fields["capacity"] {
            capacity = reader.int(capacityNode, "capacity", in: 1...Self.maxPeople)
            if capacity == nil { return nil }
            note("\(path).capacity", capacityNode)
        } else if !online {
            log.error(
                "room '\(id ?? "?")' has no `capacity`", at: node,
                hint: "Add `capacity: <seats>`, or `online: true` for a virtual room with no seat limit.")
            return nil
        }
        guard let id else { return nil }
        note(path, node)
        var room = Room(id: id, name: id, capacity: capacity, features: features, online: online)
        if let name { room.localizedName = name }
        return room
    }

    func decodeTravel(_ node: Node) -> [TravelTime] {
        decodeList(node, "travel", kind: nil) { item, t in
            guard let fields = reader.mapping(item, "a travel entry", keys: ["between", "time"]) else { return nil }
            var ends: [String] = []
            if let between = fields.required("between", hint: "Write `between: [venue-a, venue-b]`."),
                let items = reader.list(between, "between", example: "[venue-a, venue-b]")
            {
                if items.count != 2 {
                    log.error(
                        "`between` lists \(items.count) venues; it needs exactly two", at: between,
                        hint: "Write one entry per pair of venues: `{between: [a, b], time: 30m}`.")
                    return nil
                }
                for (j, end) in items.enumerated() {
                    guard let id = reader.id(end, "between") else { continue }
                    note("travel[\(t)].between[\(j)]", end)
                    ends.append(id)
                }
            }
            let minutes = fields.required("time", hint: "Write how long the trip takes, e.g. `time: 30m`.")
                .flatMap { reader.duration($0, "time", maxMinutes: 24 * 60) }
            guard ends.count == 2, let minutes else { return nil }
            if ends[0] == ends[1], let between = fields["between"] {
                log.error(
                    "`between` names venue '\(ends[0])' twice", at: between,
                    hint: "Travel within one venue is always 0; name two different venues.")
                return nil
            }
            note("travel[\(t)]", item)
            return TravelTime(from: ends[0], to: ends[1], minutes: minutes)
        }
    }
}
