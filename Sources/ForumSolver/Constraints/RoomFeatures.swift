import ForumModel

/// room-features: an occurrence's room has every feature its session needs and lies in the
/// session's `venue`, when one is given.
///
/// Penalty: missing features, plus 1 for the wrong venue, per occurrence; a room the plan does not
/// know counts 1 plus every feature and venue it was asked for.
enum RoomFeatures: CatalogueRule {
    static let id = ConstraintID.roomFeatures

    /// Requirements of `session` that `room` (in venue `venue`) does not meet.
    static func misses(_ session: Session, room: Room, venue: String) -> Int {
        session.features.filter { !room.features.contains($0) }.count + (session.venue.map { $0 != venue ? 1 : 0 } ?? 0)
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        let rooms = v.problem.plan.rooms
        return v.placements.compactMap { p in
            let session = v.session(p)
            let sessions = [Explain.id(v.problem, p.occurrence)]
            guard let roomID = p.roomID else { return nil }
            guard let r = p.room else {
                return Finding(
                    units: 1 + session.features.count + (session.venue == nil ? 0 : 1),
                    message: "\(Explain.timed(v, p)) on \(p.date) is in room '\(roomID)', which is not in the plan",
                    sessions: sessions, rooms: [roomID], date: p.date, start: p.start, end: p.end)
            }
            let room = rooms[r]
            let venue = v.problem.roomVenueID[r]
            let missing = misses(session, room: room, venue: venue)
            guard missing > 0 else { return nil }
            var lacks: [String] = []
            let features = session.features.filter { !room.features.contains($0) }
            if !features.isEmpty { lacks.append("lacks " + features.map { "'\($0)'" }.joined(separator: ", ")) }
            if let wanted = session.venue, wanted != venue {
                let name = v.problem.plan.venues.first { $0.id == wanted }?.name ?? wanted
                lacks.append("is not at \(name)")
            }
            return Finding(
                units: missing,
                message: "\(Explain.timed(v, p)) on \(p.date) is in \(room.name), which \(lacks.joined(separator: " and "))",
                sessions: sessions, rooms: [room.id], date: p.date, start: p.start, end: p.end)
        }
    }
}
