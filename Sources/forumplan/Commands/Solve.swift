import ArgumentParser
import Dispatch
import Foundation
import ForumCalendar
import ForumModel
import ForumReports
import ForumSolver

extension ForumPlan {
    /// `forumplan solve PLAN -o SCHEDULE`: searches for the best timetable and writes it.
    struct Solve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find a timetable for a plan: days, times, rooms and trainers for every session.",
            discussion: """
                Reads the plan and the busy calendars it names, checks what can never work (and says so), \
                builds a schedule and improves it by local search until the time limit, a perfect score, \
                Ctrl-C, or no improvement for a while. The schedule file is written atomically even when hard \
                conflicts remain (it is then marked 'feasible: false'). The same plan, --seed and --threads \
                without --time-limit give the same schedule byte for byte.

                Re-planning: with --baseline (the published schedule, YAML, .csv or .ics) the search starts \
                from it and every change counts at the 'medium' level, between hard and soft: a moved start \
                costs twice the people affected (attendance plus trainers), a new room once, each new \
                trainer once. A feasible schedule with the fewest, smallest changes wins. Sessions with \
                'locked: true' and occurrences starting before --lock-before keep their baseline time, room \
                and trainers. The changes are then listed as 'forumplan diff' words them, with counts, and \
                the score is shown as hard/medium/soft.

                Exit status: 0 no hard conflicts, 1 hard conflicts or unplaced sessions remain (schedule \
                still written), 2 bad plan, calendar or usage, 3 internal error.

                Examples:
                  forumplan solve examples/taraz-forum.yaml -o taraz.schedule.yaml
                  forumplan solve plan.yaml -o schedule.yaml --time-limit 60 --threads 2
                  forumplan solve plan.yaml -o schedule.yaml --seed 7 --quiet --format json | jq '.score'
                  forumplan solve plan.yaml -o v2.yaml --baseline v1.yaml --lock-before 2019-11-15T14:00

                JSON output (stdout): {"schedule" (path), "feasible", "score": {"hard", "medium", "soft"}, \
                "stop_reason", "seconds", "moves", "moves_per_second", "time_to_first_feasible" (null: \
                never), "violations": [{"constraint", "level", "penalty", "message", "sessions", "trainers", \
                "rooms", "groups", "date" (YYYY-MM-DD), "start", "end" (ISO 8601 date-time with the forum's \
                UTC offset); date/start/end null when not about one day/time; the same keys as 'check'}], \
                "unplaced": [{"occurrence", "reason"}], \
                "infeasibilities": [{"constraint", "message", "sessions"}]}; with --baseline also "replan": \
                {"baseline" (path), "counts": {"moved", "restaffed", "added", "cancelled", "unchanged", \
                "locked"}, "changes": [as in 'forumplan diff --format json']}.
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Option(name: [.short, .customLong("out")], help: "Where to write the schedule (YAML).")
        var output: String

        @Option(help: "Stop after this many seconds (default: when the search stops improving).")
        var timeLimit: Double?

        @Option(help: "Seed of the search's random choices.")
        var seed: UInt64 = 1

        @Option(help: "Parallel searches (one per core is a good choice).")
        var threads: Int = 1

        @Option(
            help: ArgumentHelp(
                "Re-plan: the published schedule to change as little as possible (YAML, .csv or .ics).",
                valueName: "schedule"))
        var baseline: String?

        @Option(
            help: ArgumentHelp(
                "With --baseline: keep every occurrence starting before this forum-local time.",
                valueName: "YYYY-MM-DDTHH:MM"))
        var lockBefore: String?

        @Flag(help: "No progress line and no text summary (errors are still printed).")
        var quiet = false

        @Option(help: "Report format: text or json.")
        var format: OutputFormat = .text

        func validate() throws {
            if let timeLimit, !(timeLimit > 0) {
                throw ValidationError("Please give '--time-limit' as a positive number of seconds, e.g. --time-limit 60.")
            }
            guard (1...256).contains(threads) else {
                throw ValidationError("Please give '--threads' between 1 and 256, e.g. --threads 2.")
            }
            if let lockBefore {
                guard baseline != nil else { throw ValidationError("'--lock-before' needs '--baseline OLD': it locks occurrences of the baseline.") }
                guard Self.dateTime(lockBefore) != nil else {
                    throw ValidationError("Please give '--lock-before' as a forum-local date and time, e.g. --lock-before 2019-11-15T14:00.")
                }
            }
        }

        func run() throws {
            let cancellation = CancellationFlag()
            let interrupt = InterruptHandler("Stopping: writing the best schedule found so far (Ctrl-C again to abort).") {
                cancellation.cancel()
            }
            defer { withExtendedLifetime(interrupt) {} }
            let document = try PlanLoader.load(contentsOf: URL(fileURLWithPath: plan))
            for warning in document.warnings where !quiet { printError(warning.description) }
            let resolved = try resolvedPlan(document, path: plan)
            let old = try baseline.map { path in
                let loaded = try ScheduleInput.load(path, plan: resolved)
                ScheduleInput.warnUnmatched(loaded, path: path)
                return loaded.schedule
            }
            let problem: Problem
            do {
                problem =
                    try old.map { try Problem(plan: resolved, baseline: $0, lockBefore: lockBefore.flatMap(Self.dateTime)) }
                    ?? Problem(resolved)
            } catch let error as ReplanError {
                printError("\(baseline ?? plan): error: \(error.description)")
                throw ExitStatus.badInput
            }
            if !quiet {
                for infeasibility in problem.infeasibilities { printError("infeasible: \(infeasibility)") }
            }

            let terminal = Terminal.current()
            let line = ProgressLine(enabled: terminal.stderrIsTTY && !quiet)
            let options = SolverOptions(seed: seed, threads: threads, timeLimit: timeLimit, cancellation: cancellation)
            let result = ForumSolver.solve(problem, options: options) { line.show($0) }
            line.finish()

            let feasible = result.score.hard == 0 && result.schedule.unplaced.isEmpty
            try ScheduleFile.write(result.schedule, to: URL(fileURLWithPath: output), feasible: feasible)
            if let failure = result.invariantFailure {
                printError("forumplan: internal error: \(failure)")
                throw ExitStatus.internalError
            }
            let replan: ReplanSummary? =
                if let baseline, let old {
                    ReplanSummary(
                        baseline: baseline, old: old, diff: ScheduleDiff(plan: resolved, old: old, new: result.schedule),
                        locked: problem.lockedOccurrences.count)
                } else { nil }
            switch format {
            case .json:
                print(try SolveReport(path: output, result: result, feasible: feasible, replan: replan).json(timeZone: resolved.forum.timeZone))
            case .text where !quiet:
                print(SolveSummary(path: output, result: result, feasible: feasible, colour: terminal.colour, replan: replan).text)
            case .text:
                break
            }
            if !feasible { throw ExitStatus.hardConflicts }
        }

        /// `2019-11-15T14:00` (or with a space) as a forum-local date and time.
        static func dateTime(_ text: String) -> (date: LocalDate, time: TimeOfDay)? {
            let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
            guard parts.count == 2, let date = LocalDate(iso: parts[0]), let time = TimeOfDay(parsing: parts[1]) else { return nil }
            return (date, time)
        }
    }
}

/// The live progress line on stderr: elapsed time, best score and search speed, redrawn in place.
private final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: SolverProgress) {
        guard enabled else { return }
        let text = String(
            format: "\r\u{1B}[2K%6.1fs  best %@  %.2fM moves/s", progress.elapsed, progress.best.description,
            progress.movesPerSecond / 1_000_000)
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
