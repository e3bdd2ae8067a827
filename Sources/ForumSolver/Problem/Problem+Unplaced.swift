import ForumModel

extension Problem {
    /// Whether occurrence `o` has at least one start and one room to be placed at.
    func isPlaceable(_ o: Int) -> Bool {
        let s = Int(occSession[o])
        return !sesDomain.range(s).isEmpty && !sesRooms.range(s).isEmpty
    }

    /// Why occurrence `o` has no place at all, in words.
    func unplacedReason(_ o: Int) -> String {
        let s = Int(occSession[o])
        let session = plan.sessions[s]
        if grid.dayCount == 0 { return "the forum has no days" }
        if roomCount == 0 { return "the plan has no rooms" }
        if Int(sesSlots[s]) > grid.slotsPerDay {
            return "it lasts \(DurationText.format(session.durationMinutes)) but a forum day (\(Explain.span(grid.dayStart, grid.dayEnd))) is shorter"
        }
        return "no start time and room were found for it"
    }
}
