import Foundation
import ForumModel
import ForumSolver

/// `forumplan-bench --replan`: the Otpan example's witness schedule re-planned after one trainer's
/// day of absence (the trainer and day with the most occurrences in the witness, or `--trainer`
/// and `--day`), plus the unchanged plan as a control.
///
/// Prints, per case, the time to finish (compiling included; `search`: the solver alone), the moves
/// over all threads, the score, how many occurrences the
/// absence forces to change (the trainer's that day), how many changed, and how many of those were
/// not forced (target: none), split into moved (time or room) and re-staffed.
enum ReplanBench {
    static let plan = "examples/otpan-rollout.yaml"
    static let witness = "examples/witnesses/otpan-rollout.schedule.yaml"

    static func run(options: BenchOptions, trainer: String?, day: LocalDate?) -> Int32 {
        let instance: BenchInstance, baseline: Schedule
        do {
            instance = try BenchInstance.load(plan)
            baseline = try ScheduleFile.read(contentsOf: URL(fileURLWithPath: witness))
        } catch {
            print("\(plan): cannot load: \(error)")
            return 1
        }
        let (absent, date) = trainer.flatMap { t in day.map { (t, $0) } } ?? busiestDay(baseline)
        guard let index = instance.plan.trainers.firstIndex(where: { $0.id == absent }) else {
            print("no trainer '\(absent)' in \(plan)")
            return 1
        }
        var changed = instance.plan
        changed.trainers[index].unavailable.append(
            TimeWindow(day: date, start: TimeOfDay(minutes: 0)!, end: TimeOfDay(minutes: 1440)!))
        let forced = baseline.assignments.filter { $0.date == date && $0.trainers.contains(absent) }.map(\.id)
        print("forumplan-bench --replan: \(plan) from its witness, \(options.threads) thread(s), seed \(options.seed)")
        print(
            "case                                occ  score                          total   search      moves  forced  changed  moved  restaffed  unforced"
        )
        var status: Int32 = 0
        for (name, plan, forced) in [
            ("unchanged plan", instance.plan, [OccurrenceID]()),
            ("\(absent) absent \(date)", changed, forced)
        ] {
            let start = ContinuousClock.now
            let problem: Problem
            do {
                problem = try Problem(plan: plan, baseline: baseline)
            } catch {
                print("\(name): \(error)")
                status = 1
                continue
            }
            let result = solve(
                problem,
                options: SolverOptions(
                    seed: options.seed, threads: options.threads,
                    timeLimit: options.timeLimit))
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let old = Dictionary(baseline.assignments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let changes = result.schedule.assignments.filter { a in old[a.id].map { $0 != a } ?? false }
            let moved = changes.filter { a in old[a.id].map { ($0.date, $0.start, $0.room) != (a.date, a.start, a.room) } ?? false }
            let unforced = changes.filter { !forced.contains($0.id) }
            print(
                name.padded(33) + String(format: " %5d  ", problem.occurrenceCount) + result.score.description.padded(27)
                    + String(
                        format: " %6.2fs  %6.2fs  %9d  %6d  %7d  %5d  %9d  %8d", seconds, result.statistics.elapsed,
                        result.statistics.moves, forced.count, changes.count, moved.count, changes.count - moved.count,
                        unforced.count))
            for a in unforced.prefix(5) { print("  unforced change: \(a.id)") }
            if result.score.hard != 0 { status = 1 }
        }
        return status
    }

    /// The trainer and day with the most occurrences in `schedule` (ties: first trainer id, then date).
    static func busiestDay(_ schedule: Schedule) -> (String, LocalDate) {
        var counts: [String: [LocalDate: Int]] = [:]
        for a in schedule.assignments { for t in a.trainers { counts[t, default: [:]][a.date, default: 0] += 1 } }
        var best = ("", LocalDate(daysSinceEpoch: 0), 0)
        for t in counts.keys.sorted() {
            for d in counts[t]!.keys.sorted() where counts[t]![d]! > best.2 { best = (t, d, counts[t]![d]!) }
        }
        return (best.0, best.1)
    }
}
