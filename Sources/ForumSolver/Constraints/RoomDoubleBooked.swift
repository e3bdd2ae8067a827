import ForumModel

/// room-double-booked: a room holds at most one occurrence at a time (an online room is one link,
/// so it counts too).
///
/// Penalty: minutes of overlap, for every pair of occurrences in the same room.
enum RoomDoubleBooked: CatalogueRule {
    static let id = ConstraintID.roomDoubleBooked

    static func findings(in v: ScheduleView) -> [Finding] {
        var byRoom: [String: [Int]] = [:]
        for (i, p) in v.placements.enumerated() { if let r = p.roomID { byRoom[r, default: []].append(i) } }
        var out: [Finding] = []
        for room in byRoom.keys.sorted() {
            let list = byRoom[room]!
            for (x, i) in list.enumerated() {
                for j in list[(x + 1)...] {
                    let a = v.placements[i], b = v.placements[j]
                    let overlap = a.overlap(b)
                    guard overlap > 0 else { continue }
                    out.append(
                        Finding(
                            units: overlap,
                            message:
                                "\(Explain.room(v, a)) holds \(Explain.timed(v, a)) and \(Explain.timed(v, b)) on \(a.date): \(Explain.minutes(overlap)) overlap",
                            sessions: [Explain.id(v.problem, a.occurrence), Explain.id(v.problem, b.occurrence)],
                            rooms: [room], date: a.date, start: max(a.start, b.start), end: min(a.end, b.end)))
                }
            }
        }
        return out
    }
}
