import Foundation
import ForumModel

/// Runs one or more search workers in lockstep epochs and keeps the portfolio's best.
///
/// Workers meet at a barrier every `epochMoves` moves (with a time limit: every `epochSeconds`);
/// the last to arrive compares everybody's best (ties go to the lowest worker index), decides
/// whether to stop (score 0/0, stall) and which workers should continue from the shared best.
/// Because these decisions depend only on move counts, a run without a time limit is reproducible
/// for a given seed and thread count. A run with a time limit is not anyway, so its epochs end on
/// the clock and a worker whose moves are cheaper does not wait for a slower one at each barrier.
/// The time limit and cancellation are checked every 1024 moves and stop everyone at once.
final class Portfolio: @unchecked Sendable {
    let problem: Problem
    let options: SolverOptions
    let workers: [SearchWorker]
    let origin: ContinuousClock.Instant
    /// Process CPU seconds when the solver started.
    let originCPU = processCPUSeconds()
    /// Moves per thread between two barriers.
    let epochMoves: Int
    /// Seconds between two barriers when there is a time limit.
    let epochSeconds = 0.1
    /// When the current epoch ends (seconds from `origin`; time limit only): set by the first worker
    /// to start searching, then by the last worker at each barrier.
    private var epochEnd = 0.0
    let cycleMoves: Int
    let stallMoves: Int
    /// Epochs between offers of the shared best to workers with more hard violations than it.
    /// Workers that are as feasible as the best anneal on their own: two independent chains end
    /// better than two that keep copying the leader (ITC-2007: mean ratio 2.45 against 2.66 at 30 s).
    let shareEvery = 16
    private let progress: (@Sendable (SolverProgress) -> Void)?

    private let condition = NSCondition()
    private var stopped = false
    private(set) var stopReason: StopReason = .stalled
    private var arrived = 0
    private var generation = 0
    private var epoch = 0
    private var shared: Decisions?
    private var sharedScore: Score?
    private var staleEpochs = 0
    private var lastReport = 0.0
    private var adopt: [Bool]

    init(problem: Problem, options: SolverOptions, progress: (@Sendable (SolverProgress) -> Void)?) {
        self.problem = problem
        self.options = options
        self.progress = progress
        let origin = ContinuousClock.now
        self.origin = origin
        workers = (0..<options.threads).map { i in
            SearchWorker(
                problem: problem, index: i, seed: options.seed &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15,
                fullAssert: options.fullAssert, origin: origin)
        }
        let n = problem.occurrenceCount
        // Re-planning starts from a repaired baseline where every change costs: short cycles will do.
        let fresh = problem.replan == nil
        cycleMoves = max(1, options.cycleMoves ?? (fresh ? max(200_000, 4_000 * n) : max(5_000, 5 * n)))
        stallMoves = max(1, options.stallMoves ?? 2 * cycleMoves)
        epochMoves = max(256, min(1 << 16, stallMoves / 4))
        adopt = [Bool](repeating: false, count: options.threads)
    }

    /// Runs every worker to the end (threads beyond the first get their own `Thread`).
    func run() {
        let done = DispatchGroup()
        for i in 1..<max(1, workers.count) {
            done.enter()
            let thread = Thread { [self] in
                work(i)
                done.leave()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        work(0)
        done.wait()
    }

    /// Seconds since the solver started.
    func elapsed() -> Double { workers[0].elapsed() }

    /// Stops every worker (idempotent; the first reason wins).
    func stop(_ reason: StopReason) {
        condition.lock()
        if !stopped {
            stopped = true
            stopReason = reason
        }
        condition.broadcast()
        condition.unlock()
    }

    var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    private func work(_ i: Int) {
        let w = workers[i]
        if problem.replan == nil { w.construct() } else { w.startFromBaseline() }
        w.calibrate()
        if !w.hasChoice { stop(.stalled) } // everything is fixed: the constructed schedule is the only one
        let searchStart = w.elapsed()
        var cycleStart = w.moves
        let limit = options.timeLimit
        let cancel = options.cancellation
        let shouldStop: () -> Bool = { [self] in
            if let limit, w.elapsed() >= limit { stop(.timeLimit) }
            if let cancel, cancel.isCancelled { stop(.cancelled) }
            return isStopped
        }
        let cooling: (Int) -> Double = { [self] moves in
            if let limit { return (w.elapsed() - searchStart) / max(1e-3, limit - searchStart) }
            return Double(moves - cycleStart) / Double(cycleMoves)
        }
        while !isStopped {
            if limit == nil {
                w.run(moves: epochMoves, progress: cooling, shouldStop: shouldStop)
            } else {
                let end = epochDeadline()
                w.run(moves: Int.max / 2, progress: cooling) { shouldStop() || w.elapsed() >= end }
            }
            if w.invariantFailure != nil { stop(.invariantFailure) }
            guard meet() else { break }
            if adopt[i], let shared { w.adopt(shared) }
            if limit == nil && w.moves - cycleStart >= cycleMoves {
                if let shared { w.adopt(shared) }
                cycleStart = w.moves
            }
        }
    }

    /// When the current epoch ends, read under the barrier's lock; the first worker to ask sets the first one.
    private func epochDeadline() -> Double {
        condition.lock()
        defer { condition.unlock() }
        if epochEnd == 0 { epochEnd = elapsed() + epochSeconds }
        return epochEnd
    }

    /// The barrier; the last worker to arrive does the bookkeeping. Returns false when stopping.
    private func meet() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if stopped { return false }
        arrived += 1
        if arrived == workers.count {
            bookkeeping()
            arrived = 0
            generation += 1
            condition.broadcast()
        } else {
            let mine = generation
            while generation == mine && !stopped { condition.wait() }
        }
        return !stopped
    }

    private func bookkeeping() {
        epoch += 1
        epochEnd = elapsed() + epochSeconds
        var improved = false
        for w in workers where sharedScore.map({ w.bestScore < $0 }) ?? true {
            sharedScore = w.bestScore
            shared = w.best()
            improved = true
        }
        staleEpochs = improved ? 0 : staleEpochs + 1
        if sharedScore == .zero {
            stopped = true
            stopReason = .optimal
        } else if options.timeLimit == nil && staleEpochs * epochMoves >= stallMoves {
            stopped = true
            stopReason = .stalled
        }
        for (i, w) in workers.enumerated() {
            adopt[i] = epoch % shareEvery == 0 && sharedScore.map { w.bestScore.hard > $0.hard } ?? false
        }
        let now = elapsed()
        if let progress, let sharedScore, now - lastReport >= options.progressInterval {
            lastReport = now
            let moves = workers.reduce(0) { $0 + $1.moves }
            progress(
                SolverProgress(
                    elapsed: now, best: sharedScore, movesPerSecond: Double(moves) / max(now, 1e-9),
                    moves: moves))
        }
    }

    /// The best decisions of all workers (ties to the lowest index) and who found them.
    func best() -> (decisions: Decisions, worker: SearchWorker) {
        var winner = workers[0]
        for w in workers.dropFirst() where w.bestScore < winner.bestScore { winner = w }
        return (winner.best(), winner)
    }
}
