import ForumModel

/// room-stability: all meetings of a repeated session (each section separately) use one room.
///
/// Penalty: distinct rooms used minus one, per series.
enum RoomStability: CatalogueRule {
    static let id = ConstraintID.roomStability

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for (s, list) in v.bySeries().enumerated() where p.seriesRepeats[s] {
            var rooms: [String] = []
            for i in list { if let r = v.placements[i].roomID, !rooms.contains(r) { rooms.append(r) } }
            guard rooms.count > 1 else { continue }
            let names = rooms.map { id in p.roomIndex[id].map { p.plan.rooms[$0].name } ?? "'\(id)'" }
            out.append(Finding(
                units: rooms.count - 1,
                message: "\(v.seriesLabel(v.placements[list[0]].occurrence)) uses \(rooms.count) rooms (\(names.joined(separator: ", "))) across its meetings: \(rooms.count - 1) more than one",
                sessions: list.map { Explain.id(p, v.placements[$0].occurrence) }, rooms: rooms))
        }
        return out
    }
}
