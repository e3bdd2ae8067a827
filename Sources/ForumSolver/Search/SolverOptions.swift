import Foundation

/// How long and how the solver searches.
public struct SolverOptions: Sendable {
    /// Seed of every random choice; the same seed and thread count give the same search.
    public var seed: UInt64
    /// Parallel searches (a portfolio of differently seeded runs that share their best).
    public var threads: Int
    /// Wall-clock limit in seconds (nil: stop when the search stalls or reaches 0/0).
    ///
    /// With a limit, the annealing temperature follows the clock over the whole limit, so the
    /// result depends on machine speed; without one, everything is counted in moves and the result
    /// is reproducible for a given seed and thread count.
    public var timeLimit: Double?
    /// Moves (per thread) without a new best after which the search stops; nil: chosen from the size.
    public var stallMoves: Int?
    /// Moves per thread in one cooling cycle when there is no time limit; nil: chosen from the size.
    public var cycleMoves: Int?
    /// Recompute the full score after every move and stop with a message on any difference (slow).
    public var fullAssert: Bool
    /// Set from outside (e.g. on Ctrl-C) to stop the search early; the best schedule is still returned.
    public var cancellation: CancellationFlag?
    /// Seconds between progress reports.
    public var progressInterval: Double

    public init(
        seed: UInt64 = 1, threads: Int = 1, timeLimit: Double? = nil, stallMoves: Int? = nil, cycleMoves: Int? = nil,
        fullAssert: Bool = false, cancellation: CancellationFlag? = nil, progressInterval: Double = 0.25
    ) {
        self.seed = seed
        self.threads = max(1, threads)
        self.timeLimit = timeLimit
        self.stallMoves = stallMoves
        self.cycleMoves = cycleMoves
        self.fullAssert = fullAssert
        self.cancellation = cancellation
        self.progressInterval = progressInterval
    }
}

/// A flag that stops a running search; safe to set from any thread or a signal handler's queue.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    /// Asks the search to stop and return its best schedule.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Whether `cancel()` was called.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }
}
