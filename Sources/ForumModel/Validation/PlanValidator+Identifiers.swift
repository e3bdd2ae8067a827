extension PlanValidator {
    /// Ids are unique within their kind; room ids are unique across all venues.
    func checkIdentifiers() {
        duplicates(plan.venues.map(\.id), kind: "venue") { "venues[\($0)]" }
        var rooms: [(id: String, path: String)] = []
        for (v, venue) in plan.venues.enumerated() {
            for r in venue.rooms.indices { rooms.append((venue.rooms[r].id, "venues[\(v)].rooms[\(r)]")) }
        }
        var firstRoom: [String: String] = [:]
        for room in rooms {
            if let first = firstRoom[room.id] {
                error(
                    "duplicate room id '\(room.id)' (first defined at \(line(first)))", at: [room.path],
                    hint: "Room ids must be unique across all venues; rename one, e.g. '\(room.id)-2'.")
            } else {
                firstRoom[room.id] = room.path
            }
        }
        duplicates(plan.trainers.map(\.id), kind: "trainer") { "trainers[\($0)]" }
        duplicates(plan.groups.map(\.id), kind: "group") { "groups[\($0)]" }
        duplicates(plan.sessions.map(\.id), kind: "session") { "sessions[\($0)]" }
    }

    private func duplicates(_ ids: [String], kind: String, path: (Int) -> String) {
        var first: [String: Int] = [:]
        for (i, id) in ids.enumerated() {
            if let j = first[id] {
                error(
                    "duplicate \(kind) id '\(id)' (first defined at \(line(path(j))))", at: [path(i)],
                    hint: "Each \(kind) needs its own id; rename one of them or merge the two entries.")
            } else {
                first[id] = i
            }
        }
    }
}
