import Foundation
import ForumModel

/// One search thread: a state, its own random stream, its best schedule and the annealing loop.
///
/// Moves are recorded as a list of placement changes and a list of pool changes so that every
/// move kind is applied, undone and redone the same way.
///
/// The fields read or changed on every move (`rng`, the temperatures, the occurrence lists, the
/// scratch of chains and rebuilds) are `@exclusivity(unchecked)`: a worker belongs to one thread and
/// no move holds one of them across a call that could reach it again, so the runtime's exclusivity
/// checks (`swift_beginAccess`, 5–6 % of a profile on ITC-2007) only cost time.
final class SearchWorker {
    let problem: Problem
    let state: SearchState
    let index: Int
    @exclusivity(unchecked) var rng: Xoshiro
    let fullAssert: Bool

    /// Best score seen and its decisions (stale while `atBest`: then the current state is the best).
    private(set) var bestScore: Score
    private var bestDecisions: Decisions
    private var atBest = false
    /// Moves evaluated so far (construction included).
    var moves = 0
    /// Seconds from `origin` until the best was found.
    private(set) var bestTime = 0.0
    /// Every new best: seconds from `origin`, hard score and medium·1000 + soft (for the time to near the final best).
    private(set) var bestHistory: [(time: Double, hard: Int, soft: Int)] = []
    /// Seconds from `origin` until the state first had no hard violation (nil: not yet).
    private(set) var firstFeasibleTime: Double?
    /// Seconds from `origin` until the first schedule was built (construction or repaired baseline; nil: not yet).
    private(set) var firstScheduleTime: Double?
    /// Process CPU seconds (all threads) at `firstFeasibleTime` and at `firstScheduleTime`.
    private(set) var firstFeasibleCPU: Double?, firstScheduleCPU: Double?
    /// When the solver started.
    let origin: ContinuousClock.Instant
    /// The first difference between incremental and full score (only with `fullAssert`).
    private(set) var invariantFailure: String?

    /// Temperature for soft (and medium) worsenings.
    @exclusivity(unchecked) var annealing = Annealing(initial: 1, final: 1)
    /// While the soft temperature is above `dayStructureUntil`, the acceptance test counts the
    /// state's `dayStructure` (single group days, days series lack) twice: hot moves scatter the
    /// meetings within days, which hides what the days hold, and once cold the search can no longer
    /// change which days those are (see docs/solver.md, "Day structure while hot").
    var emphasizesDayStructure = false
    /// The temperature at which day structure counts once again: a fixed part of the start
    /// temperature (infinite where groups meet less than twice a day: see `calibrate`).
    var dayStructureUntil = 0.0
    /// Temperature for hard worsenings while the schedule is still infeasible (a feasible one stays
    /// feasible). It cools over `hardSpan` moves, independently of the time limit, and heats up
    /// again when the hard score has not reached a new low for `hardSpan` moves after that; each
    /// reheat that follows a cooling without a new record starts twice as hot (up to `maxHardHeat`)
    /// and still cools to the calibrated end, so every cooling can settle.
    @exclusivity(unchecked) var hardAnnealing = Annealing(initial: 1, final: 1)
    /// The calibrated start and end temperatures of a hard cooling (reheating multiplies the start).
    var hardRange = (start: 1.0, end: 1.0)
    /// The current multiplier of `hardRange.start`, and its upper bound.
    var hardHeat = 1.0, maxHardHeat = 100.0
    /// Moves of one hard cooling, and of the wait for a new low before reheating.
    var hardSpan = 1 << 14
    /// The move count when the current hard cooling began.
    var hardCycleStart = 0
    /// The lowest hard score since the current hard cooling began, and the move count when it was reached.
    var hardLow = Int.max, hardLowAt = 0
    /// The lowest hard score so far, and the move count when it was reached.
    var hardRecord = Int.max, hardRecordAt = 0
    /// Placed occurrences that are not locked, the only ones moves touch.
    @exclusivity(unchecked) var movable: [Int32] = []
    /// Whether any move can change anything (false when every start, room and trainer is fixed).
    var hasChoice = true
    /// Movable occurrences of each series (offsets `seriesOff`, series count + 1), for room moves towards a sibling's room.
    @exclusivity(unchecked) var seriesOff: [Int32] = [], seriesMembers: [Int32] = []
    /// Cumulative move-kind thresholds out of 1024: time, room, time+room, swap, kempe, pool,
    /// series trainer, series start.
    @exclusivity(unchecked) var mix: [Int] = []
    /// Movable occurrences in a hard violation (`refreshConflicts`), refreshed every `conflictEvery` moves while infeasible.
    @exclusivity(unchecked) var conflicts: [Int32] = []
    /// Whether the pending move's occurrence came from `conflicts` or is in a clash (see `pickOccurrence`).
    var pickedConflict = false
    /// Whether a series trainer move may move a split course's meetings to times its trainer is free
    /// (not while re-planning: a moved start costs more there than a split course; see `seriesPool`).
    var movesSplitCourses = false
    /// One move in `groupDayOdds` is a group-day rebuild while feasible (0: never; see `GroupDayRebuild`).
    var groupDayOdds = 0
    /// The group-day rebuild's scratch, and the trial placements its searches have made so far.
    @exclusivity(unchecked) var groupDay = GroupDayRebuild()
    var groupDayWork = 0
    /// Moves between two refreshes of `conflicts` (about eight times the occurrences: a refresh costs two changes each).
    var conflictEvery = 1 << 14
    /// The move count at the last refresh of `conflicts`.
    var conflictsAt = Int.min / 2

