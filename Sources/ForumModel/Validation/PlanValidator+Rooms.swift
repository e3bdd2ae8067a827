extension PlanValidator {
    /// Some allowed room has every feature a session needs and (when `room-capacity` is hard) enough seats.
    func checkRooms() {
        guard isComplete(.venue, .room) else { return }
        for (s, session) in plan.sessions.enumerated() {
            let path = "sessions[\(s)]"
            let allowed = plan.venues.filter { session.venue == nil || $0.id == session.venue }.flatMap(\.rooms)
            guard !allowed.isEmpty else { continue } // an unknown venue is reported as a reference
            let equipped = allowed.filter { room in session.features.allSatisfy(room.features.contains) }
            if equipped.isEmpty {
                if isHard(.roomFeatures), !session.features.contains(where: { !map.isDeclared(.feature, $0) }) {
                    let whereText = session.venue.map { " in venue '\($0)'" } ?? ""
                    let absent = session.features.filter { feature in !allowed.contains { $0.features.contains(feature) } }
                    let listed = (absent.isEmpty ? session.features : absent).map { "'\($0)'" }.joined(separator: ", ")
                    let problem = absent.isEmpty ? "\(listed) together, which no room\(whereText) has" : "\(listed), which no room\(whereText) has"
                    let index = absent.first.flatMap { session.features.firstIndex(of: $0) } ?? 0
                    error(
                        "session '\(session.id)' needs \(problem)",
                        at: ["\(path).features[\(index)]", path],
                        hint: "Add the features to a room's `features`, or drop them from the session.")
                }
                continue
            }
            guard isHard(.roomCapacity) else { continue }
            let size = largestSize[s]
            if equipped.contains(where: { $0.capacity == nil || $0.capacity! >= size }) { continue }
            let largest = equipped.max { ($0.capacity ?? Int.max) < ($1.capacity ?? Int.max) }!
            let split = plan.sectionCount(of: session) > 1 ? " per section" : ""
            error(
                "session '\(session.id)' needs \(size) seats\(split), but the largest room it can use ('\(largest.id)') holds \(largest.capacity ?? 0)",
                at: ["\(path).attendance", "\(path).groups[0]", path],
                hint: "Split it with `sections: {max_size: \(largest.capacity ?? 1)}`, add a larger room, or make `room-capacity` soft.")
        }
    }

    /// The plan does not expand into more occurrences than the tools can handle.
    func checkSize() {
        let limit = 100_000
        var total = 0
        for (s, session) in plan.sessions.enumerated() {
            total += (session.repeats?.count ?? 1) * plan.sectionCount(of: session)
            if total > limit {
                error(
                    "the plan expands into more than \(limit) session occurrences (reached at session '\(session.id)')",
                    at: ["sessions[\(s)].sections", "sessions[\(s)]"],
                    hint: "Check `repeats.count` and `sections` for a typo; use larger `max_size` or fewer repeats.")
                return
            }
        }
    }
}
