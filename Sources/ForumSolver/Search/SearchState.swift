import ForumModel

typealias P32 = UnsafeMutablePointer<Int32>

/// One schedule under search, scored incrementally.
///
/// Decisions: a start slot and a room per occurrence (-1 when unplaced) and a candidate per pool
/// slot (-1 when unfilled). `insert`, `remove` and `setPool` change one decision and keep
/// `hard`/`medium`/`soft` exact. The state keeps the placement and the shared occupancy indexes:
/// counters per (room, slot), (trainer, slot), (group, slot), lists per (group, day) and
/// (trainer, day), and a roster of who is in each slot; on them it counts the pairwise clashes
/// (double bookings, overlaps) and the static costs compiled into the problem. Every other
/// constraint keeps its own state in a `Tally` in its file under `Constraints/`, with its add,
/// remove and peek deltas; `tallies` lists them and says which change each one hears about. A move
/// is a few of these calls, undone by the inverse calls.
/// `checkInvariants()` compares the running score with the full scorer.
final class SearchState {
    let problem: Problem
    /// Owns every buffer below and those of the constraint tallies.
    let arena = Arena()

    // Dimensions.
    let n: Int, slots: Int, perDay: Int, days: Int, rooms: Int, trainers: Int, groups: Int, grid: Int

    // Static tables (copies of the problem's arrays; the dense session × slot and session × room
    // tables are the problem's own `SharedTable`s, read in place by every thread).
    let occSession: P32, occSize: P32, occSeries: P32, occSplitRun: P32
    /// Offsets (n + 1) into `occGroupPos`: one entry per (occurrence, group of its session).
    let occGroupOff: P32
    /// Offsets (n + 1) into `occTrainerPos`: one entry per (occurrence, trainer slot), named then pool.
    let occTrainerOff: P32
    /// Offsets (n + 1) into `poolPick`.
    let occPoolOff: P32
    /// Offsets (n + 1) of each occurrence's roster nodes (one per slot it covers).
    let nodeBase: P32
    let sesSlots: P32, sesMinutes: P32
    let sesGroupsOff: P32, sesGroups: P32, sesNamedOff: P32, sesNamed: P32
    let sesPoolCount: P32, sesPoolOff: P32, sesPool: P32
    let sesPoolCost: UnsafeMutablePointer<Cost3>, sesFixedCost: UnsafeMutablePointer<Cost3>
    let sesDomainOff: P32, sesDomain: P32, sesRoomsOff: P32, sesRooms: P32
    let sesTimeAllowed: UnsafeMutablePointer<Bool>, sesRoomAllowed: UnsafeMutablePointer<Bool>
    let sesTimeCost: UnsafeMutablePointer<Cost3>, sesRoomCost: UnsafeMutablePointer<Cost3>
    let roomCap: P32, roomVenue: P32
    let trUnavailable: P32, trAvoid: P32

    // Weights of the terms counted here, on the shared counters.
    let roomClash: LevelWeights, capacity: LevelWeights, trainerClash: LevelWeights, unavailable: LevelWeights
    let groupClash: LevelWeights, outsideHours: LevelWeights, trainerCount: LevelWeights, avoided: LevelWeights

    // Decisions.
    let start: P32, room: P32, poolPick: P32

    // Counters and aggregates.
    let roomSlot: P32, trainerSlot: P32, groupSlot: P32, splitSlot: P32
    /// Sum of the occurrence indices in each (room, slot): the occupant itself when `roomSlot` is 1;
    /// the same per (trainer, slot) and (group, slot).
    let roomOccupants: P32, trainerOccupants: P32, groupOccupants: P32
    let groupDays: DayLists, trainerDays: TrainerDayIndex
    let slotHead: P32, nodeNext: P32, nodePrev: P32, nodeOcc: P32

    /// Constraints that keep their own incremental state (see their files in `Constraints/`).
    let tallies: ConstraintTallies

    /// The running score.
    var hard = 0, medium = 0, soft = 0
    /// The re-planning term (nil without a baseline).
    let disruption: DisruptionCosts?

