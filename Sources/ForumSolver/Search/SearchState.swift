import ForumModel

typealias P32 = UnsafeMutablePointer<Int32>

/// One schedule under search, scored incrementally.
///
/// Decisions: a start slot and a room per occurrence (-1 when unplaced) and a candidate per pool
/// slot (-1 when unfilled). `insert`, `remove` and `setPool` change one decision and keep
/// `hard`/`medium`/`soft` exact by updating flat counters per (room, slot), (trainer, slot),
/// (group, slot), aggregates per (group, day) and (trainer, day), and a roster of who is in each
/// slot. Constraints whose state is their own (series, loads) keep it in a `Tally` in their own
/// file under `Constraints/`, with its add, remove and peek deltas; the state calls them. A move is
/// a few of these calls, undone by the inverse calls.
/// `checkInvariants()` compares the running score with the full scorer.
final class SearchState {
    let problem: Problem
    /// Owns every buffer below and those of the constraint tallies.
    let arena = Arena()

    // Dimensions.
    let n: Int, slots: Int, perDay: Int, days: Int, boundaries: Int, rooms: Int, trainers: Int, groups: Int
    let venues: Int, series: Int, grid: Int

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
    let roomCap: P32, roomVenue: P32, travel: P32
    let trMinBreak: P32, trUnavailable: P32, trAvoid: P32
    let trNeedsGap: UnsafeMutablePointer<Bool>
    let groupHome: P32
    let boundaryKey: P32, slotBreak: P32, slotMinute: P32

    // Weights per term.
    let wRoom: LevelWeights, wCapacity: LevelWeights, wTrainer: LevelWeights, wUnavailable: LevelWeights
    let wGroup: LevelWeights, wOutside: LevelWeights, wCount: LevelWeights, wPrecedence: LevelWeights
    let wDaily: LevelWeights, wCompact: LevelWeights, wGaps: LevelWeights, wSpread: LevelWeights
    let wStability: LevelWeights, wVenue: LevelWeights, wAvoid: LevelWeights, wBalance: LevelWeights
    let wPopular: LevelWeights

    // Which terms can ever be non-zero.
    let useTrainerGap: Bool, useCompact: Bool, useGaps: Bool, useVenues: Bool

    // Decisions.
    let start: P32, room: P32, poolPick: P32

    // Counters and aggregates.
    let roomSlot: P32, trainerSlot: P32, groupSlot: P32, splitSlot: P32
    /// Sum of the occurrence indices in each (room, slot): the occupant itself when `roomSlot` is 1.
    let roomOccupants: P32
    let groupStartKey: P32, groupEndKey: P32
    let gdBase: P32, gdCap: P32, gdList: P32, gdCount: P32, gdIsolated: P32, gdIdle: P32, occGroupPos: P32
    /// Touch keys (start, end boundary keys) of each entry of `gdList`.
    let gdStartKey: P32, gdEndKey: P32
    let gvCount: P32, gdVenues: P32
    let tdGap: P32, tdBase: P32, tdCap: P32, tdList: P32, tdCount: P32, occTrainerPos: P32
    let slotHead: P32, nodeNext: P32, nodePrev: P32, nodeOcc: P32

    /// Constraints that keep their own incremental state (see their files in `Constraints/`).
    let continuity: TrainerContinuity.Tally, regularity: TimeRegularity.Tally, groupLoad: GroupDailyLoad.Tally
    let spread: SpreadOverDays.Tally, stability: RoomStability.Tally, balance: LoadBalance.Tally
    let dailyLoad: TrainerDailyLoad.Tally, popular: PopularInLargeRooms.Tally, precedence: Precedence.Tally
    let wContinuity: LevelWeights, wRegularity: LevelWeights, wGroupLoad: LevelWeights

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
        boundaries = p.grid.boundaryCount
        rooms = p.roomCount
        trainers = p.trainerCount
        groups = p.groupCount
        venues = p.venueCount
        series = p.seriesCount
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
        travel = a.copy(p.travel)
        trMinBreak = a.copy(p.trMinBreak)
        trUnavailable = a.copy(p.trUnavailablePrefix)
        trAvoid = a.copy(p.trAvoidPrefix)
        let anyTravel = p.travel.contains { $0 > 0 }
        trNeedsGap = a.copy(p.trMinBreak.map { $0 > 0 || anyTravel })
        groupHome = a.copy(p.groupHome)
        boundaryKey = a.copy(p.grid.boundaryKey)
        slotBreak = a.copy(p.grid.slotBreakMinutes)
        slotMinute = a.copy((0..<p.slotCount).map { Int32(p.grid.minuteOfDay(slot: $0)) })

