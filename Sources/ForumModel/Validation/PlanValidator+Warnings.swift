extension PlanValidator {
    /// Things that are allowed but probably not meant: idle trainers, groups and rooms, untimed travel
    /// between towns, inflated attendance, zero weights on hard constraints.
    func checkWarnings() {
        if isComplete(.session) { checkIdleEntries() }
        checkTravelBetweenTowns()
        if isComplete(.group) { checkAttendance() }
        for (c, override) in plan.constraints.enumerated() where override.weight == 0 && plan.setting(for: override.id).level == .hard {
            warning(
                "constraint '\(override.id.rawValue)' is hard but has weight 0", at: ["constraints[\(c)].weight", "constraints[\(c)]"],
                hint: "A zero weight makes its violations count for nothing; use `level: off` to switch it off, or a positive weight.")
        }
    }

    private func checkIdleEntries() {
        var busy = Set(plan.sessions.flatMap(\.trainers))
        for candidates in poolCandidates { busy.formUnion(candidates?.map(\.id) ?? []) }
        let attending = Set(plan.sessions.flatMap(\.groups))
        for (t, trainer) in plan.trainers.enumerated() where !busy.contains(trainer.id) {
            warning(
                "trainer '\(trainer.id)' has no session to run", at: ["trainers[\(t)]"],
                hint: "Name them in a session's `trainers`, or give them the skills and languages a `pool` asks for.")
        }
        for (g, group) in plan.groups.enumerated() where !attending.contains(group.id) {
            warning(
                "group '\(group.id)' attends no session", at: ["groups[\(g)]"],
                hint: "List it in the `groups` of the sessions it attends, or remove it.")
        }
        for (v, venue) in plan.venues.enumerated() {
            for (r, room) in venue.rooms.enumerated() where !plan.sessions.indices.contains(where: { whyRoomCannotHold(room, $0) == nil }) {
                warning(
                    "no session can use room '\(room.id)'", at: ["venues[\(v)].rooms[\(r)]"],
                    hint: "Check its capacity and features against the sessions' needs, or remove it.")
            }
        }
    }

    private func checkAttendance() {
        for (s, session) in plan.sessions.enumerated() {
            guard let attendance = session.attendance, !session.groups.isEmpty else { continue }
            let sum = session.groups.reduce(0) { total, id in total + (plan.groups.first { $0.id == id }?.size ?? 0) }
            if attendance * 2 > sum * 3 {
                warning(
                    "session '\(session.id)' expects \(attendance) people, more than half again its groups' \(sum)",
                    at: ["sessions[\(s)].attendance", "sessions[\(s)]"],
                    hint: "Check `attendance`; leave it out to use the groups' total.")
            }
        }
    }

    private func checkTravelBetweenTowns() {
        let venues = plan.venues
        for (b, second) in venues.enumerated() {
            for first in venues[..<b] {
                guard let townA = first.town, let townB = second.town, townA != townB,
                    plan.travelMinutes(from: first.id, to: second.id) == 0
                else { continue }
                warning(
                    "venues '\(first.id)' (\(townA)) and '\(second.id)' (\(townB)) are in different towns but travel between them takes 0 minutes",
                    at: ["venues[\(b)]"],
                    hint: "Add `travel: [{between: [\(first.id), \(second.id)], time: …}]` so trainers get time to get there.")
            }
        }
    }
}