    init(_ p: Problem) {
        problem = p
        n = p.occurrenceCount
        slots = p.slotCount
        perDay = max(1, p.grid.slotsPerDay)
        days = p.grid.dayCount
        rooms = p.roomCount
        trainers = p.trainerCount
        groups = p.groupCount
        grid = p.grid.gridMinutes
        let a = arena

        occSession = a.copy(p.occSession)
        occSize = a.copy(p.occSize)
        occSeries = a.copy(p.occSeries)
        occSplitRun = a.copy(p.occSplitRun)
        var groupOff: [Int32] = [0], trainerOff: [Int32] = [0], poolOff: [Int32] = [0], nodes: [Int32] = [0]
        for o in 0..<p.occurrenceCount {
            let s = Int(p.occSession[o])
            groupOff.append(groupOff.last! + Int32(p.sesGroups.range(s).count))
            trainerOff.append(trainerOff.last! + Int32(p.sesNamed.range(s).count) + p.sesPoolCount[s])
            poolOff.append(poolOff.last! + p.sesPoolCount[s])
            nodes.append(nodes.last! + p.sesSlots[s])
        }
        occGroupOff = a.copy(groupOff)
        occTrainerOff = a.copy(trainerOff)
        occPoolOff = a.copy(poolOff)
        nodeBase = a.copy(nodes)
        sesSlots = a.copy(p.sesSlots)
        sesMinutes = a.copy(p.sesMinutes)
        sesGroupsOff = a.copy(p.sesGroups.offsets)
        sesGroups = a.copy(p.sesGroups.values)
        sesNamedOff = a.copy(p.sesNamed.offsets)
        sesNamed = a.copy(p.sesNamed.values)
        sesPoolCount = a.copy(p.sesPoolCount)
        sesPoolOff = a.copy(p.sesPool.offsets)
        sesPool = a.copy(p.sesPool.values)
        sesPoolCost = a.copy(p.sesPoolCost)
        sesFixedCost = a.copy(p.sesFixedCost)
        sesDomainOff = a.copy(p.sesDomain.offsets)
        sesDomain = a.copy(p.sesDomain.values)
        sesRoomsOff = a.copy(p.sesRooms.offsets)
        sesRooms = a.copy(p.sesRooms.values)
        sesTimeAllowed = p.sesTimeAllowed.base
        sesRoomAllowed = p.sesRoomAllowed.base
        sesTimeCost = p.sesTimeCost.base
        sesRoomCost = p.sesRoomCost.base
        roomCap = a.copy(p.roomCapacity)
        roomVenue = a.copy(p.roomPhysicalVenue)
        trUnavailable = a.copy(p.trUnavailablePrefix)
        trAvoid = a.copy(p.trAvoidPrefix)

        roomClash = p.weights(.roomDoubleBooked)
        capacity = p.weights(.roomCapacity)
        trainerClash = p.weights(.trainerDoubleBooked)
        unavailable = p.weights(.trainerUnavailable)
        groupClash = p.weights(.groupOverlap)
        outsideHours = p.weights(.outsideHours)
        trainerCount = p.weights(.trainerCount)
        avoided = p.weights(.trainerPreferences)
        disruption = DisruptionCosts(p)

        start = a.make(n, -1)
        room = a.make(n, -1)
        poolPick = a.make(Int(poolOff.last!), -1)

        roomSlot = a.make(rooms * slots, 0)
        roomOccupants = a.make(rooms * slots, 0)
        trainerSlot = a.make(trainers * slots, 0)
        trainerOccupants = a.make(trainers * slots, 0)
        groupSlot = a.make(groups * slots, 0)
        groupOccupants = a.make(groups * slots, 0)
        splitSlot = a.make(p.splitRunCount * slots, 0)
        groupDays = DayLists(
            owners: p.groupCount, days: p.grid.dayCount, slotOffsets: occGroupOff, occurrences: p.occurrenceCount, arena: a)
        // Trainers who need travel or break time between sessions are listed per day.
        let anyTravel = p.travel.contains { $0 > 0 }
        let gapsCount = trainerClash.isActive
        let needsGap = p.trMinBreak.map { gapsCount && ($0 > 0 || anyTravel) }
        trainerDays = TrainerDayIndex(p, needsGap: needsGap, occTrainerOff: occTrainerOff, arena: a)
        tallies = ConstraintTallies(
            p,
            index: SharedIndexes(
                start: start, room: room, occSession: occSession, groupSlot: groupSlot,
                groupDays: groupDays, trainerDays: trainerDays), arena: a)

        slotHead = a.make(slots, -1)
        let nodeCount = Int(nodes.last!)
        nodeNext = a.make(nodeCount, -1)
        nodePrev = a.make(nodeCount, -1)
        var owner = [Int32](repeating: 0, count: nodeCount)
        for o in 0..<p.occurrenceCount { for k in Int(nodes[o])..<Int(nodes[o + 1]) { owner[k] = Int32(o) } }
        nodeOcc = a.copy(owner)

        // Everything starts unplaced: each occurrence is outside the hours for its whole duration.
        for o in 0..<n { charge(Int(sesMinutes[Int(occSession[o])]), outsideHours) }
    }

    /// The score as a value.
    var score: Score { Score(hard: hard, medium: medium, soft: soft) }

    /// Adds `units` of a term with weights `w` to the running score.
    @inline(__always) func charge(_ units: Int, _ w: LevelWeights) {
        hard &+= units &* w.hard
        medium &+= units &* w.medium
        soft &+= units &* w.soft
    }

    /// Adds a change to the running score (`sign` +1 or -1).
    @inline(__always) func apply(_ d: ScoreDelta, _ sign: Int = 1) {
        hard &+= sign &* d.hard
        medium &+= sign &* d.medium
        soft &+= sign &* d.soft
    }

    /// Adds a static cost to the running score (`sign` +1 or -1).
    @inline(__always) func charge(_ c: Cost3, _ sign: Int) {
        hard &+= sign &* Int(c.hard)
        medium &+= sign &* Int(c.medium)
        soft &+= sign &* Int(c.soft)
    }

    /// The trainer in slot `j` of occurrence `o` (named ones first), -1 for an unfilled pool slot.
    @inline(__always) func trainer(_ o: Int, _ j: Int) -> Int {
        let s = Int(occSession[o])
        let named = Int(sesNamedOff[s + 1] - sesNamedOff[s])
        if j < named { return Int(sesNamed[Int(sesNamedOff[s]) + j]) }
        let pick = Int(poolPick[Int(occPoolOff[o]) + j - named])
        return pick < 0 ? -1 : Int(sesPool[Int(sesPoolOff[s]) + pick])
    }

    /// Number of trainer slots (named + pool) of occurrence `o`.
    @inline(__always) func trainerSlots(_ o: Int) -> Int { Int(occTrainerOff[o + 1] - occTrainerOff[o]) }

    /// Whether trainer `tr` leads occurrence `o` (named, or picked for one of its pool slots).
    @inline(__always) func hasTrainer(_ o: Int, _ tr: Int) -> Bool {
        for j in 0..<trainerSlots(o) where trainer(o, j) == tr { return true }
        return false
    }
}