    // The pending move: placement changes and pool changes (each an occurrence, a slot, the new and old candidate).
    let chO: P32, chNewT: P32, chNewR: P32, chOldT: P32, chOldR: P32
    var chCount = 0
    let plO: P32, plK: P32, plNew: P32, plOld: P32
    var plCount = 0
    static let maxChain = 48
    /// Series moves change every meeting of a series (one costs about as much as that many single
    /// moves); a longer series gets them in proportion, so long courses do not take most of the search.
    static let seriesMoveLength = 8
    /// Scratch for the occurrences a Kempe chain's member would clash with.
    @exclusivity(unchecked) var clashing: [Int32] = []
    /// Scratch for the order partners a chain push looks at (see `pushAlongChain`).
    @exclusivity(unchecked) var pushed: [Int32] = []
    /// A Kempe chain's room matching, per side (its first and second time) and room: the chain's
    /// stamp when a member leaves that room there (`roomLeft`) or takes it (`roomTaken`).
    let roomLeft: P32, roomTaken: P32
    var roomStamp: Int32 = 0
    /// Whether Kempe chains match rooms (rooms at least half busy) or keep them (see `kempe`).
    var kempeMatchesRooms = false
    /// Construction's ranking of the current occurrence's pool candidates for one day and venue.
    @exclusivity(unchecked) var poolRanking = PoolCandidateRanking()
    private let scratch = Arena()

    init(problem: Problem, index: Int, seed: UInt64, fullAssert: Bool, origin: ContinuousClock.Instant) {
        self.problem = problem
        self.origin = origin
        self.index = index
        self.fullAssert = fullAssert
        state = SearchState(problem)
        rng = Xoshiro(seed: seed)
        chO = scratch.make(Self.maxChain * 2, 0)
        chNewT = scratch.make(Self.maxChain * 2, 0)
        chNewR = scratch.make(Self.maxChain * 2, 0)
        chOldT = scratch.make(Self.maxChain * 2, 0)
        chOldR = scratch.make(Self.maxChain * 2, 0)
        plO = scratch.make(Self.maxChain * 2, 0)
        plK = scratch.make(Self.maxChain * 2, 0)
        plNew = scratch.make(Self.maxChain * 2, 0)
        plOld = scratch.make(Self.maxChain * 2, 0)
        roomLeft = scratch.make(2 * state.rooms, 0)
        roomTaken = scratch.make(2 * state.rooms, 0)
        bestScore = state.score
        bestDecisions = state.decisions()
    }

    /// The best decisions, copied out of the current state if that is where they are.
    func best() -> Decisions {
        if atBest {
            bestDecisions = state.decisions()
            atBest = false
        }
        return bestDecisions
    }

