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
            out.append(
                Finding(
                    units: rooms.count - 1,
                    message:
                        "\(v.seriesLabel(v.placements[list[0]].occurrence)) uses \(rooms.count) rooms (\(names.joined(separator: ", "))) across its meetings: \(rooms.count - 1) more than one",
                    sessions: list.map { Explain.id(p, v.placements[$0].occurrence) }, rooms: rooms))
        }
        return out
    }
}

extension RoomStability {
    /// The incremental part: per repeated series, its placed meetings per room and the rooms it
    /// uses. Functions return the change in penalty units.
    struct Tally {
        /// Whether any series is counted.
        let isActive: Bool
        let weights: LevelWeights
        private let rooms: Int
        private let counted: UnsafeMutablePointer<Bool>
        /// Placed meetings per (series, room), and rooms with at least one per series.
        private let meetingsInRoom: P32, roomsUsed: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(RoomStability.id)
            isActive = weights.isActive && p.seriesRepeats.contains(true)
            rooms = p.roomCount
            counted = arena.copy(p.seriesRepeats)
            meetingsInRoom = arena.make(isActive ? p.seriesCount * rooms : 0, 0)
            roomsUsed = arena.make(p.seriesCount, 0)
        }

        /// Whether series `sr` is counted.
        @inline(__always) func counts(_ sr: Int) -> Bool { isActive && counted[sr] }

        /// Counts a meeting of series `sr` in room `r`.
        @inline(__always) func add(_ sr: Int, _ r: Int) -> Int {
            meetingsInRoom[sr * rooms + r] += 1
            guard meetingsInRoom[sr * rooms + r] == 1 else { return 0 }
            roomsUsed[sr] += 1
            return roomsUsed[sr] > 1 ? 1 : 0
        }

        /// The inverse of `add`.
        @inline(__always) func remove(_ sr: Int, _ r: Int) -> Int {
            meetingsInRoom[sr * rooms + r] -= 1
            guard meetingsInRoom[sr * rooms + r] == 0 else { return 0 }
            roomsUsed[sr] -= 1
            return roomsUsed[sr] >= 1 ? -1 : 0
        }

        /// The change if a meeting of series `sr` moved from room `r0` to room `r`, changing nothing.
        @inline(__always) func peekMove(_ sr: Int, from r0: Int, to r: Int) -> Int {
            guard r != r0 else { return 0 }
            let before = Int(roomsUsed[sr])
            let after = before - (meetingsInRoom[sr * rooms + r0] == 1 ? 1 : 0) + (meetingsInRoom[sr * rooms + r] == 0 ? 1 : 0)
            return max(0, after - 1) - max(0, before - 1)
        }
    }
}
