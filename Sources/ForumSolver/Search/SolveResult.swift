import ForumModel

/// What the solver returns: the best schedule found, its explanation and how the search went.
public struct SolveResult: Sendable {
    /// The best schedule (placed occurrences plus the unplaceable ones with reasons).
    public var schedule: Schedule
    /// Its score by the full scorer.
    public var score: Score
    /// Every violated constraint of the schedule, explained.
    public var violations: [Violation]
    /// What the pre-check found can never work.
    public var infeasibilities: [Infeasibility]
    /// Numbers about the search.
    public var statistics: SolverStatistics
    /// Why the search stopped.
    public var stopReason: StopReason
    /// Set only with `fullAssert`: the first difference between incremental and full score.
    public var invariantFailure: String?
}

/// Numbers about one solver run.
public struct SolverStatistics: Sendable {
    /// Moves evaluated over all threads (construction included).
    public var moves: Int
    /// Seconds from start to finish.
    public var elapsed: Double
    /// Seconds until the first schedule with no hard violation (nil: never).
    public var timeToFirstFeasible: Double?
    /// Seconds until the first thread had built its starting schedule, before any search move.
    public var timeToFirstSchedule: Double?
    /// Seconds until the final best was found.
    public var timeToBest: Double
    /// CPU seconds of the whole process (all threads) from the solver's start until the first
    /// feasible schedule, and until the first schedule; steadier than wall time on a busy machine.
    public var cpuToFirstFeasible: Double?, cpuToFirstSchedule: Double?
    /// CPU seconds of the whole process from the solver's start until the search stopped
    /// (construction included).
    public var cpuSeconds: Double
    /// Seconds until some thread first had a schedule within 10 % of the final best: as few hard
    /// violations, and a medium·1000 + soft score at most 1.1 times the final one's.
    public var timeToNearBest: Double
    /// Threads used.
    public var threads: Int

    /// Moves per second over all threads.
    public var movesPerSecond: Double { elapsed > 0 ? Double(moves) / elapsed : 0 }
    /// Moves per CPU-second (per core actually used): unlike `movesPerSecond / threads`, it does not
    /// drop when other processes take the cores.
    public var movesPerCPUSecond: Double { cpuSeconds > 0 ? Double(moves) / cpuSeconds : 0 }
}

/// Why a search stopped.
public enum StopReason: String, Sendable {
    /// The time limit was reached.
    case timeLimit = "time-limit"
    /// The score reached 0 hard / 0 soft: nothing can be better.
    case optimal
    /// No better schedule was found for the configured number of moves.
    case stalled
    /// The cancellation flag was set (e.g. Ctrl-C).
    case cancelled
    /// `fullAssert` found a difference between the incremental and the full score.
    case invariantFailure = "invariant-failure"
}

/// A progress report during search.
public struct SolverProgress: Sendable {
    /// Seconds since the start.
    public var elapsed: Double
    /// The best score so far.
    public var best: Score
    /// Moves per second over all threads.
    public var movesPerSecond: Double
    /// Moves so far over all threads.
    public var moves: Int
}