    /// Replaces the current state with `d` and makes it this worker's best if better.
    func adopt(_ d: Decisions) {
        if atBest {
            bestDecisions = state.decisions()
            atBest = false
        }
        state.restore(d)
        conflictsAt = Int.min / 2
        noteScore()
    }

    /// Makes the current state the best so far, whatever its score (the start of the search: every
    /// placeable occurrence is placed, even when leaving it out would score better).
    func startFromCurrent() {
        bestScore = state.score
        atBest = true
        bestTime = elapsed()
        bestHistory.append((bestTime, bestScore.hard, bestScore.medium &* 1000 &+ bestScore.soft))
        firstScheduleTime = bestTime
        firstScheduleCPU = processCPUSeconds()
        if state.hard == 0 {
            firstFeasibleTime = bestTime
            firstFeasibleCPU = firstScheduleCPU
        }
    }

    /// Records the current state as best when it is better.
    @inline(__always) func noteScore() {
        if state.hard < hardLow {
            hardLow = state.hard
            hardLowAt = moves
            if hardLow < hardRecord {
                hardRecord = hardLow
                hardRecordAt = moves
            }
        }
        let score = state.score
        if score < bestScore {
            bestScore = score
            atBest = true
            bestTime = elapsed()
            bestHistory.append((bestTime, score.hard, score.medium &* 1000 &+ score.soft))
        }
        if firstFeasibleTime == nil && state.hard == 0 {
            firstFeasibleTime = elapsed()
            firstFeasibleCPU = processCPUSeconds()
        }
    }

