import ForumModel

/// popular-in-large-rooms: of two occurrences held at the same time, the one with more people is
/// not in the room with fewer seats (online rooms take no part).
///
/// Penalty: minutes the two overlap, per such inverted pair.
enum PopularInLargeRooms: CatalogueRule {
    static let id = ConstraintID.popularInLargeRooms

    /// Whether occurrence sizes and room capacities are inverted (a bigger one in a smaller room).
    @inline(__always) static func inverted(sizeA: Int32, capA: Int32, sizeB: Int32, capB: Int32) -> Bool {
        (sizeA > sizeB && capA < capB) || (sizeB > sizeA && capB < capA)
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        let seated = v.placements.indices.filter { i in
            v.placements[i].room.map { p.roomCapacity[$0] != Int32.max } ?? false
        }
        var out: [Finding] = []
        for (_, day) in v.byDate(seated) {
            for (x, i) in day.enumerated() {
                for j in day[(x + 1)...] {
                    var a = v.placements[i], b = v.placements[j]
                    let overlap = a.overlap(b)
                    let sizeA = p.occSize[a.occurrence], sizeB = p.occSize[b.occurrence]
                    let capA = p.roomCapacity[a.room!], capB = p.roomCapacity[b.room!]
                    guard overlap > 0, inverted(sizeA: sizeA, capA: capA, sizeB: sizeB, capB: capB) else { continue }
                    if sizeA < sizeB { swap(&a, &b) }
                    let big = p.occSize[a.occurrence], small = p.occSize[b.occurrence]
                    out.append(Finding(
                        units: overlap,
                        message: "\(Explain.place(v, a)) has \(big) people in \(p.roomCapacity[a.room!]) seats while \(Explain.place(v, b)) has \(small) in \(p.roomCapacity[b.room!]) on \(a.date): \(Explain.minutes(overlap)) at once",
                        sessions: [Explain.id(p, a.occurrence), Explain.id(p, b.occurrence)],
                        rooms: [a.roomID, b.roomID].compactMap { $0 }, date: a.date,
                        start: max(a.start, b.start), end: min(a.end, b.end)))
                }
            }
        }
        return out
    }
}