        wRoom = p.weights(.roomDoubleBooked)
        wCapacity = p.weights(.roomCapacity)
        wTrainer = p.weights(.trainerDoubleBooked)
        wUnavailable = p.weights(.trainerUnavailable)
        wGroup = p.weights(.groupOverlap)
        wOutside = p.weights(.outsideHours)
        wCount = p.weights(.trainerCount)
        wPrecedence = p.weights(.precedence)
        wDaily = p.weights(.trainerDailyLoad)
        wCompact = p.weights(.groupCompactness)
        wGaps = p.weights(.groupGaps)
        wSpread = p.weights(.spreadOverDays)
        wStability = p.weights(.roomStability)
        wVenue = p.weights(.venueChanges)
        wAvoid = p.weights(.trainerPreferences)
        wBalance = p.weights(.loadBalance)
        wPopular = p.weights(.popularInLargeRooms)
        wContinuity = p.weights(.trainerContinuity)
        wRegularity = p.weights(.timeRegularity)
        wGroupLoad = p.weights(.groupDailyLoad)
        continuity = TrainerContinuity.Tally(p, weights: wContinuity, arena: a)
        regularity = TimeRegularity.Tally(p, weights: wRegularity, arena: a)
        groupLoad = GroupDailyLoad.Tally(p, weights: wGroupLoad, arena: a)
        spread = SpreadOverDays.Tally(p, weights: wSpread, arena: a)
        stability = RoomStability.Tally(p, weights: wStability, arena: a)
        balance = LoadBalance.Tally(p, weights: wBalance, arena: a)
        dailyLoad = TrainerDailyLoad.Tally(p, weights: wDaily, arena: a)
        popular = PopularInLargeRooms.Tally(p, weights: wPopular, arena: a)
        disruption = DisruptionCosts(p)

        useTrainerGap = wTrainer.isActive && p.trMinBreak.indices.contains { p.trMinBreak[$0] > 0 || anyTravel }
        useCompact = wCompact.isActive && p.groupCount > 0
        useGaps = wGaps.isActive && p.groupCount > 0
        useVenues = wVenue.isActive && p.groupCount > 0 && p.venueCount > 0

        let starts: P32 = a.make(n, -1)
        start = starts
        precedence = Precedence.Tally(p, weights: wPrecedence, starts: starts, arena: a)
        room = a.make(n, -1)
        poolPick = a.make(Int(poolOff.last!), -1)

        roomSlot = a.make(rooms * slots, 0)
        roomOccupants = a.make(rooms * slots, 0)
        trainerSlot = a.make(trainers * slots, 0)
        groupSlot = a.make(groups * slots, 0)
        splitSlot = a.make(p.splitRunCount * slots, 0)
        groupStartKey = a.make(groups * boundaries, 0)
        groupEndKey = a.make(groups * boundaries, 0)

        // Per (group, day) lists: room for every occurrence of the group on every day.
        var perGroup = [Int32](repeating: 0, count: p.groupCount)
        for o in 0..<p.occurrenceCount { for g in p.sesGroups[Int(p.occSession[o])] { perGroup[Int(g)] += 1 } }
        var base: [Int32] = [], total = 0
        for g in 0..<p.groupCount { base.append(Int32(total)); total += Int(perGroup[g]) * p.grid.dayCount }
        gdBase = a.copy(base)
        gdCap = a.copy(perGroup)
        gdList = a.make(total, -1)
        gdStartKey = a.make(total, 0)
        gdEndKey = a.make(total, 0)
        gdCount = a.make(groups * days, 0)
        gdIsolated = a.make(groups * days, 0)
        gdIdle = a.make(groups * days, 0)
        occGroupPos = a.make(Int(groupOff.last!), -1)
        gvCount = a.make(useVenues ? groups * days * venues : 0, 0)
        gdVenues = a.make(groups * days, 0)

        // Per (trainer, day) lists, only for trainers who need gaps between sessions.
        var perTrainer = [Int32](repeating: 0, count: p.trainerCount)
        if useTrainerGap {
            for o in 0..<p.occurrenceCount {
                let s = Int(p.occSession[o])
                for t in p.sesNamed[s] { perTrainer[Int(t)] += 1 }
                if p.sesPoolCount[s] > 0 { for t in p.sesPool[s] { perTrainer[Int(t)] += 1 } }
            }
        }
        base = []
        total = 0
        for t in 0..<p.trainerCount { base.append(Int32(total)); total += Int(perTrainer[t]) * p.grid.dayCount }
        tdBase = a.copy(base)
        tdCap = a.copy(perTrainer)
        tdList = a.make(total, -1)
        tdCount = a.make(trainers * days, 0)
        tdGap = a.make(trainers * days, 0)
        occTrainerPos = a.make(Int(trainerOff.last!), -1)


        slotHead = a.make(slots, -1)
        let nodeCount = Int(nodes.last!)
        nodeNext = a.make(nodeCount, -1)
        nodePrev = a.make(nodeCount, -1)
        var owner = [Int32](repeating: 0, count: nodeCount)
        for o in 0..<p.occurrenceCount { for k in Int(nodes[o])..<Int(nodes[o + 1]) { owner[k] = Int32(o) } }
        nodeOcc = a.copy(owner)

        // Everything starts unplaced: each occurrence is outside the hours for its whole duration.
        for o in 0..<n { charge(Int(sesMinutes[Int(occSession[o])]), wOutside) }
    }

    /// The score as a value.
    var score: Score { Score(hard: hard, medium: medium, soft: soft) }

    /// Adds `units` of a term with weights `w` to the running score.
    @inline(__always) func charge(_ units: Int, _ w: LevelWeights) {
        hard &+= units &* w.hard
        medium &+= units &* w.medium
        soft &+= units &* w.soft
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
}