    /// Seconds since `origin`.
    func elapsed() -> Double {
        let d = ContinuousClock.now - origin
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Sets the hard temperature for the current move count, starting a new cooling when the last
    /// one is over and the hard score has not reached a new low for `hardSpan` moves.
    @inline(__always) func coolHard() {
        if moves - hardCycleStart >= hardSpan && moves - hardLowAt >= hardSpan {
            hardHeat = hardRecordAt >= hardCycleStart ? 1 : min(maxHardHeat, 2 * hardHeat)
            hardAnnealing = Annealing(initial: hardRange.start * hardHeat, final: hardRange.end)
            hardCycleStart = moves
            hardLow = state.hard
            hardLowAt = moves
        }
        hardAnnealing.set(progress: Double(moves - hardCycleStart) / Double(hardSpan))
    }

    /// Applies the pending move.
    @inline(__always) func applyMove() {
        for i in 0..<chCount { state.remove(Int(chO[i])) }
        for i in 0..<chCount { state.insert(Int(chO[i]), at: Int(chNewT[i]), room: Int(chNewR[i])) }
        for i in 0..<plCount { state.setPool(Int(plO[i]), slot: Int(plK[i]), candidate: Int(plNew[i])) }
    }

    /// Undoes the pending move.
    @inline(__always) func undoMove() {
        for i in stride(from: plCount - 1, through: 0, by: -1) {
            state.setPool(Int(plO[i]), slot: Int(plK[i]), candidate: Int(plOld[i]))
        }
        for i in 0..<chCount { state.remove(Int(chO[i])) }
        for i in 0..<chCount { state.insert(Int(chO[i]), at: Int(chOldT[i]), room: Int(chOldR[i])) }
    }

    /// Evaluates `count` moves under the current temperature schedule; returns early when `shouldStop` says so.
    ///
    /// - Parameter progress: maps the move count to cooling progress (0 ... 1), checked every 1024 moves.
    func run(moves count: Int, progress: (Int) -> Double, shouldStop: () -> Bool) {
        let end = moves + count
        while moves < end {
            if moves & 1023 == 0 {
                if shouldStop() { break }
                let p = progress(moves)
                annealing.set(progress: p)
                emphasizesDayStructure = annealing.temperature > dayStructureUntil
                if state.hard > 0 { coolHard() }
                if state.hard > 0 && moves - conflictsAt >= conflictEvery { refreshConflicts() }
            }
            moves += 1
            step()
            if fullAssert, invariantFailure == nil, let issue = state.checkInvariants() {
                invariantFailure = "worker \(index), move \(moves): \(issue)"
                break
            }
        }
    }

    /// One move: generate, quick-reject, score, accept or undo.
    ///
    /// A placement move is scored by applying all its changes but the last and peeking at the last,
    /// so a rejected single move writes nothing and a rejected swap half of what applying it would.
    @inline(__always) func step() {
        let h0 = state.hard, m0 = state.medium, s0 = state.soft
        let structure0 = emphasizesDayStructure ? state.dayStructure : 0
        guard generateMove(feasible: h0 == 0) else { return }
        guard plCount == 0 else { return stepApplied(h0, m0, s0, structure0) }
        let last = chCount - 1
        for i in 0..<last { place(i, new: true) }
        let peek = state.peekMove(Int(chO[last]), Int(chNewT[last]), Int(chNewR[last]))
        let dh = state.hard &- h0 &+ peek.hard
        let dm = state.medium &- m0 &+ peek.medium, ds = state.soft &- s0 &+ peek.soft
        var delta = dm &* 1000 &+ ds
        if emphasizesDayStructure {
            delta &+= state.dayStructure &- structure0 &+ state.peekDayStructure(Int(chO[last]), to: Int(chNewT[last]))
        }
        guard accepts(dh, delta, feasible: h0 == 0) else {
            for i in stride(from: last - 1, through: 0, by: -1) { place(i, new: false) }
            return
        }
        if atBest && (dh > 0 || delta > 0) { keepBestBefore(changes: last, poolChanges: 0) }
        place(last, new: true)
        if fullAssert && invariantFailure == nil && (state.hard - h0, state.medium - m0, state.soft - s0) != (dh, dm, ds) {
            invariantFailure =
                "worker \(index), move \(moves): expected a change of \(dh)/\(dm)/\(ds) but applying changed the score by \(state.hard - h0)/\(state.medium - m0)/\(state.soft - s0)"
        }
        noteScore()
    }

    /// Saves the state as it was before the pending move's first `changes` placement changes and
    /// `poolChanges` pool changes (all applied) as the best: a copy of the decisions with those changes'
    /// old values written back, latest first, so an occurrence changed twice gets its first old value.
    @inline(__always) private func keepBestBefore(changes: Int, poolChanges: Int) {
        var d = state.decisions()
        for i in stride(from: poolChanges - 1, through: 0, by: -1) {
            d.pool[Int(state.occPoolOff[Int(plO[i])]) + Int(plK[i])] = plOld[i]
        }
        for i in stride(from: changes - 1, through: 0, by: -1) {
            d.start[Int(chO[i])] = chOldT[i]
            d.room[Int(chO[i])] = chOldR[i]
        }
        bestDecisions = d
        atBest = false
    }

    /// Moves the occurrence of pending change `i` to its new (or back to its old) start and room.
    @inline(__always) private func place(_ i: Int, new: Bool) {
        let o = Int(chO[i])
        state.remove(o)
        state.insert(o, at: Int(new ? chNewT[i] : chOldT[i]), room: Int(new ? chNewR[i] : chOldR[i]))
    }

    /// Scores a move with pool changes by applying it, then keeps or undoes it.
    @inline(__always) private func stepApplied(_ h0: Int, _ m0: Int, _ s0: Int, _ structure0: Int) {
        applyMove()
        let dh = state.hard - h0
        var delta = (state.medium - m0) &* 1000 &+ (state.soft - s0)
        if emphasizesDayStructure { delta &+= state.dayStructure &- structure0 }
        guard accepts(dh, delta, feasible: h0 == 0) else {
            undoMove()
            return
        }
        if atBest && (dh > 0 || delta > 0) { keepBestBefore(changes: chCount, poolChanges: plCount) }
        noteScore()
    }

    /// Whether to take a move changing hard by `dh` and medium·1000 + soft by `delta`: hard
    /// worsenings are annealed only while the state is infeasible and only for a move of an
    /// occurrence in a hard conflict (`pickedConflict`), soft ones always. Moves of the others may
    /// not add hard violations, so heat stays where the conflicts are however large the plan.
    @inline(__always) func accepts(_ dh: Int, _ delta: Int, feasible: Bool) -> Bool {
        if dh < 0 { return true }
        if dh > 0 { return !feasible && pickedConflict && hardAnnealing.accepts(dh, &rng) }
        return annealing.accepts(delta, &rng)
    }
}
