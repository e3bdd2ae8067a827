import ForumModel

/// Candidate rooms of every session and their static costs.
///
/// A room is left out when a hard constraint that depends only on the room would be broken:
/// room-capacity (by the smallest section), room-features (features and the session's venue),
/// pinned (a pinned room). A session left with no room falls back to every room.
struct SessionRooms {
    /// Allowed rooms per session.
    var candidates: [[Int32]] = []
    /// `session * roomCount + room` → allowed.
    var allowed: [Bool]
    /// `session * roomCount + room` → weighted static cost (capacity excluded).
    var costs: [Cost3]
    /// Sessions that no room can hold under the hard constraints.
    var notes: [Infeasibility] = []

    init(plan: Plan, rooms: [Room], roomVenue: [String], weights: [LevelWeights], minSize: [Int]) {
        let roomCount = rooms.count
        allowed = [Bool](repeating: false, count: plan.sessions.count * roomCount)
        costs = [Cost3](repeating: .zero, count: plan.sessions.count * roomCount)
        let capacityW = weights[ConstraintID.roomCapacity.catalogueIndex]
        let featuresW = weights[ConstraintID.roomFeatures.catalogueIndex]
        let pinnedW = weights[ConstraintID.pinned.catalogueIndex]

        // Each distinct demand (features, venue, pinned room, smallest section) is matched against the
        // rooms once: a rollout has thousands of sessions but a few dozen kinds.
        var byDemand: [RoomDemand: (list: [Int32], costs: [Cost3], ruledOut: [ConstraintID: Int])] = [:]
        for (s, session) in plan.sessions.enumerated() {
            let demand = RoomDemand(features: session.features, venue: session.venue, pinnedRoom: session.pin?.room, size: minSize[s])
            if byDemand[demand] == nil {
                var list: [Int32] = [], row: [Cost3] = []
                var ruledOut: [ConstraintID: Int] = [:]
                for (r, room) in rooms.enumerated() {
                    let over = RoomCapacity.seatsOver(size: minSize[s], room: room)
                    let missing = RoomFeatures.misses(session, room: room, venue: roomVenue[r])
                    let pin = Pinned.roomMisses(session.pin, room: room.id)
                    var cost = Cost3.zero
                    cost.add(missing, featuresW)
                    cost.add(pin, pinnedW)
                    row.append(cost)
                    if over > 0 && capacityW.hard > 0 {
                        ruledOut[.roomCapacity, default: 0] += 1
                    } else if missing > 0 && featuresW.hard > 0 {
                        ruledOut[.roomFeatures, default: 0] += 1
                    } else if pin > 0 && pinnedW.hard > 0 {
                        ruledOut[.pinned, default: 0] += 1
                    } else {
                        list.append(Int32(r))
                    }
                }
                byDemand[demand] = (list, row, ruledOut)
            }
            let match = byDemand[demand]!
            var list = match.list
            for r in 0..<roomCount { costs[s * roomCount + r] = match.costs[r] }
            if list.isEmpty {
                list = (0..<roomCount).map { Int32($0) }
                notes.append(Self.note(session: session, size: minSize[s], rooms: roomCount, ruledOut: match.ruledOut))
            }
            for r in list { allowed[s * roomCount + Int(r)] = true }
            candidates.append(list)
        }
    }

    /// What a session asks of its rooms.
    private struct RoomDemand: Hashable {
        var features: [String]
        var venue: String?
        var pinnedRoom: String?
        var size: Int
    }

    private static func note(session: Session, size: Int, rooms: Int, ruledOut: [ConstraintID: Int]) -> Infeasibility {
        if rooms == 0 {
            return Infeasibility(
                constraint: .roomFeatures, message: "'\(session.title)' cannot be placed: the plan has no rooms.",
                sessions: [session.id])
        }
        var parts: [String] = []
        if let n = ruledOut[.roomCapacity] { parts.append("room-capacity rules out \(n) (needs \(size) seats)") }
        if let n = ruledOut[.roomFeatures] {
            var needs = session.features.map { "'\($0)'" }
            if let venue = session.venue { needs.append("venue \(venue)") }
            parts.append("room-features rules out \(n) (needs \(needs.joined(separator: ", ")))")
        }
        if let n = ruledOut[.pinned] { parts.append("pinned rules out \(n) (pinned to room \(session.pin?.room ?? ""))") }
        let main = [ConstraintID.roomCapacity, .roomFeatures, .pinned].max { (ruledOut[$0] ?? 0) < (ruledOut[$1] ?? 0) }!
        return Infeasibility(
            constraint: main,
            message:
                "No room can hold '\(session.title)': of \(rooms) rooms, \(parts.joined(separator: ", ")). It is placed anyway and the conflict is reported.",
            sessions: [session.id])
    }
}
