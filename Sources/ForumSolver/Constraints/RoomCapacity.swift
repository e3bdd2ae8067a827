import ForumModel

/// room-capacity: an occurrence's people fit the seats of its room (online rooms have no limit).
///
/// Penalty: people over the room's capacity, per occurrence.
enum RoomCapacity: CatalogueRule {
    static let id = ConstraintID.roomCapacity

    /// People of an occurrence of `size` who have no seat in `room`.
    static func seatsOver(size: Int, room: Room) -> Int {
        guard !room.online, let capacity = room.capacity else { return 0 }
        return max(0, size - capacity)
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        v.placements.compactMap { p in
            guard let r = p.room else { return nil }
            let room = v.problem.plan.rooms[r]
            let size = Int(v.problem.occSize[p.occurrence])
            let over = seatsOver(size: size, room: room)
            guard over > 0 else { return nil }
            return Finding(
                units: over,
                message:
                    "\(Explain.timed(v, p)) on \(p.date) has \(size) people in \(room.name) with \(room.capacity ?? 0) seats: \(over) over capacity",
                sessions: [Explain.id(v.problem, p.occurrence)], rooms: [room.id], date: p.date, start: p.start, end: p.end)
        }
    }
}
