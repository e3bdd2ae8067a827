import ForumModel

/// A published schedule compiled against a problem: where each occurrence was, who ran it, and
/// whether it may move. Built by ``Problem/init(plan:baseline:lockBefore:)``.
struct Replan: Sendable {
    /// The published schedule.
    let baseline: Schedule
    /// Baseline assignment per occurrence (matched by occurrence id), nil for new occurrences.
    let assignment: [Assignment?]
    /// Baseline start slot per occurrence, -1 when none or off the grid.
    let start: [Int32]
    /// Baseline room per occurrence, -1 when none or not in the plan.
    let room: [Int32]
    /// Baseline trainers per occurrence (plan indices; unknown ids dropped).
    let trainers: FlatLists
    /// Baseline pool picks (candidate positions in `sesPool`, -1 unfilled), parallel to the search's pool slots.
    let poolPicks: [[Int32]]
    /// People whose calendars an occurrence's change touches: its attendance plus its trainers (at least 1).
    let people: [Int32]
    /// Occurrences that keep their baseline time, room and trainers.
    let locked: [Bool]

    /// Whether baseline occurrence `o` had trainer `tr`.
    func hadTrainer(_ o: Int, _ tr: Int) -> Bool { trainers[o].contains(Int32(tr)) }
}

/// Why a re-planning problem cannot be built.
public enum ReplanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A locked occurrence has no assignment in the baseline to keep.
    case lockedWithoutBaseline(occurrence: String)
    /// A locked occurrence's baseline place cannot be kept (off the grid, unknown room, or a hard
    /// violation among locked occurrences alone).
    case lockedImpossible(occurrence: String, reason: String)

    public var description: String {
        switch self {
        case .lockedWithoutBaseline(let o):
            return "occurrence '\(o)' is locked but the baseline schedule does not place it; unlock it or add it to the baseline"
        case .lockedImpossible(let o, let reason):
            return
                "locked occurrence '\(o)' cannot keep its baseline place: \(reason); unlock it (remove `locked: true` or move --lock-before earlier) or fix the plan"
        }
    }
}

extension Problem {
    /// Compiles `plan` for re-planning from `baseline`: every change to a baseline occurrence's time,
    /// room or trainers costs `disruption` (medium by default), the search starts from the baseline,
    /// and sessions marked `locked` (or occurrences starting before `lockBefore`) never move.
    /// - Throws: ``ReplanError`` when a locked occurrence cannot keep its baseline place.
    public init(plan: Plan, baseline: Schedule, lockBefore: (date: LocalDate, time: TimeOfDay)? = nil) throws {
        self.init(plan)
        var byID: [OccurrenceID: Assignment] = [:]
        for a in baseline.assignments where byID[a.id] == nil { byID[a.id] = a }
        let assignment = occurrences.map { byID[$0.id] }
        let lockInstant = lockBefore.map { $0.date.daysSinceEpoch * 1440 + $0.time.minutes }
        var start: [Int32] = [], room: [Int32] = [], trainers: [[Int32]] = [], picks: [[Int32]] = []
        var people: [Int32] = [], locked: [Bool] = []
        for (o, occurrence) in occurrences.enumerated() {
            let s = Int(occSession[o])
            let a = assignment[o]
            let slot = a.flatMap { a in grid.dayIndex(of: a.date).flatMap { grid.slot(day: $0, minute: a.start.minutes) } }
            start.append(Int32(slot ?? -1))
            room.append(Int32(a?.room.flatMap { roomIndex[$0] } ?? -1))
            let known = (a?.trainers ?? []).compactMap { trainerIndex[$0] }
            trainers.append(known.map(Int32.init))
            let candidates = Array(sesPool[s])
            var pick: [Int32] = known.compactMap { t in candidates.firstIndex(of: Int32(t)).map(Int32.init) }
            pick = Array(pick.prefix(Int(sesPoolCount[s])))
            pick += [Int32](repeating: -1, count: Int(sesPoolCount[s]) - pick.count)
            picks.append(pick)
            people.append(max(1, occSize[o] + Int32(sesNamed.range(s).count) + sesPoolCount[s]))
            let early = a.map { a in lockInstant.map { a.date.daysSinceEpoch * 1440 + a.start.minutes < $0 } ?? false } ?? false
            let isLocked = plan.sessions[occurrence.sessionIndex].locked || early
            if isLocked && a == nil { throw ReplanError.lockedWithoutBaseline(occurrence: occurrence.id.description) }
            locked.append(isLocked)
        }
        replan = Replan(
            baseline: baseline, assignment: assignment, start: start, room: room,
            trainers: FlatLists(trainers), poolPicks: picks, people: people, locked: locked)
        try checkLocked()
    }

    /// The occurrences that keep their baseline place (empty without a baseline).
    public var lockedOccurrences: [OccurrenceID] {
        guard let replan else { return [] }
        return occurrences.indices.filter { replan.locked[$0] }.map { occurrences[$0].id }
    }

    /// Whether occurrence `o` is locked to its baseline place.
    func isLocked(_ o: Int) -> Bool { replan?.locked[o] ?? false }

    /// Throws when a locked occurrence's baseline place is off the grid, in an unknown room, or
    /// breaks a hard constraint together with the other locked occurrences alone.
    private func checkLocked() throws {
        guard let replan else { return }
        let lockedIDs = Set(occurrences.indices.filter { replan.locked[$0] }.map { occurrences[$0].id.description })
        guard !lockedIDs.isEmpty else { return }
        for o in occurrences.indices where replan.locked[o] {
            let id = occurrences[o].id.description
            if replan.start[o] < 0 {
                throw ReplanError.lockedImpossible(occurrence: id, reason: "its baseline start is not on a forum day's time grid")
            }
            let t = Int(replan.start[o]), len = Int(sesSlots[Int(occSession[o])])
            if t + len > slotCount || grid.day(ofSlot: t) != grid.day(ofSlot: t + len - 1) {
                throw ReplanError.lockedImpossible(occurrence: id, reason: "it would run past the end of the day's hours")
            }
            if replan.room[o] < 0 {
                throw ReplanError.lockedImpossible(occurrence: id, reason: "its baseline room is not in the plan")
            }
        }
        let lockedOnly = Schedule(
            forumID: replan.baseline.forumID,
            assignments: occurrences.indices.filter { replan.locked[$0] }.compactMap { replan.assignment[$0] })
        for v in evaluate(lockedOnly, against: self).violations where v.level == .hard {
            guard !v.sessions.isEmpty, v.sessions.allSatisfy(lockedIDs.contains) else { continue }
            throw ReplanError.lockedImpossible(occurrence: v.sessions[0], reason: v.message)
        }
    }
}
