extension PlanValidator {
    /// Pins name a forum day, a start on the grid within hours and clear of breaks, and a room that can hold the session.
    func checkPins() {
        let forum = plan.forum
        for (s, session) in plan.sessions.enumerated() {
            guard let pin = session.pin else { continue }
            let path = "sessions[\(s)].pin"
            if let day = pin.day, map.forumKnows("days"), !forum.days.contains(day) {
                let span = forum.days.count == 1 ? "\(forum.days[0])" : "\(forum.days.first!) … \(forum.days.last!)"
                error(
                    "session '\(session.id)' is pinned to \(day), which is not a forum day", at: ["\(path).day", path],
                    hint: "Pin it to one of the forum's days (\(span)), or add \(day) to `days`.")
            }
            if let start = pin.start, map.forumKnows("hours") {
                checkPinnedStart(start, day: pin.day, session: session, path: path)
            }
            if let roomID = pin.room, let room = plan.rooms.first(where: { $0.id == roomID }) {
                if let reason = whyRoomCannotHold(room, s) {
                    error(
                        "session '\(session.id)' is pinned to room '\(room.id)', which \(reason)", at: ["\(path).room", path],
                        hint: "Pin it to a room that can hold it, or remove `room` from the pin and let the solver choose.")
                }
            }
        }
    }

    private func checkPinnedStart(_ start: TimeOfDay, day: LocalDate?, session: Session, path: String) {
        let forum = plan.forum
        let at = ["\(path).start", path]
        let end = start.minutes + session.durationMinutes
        let endText = end <= 1440 ? "\(TimeOfDay(minutes: end)!)" : "after midnight"
        if start < forum.dayStart || end > forum.dayEnd.minutes {
            error(
                "session '\(session.id)' is pinned to start at \(start) and would run until \(endText), outside forum hours \(forum.dayStart)–\(forum.dayEnd)",
                at: at,
                hint:
                    "Pin a start between \(forum.dayStart) and \(TimeOfDay(minutes: max(forum.dayStart.minutes, forum.dayEnd.minutes - session.durationMinutes))!), or change `hours`."
            )
            return
        }
        if map.forumKnows("grid"), start.minutes % forum.gridMinutes != 0 {
            error(
                "session '\(session.id)' is pinned to start at \(start), which is not on the \(DurationText.format(forum.gridMinutes)) grid",
                at: at, hint: "Pin a start time that is a multiple of \(DurationText.format(forum.gridMinutes)) past the hour.")
        }
        guard map.forumKnows("breaks"), day != nil || map.forumKnows("days") else { return }
        let days = day.map { [$0] } ?? forum.days
        for window in forum.breaks where days.contains(where: window.applies(on:)) {
            if window.start.minutes < end, start < window.end {
                error(
                    "session '\(session.id)' is pinned to \(start)–\(endText), which overlaps the break \(window)",
                    at: at, hint: "Pin it to a time outside the breaks.")
                return
            }
        }
    }

    /// Why `room` cannot hold session number `s` (features, venue, capacity when hard), or nil when it can.
    func whyRoomCannotHold(_ room: Room, _ s: Int) -> String? {
        let session = plan.sessions[s]
        if let venue = session.venue, venueOfRoom[room.id] != venue {
            return "is not in the session's venue '\(venue)'"
        }
        let missing = session.features.filter { !room.features.contains($0) }
        if !missing.isEmpty, isHard(.roomFeatures) {
            return "lacks \(missing.map { "'\($0)'" }.joined(separator: ", "))"
        }
        let size = largestSize[s]
        if let capacity = room.capacity, capacity < size, isHard(.roomCapacity) {
            return "holds \(capacity) but \(size) people attend"
        }
        return nil
    }
}
