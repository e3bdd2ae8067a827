import ForumModel

/// pinned: an occurrence keeps the day, start time and room its session is pinned to.
///
/// Penalty: 1 per pinned part (day, start, room) not kept, per occurrence.
enum Pinned: CatalogueRule {
    static let id = ConstraintID.pinned

    /// Pinned day and start not kept by a start at `start` minutes on `date`.
    static func timeMisses(_ pin: Pin?, date: LocalDate, start: Int) -> Int {
        guard let pin else { return 0 }
        return (pin.day.map { $0 != date ? 1 : 0 } ?? 0) + (pin.start.map { $0.minutes != start ? 1 : 0 } ?? 0)
    }

    /// 1 when a pinned room is not the room `room` (nil: no room).
    static func roomMisses(_ pin: Pin?, room: String?) -> Int {
        guard let wanted = pin?.room else { return 0 }
        return wanted == room ? 0 : 1
    }

    /// `2019-11-15 10:00 in room hall`, or the parts that are pinned.
    static func describe(_ pin: Pin?) -> String {
        guard let pin else { return "nothing" }
        var parts: [String] = []
        if let day = pin.day { parts.append(day.description) }
        if let start = pin.start { parts.append(start.description) }
        if let room = pin.room { parts.append("in room \(room)") }
        return parts.joined(separator: " ")
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        v.placements.compactMap { p in
            let pin = v.session(p).pin
            let misses = timeMisses(pin, date: p.date, start: p.start) + roomMisses(pin, room: p.roomID)
            guard misses > 0 else { return nil }
            return Finding(
                units: misses,
                message: "\(Explain.place(v, p)) on \(p.date) is pinned to \(describe(pin))",
                sessions: [Explain.id(v.problem, p.occurrence)], rooms: [p.roomID].compactMap { $0 }, date: p.date,
                start: p.start, end: p.end)
        }
    }
}
