import ForumModel

/// Searches for the best schedule of `problem`: construction, then simulated annealing over time,
/// room, pool-trainer, swap and Kempe-chain moves, on `options.threads` threads.
///
/// Stops at the time limit, at a score of 0/0, after `stallMoves` moves without a new best, or
/// when `options.cancellation` is set, and always returns the best schedule found. Occurrences
/// that have no start or no room at all are returned as `unplaced` with the reason.
/// - Parameter progress: called from a search thread about every `progressInterval` seconds.
public func solve(
    _ problem: Problem, options: SolverOptions = SolverOptions(),
    progress: (@Sendable (SolverProgress) -> Void)? = nil
) -> SolveResult {
    let portfolio = Portfolio(problem: problem, options: options, progress: progress)
    portfolio.run()
    let searchCPU = processCPUSeconds() - portfolio.originCPU
    let (best, winner) = portfolio.best()
    // The winner's own state takes the best decisions: no further state (one per thread is plenty of memory).
    winner.state.restore(best)
    let schedule = winner.state.schedule()
    let (score, violations) = evaluate(schedule, against: problem)
    let failure = portfolio.workers.compactMap(\.invariantFailure).first
    let firstFeasible = portfolio.workers.compactMap(\.firstFeasibleTime).min()
    let cpu = { (x: Double?) in x.map { $0 - portfolio.originCPU } }
    let statistics = SolverStatistics(
        moves: portfolio.workers.reduce(0) { $0 + $1.moves }, elapsed: portfolio.elapsed(),
        timeToFirstFeasible: firstFeasible,
        timeToFirstSchedule: portfolio.workers.compactMap(\.firstScheduleTime).min(), timeToBest: winner.bestTime,
        cpuToFirstFeasible: cpu(portfolio.workers.compactMap(\.firstFeasibleCPU).min()),
        cpuToFirstSchedule: cpu(portfolio.workers.compactMap(\.firstScheduleCPU).min()), cpuSeconds: searchCPU,
        timeToNearBest: timeToNear(winner.bestScore, portfolio.workers), threads: options.threads)
    return SolveResult(
        schedule: Schedule(
            forumID: schedule.forumID, assignments: schedule.assignments, unplaced: schedule.unplaced,
            score: score),
        score: score, violations: violations, infeasibilities: problem.infeasibilities, statistics: statistics,
        stopReason: portfolio.stopReason, invariantFailure: failure)
}

/// The first time any worker's best was within 10 % of `final` (as few hard violations, medium·1000
/// + soft at most 1.1 times the final one's).
private func timeToNear(_ final: Score, _ workers: [SearchWorker]) -> Double {
    let soft = final.medium &* 1000 &+ final.soft
    var first = Double.infinity
    for w in workers {
        if let near = w.bestHistory.first(where: { $0.hard <= final.hard && 10 * $0.soft <= 11 * soft }) {
            first = min(first, near.time)
        }
    }
    return first.isFinite ? first : workers.map(\.bestTime).min() ?? 0
}
