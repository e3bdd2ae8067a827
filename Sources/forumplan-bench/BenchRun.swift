import Foundation
import ForumCTT
import ForumModel
import ForumSolver

/// Settings passed from the command line to every child run.
struct BenchOptions {
    var timeLimit: Double?
    var threads = 2
    var seed: UInt64 = 1
    /// Print the best score about every half second on stderr (wall and process CPU seconds).
    var trace = false

    var childArguments: [String] {
        var args = ["--threads", "\(threads)", "--seed", "\(seed)"]
        if let timeLimit { args += ["--time-limit", "\(timeLimit)"] }
        if trace { args.append("--trace") }
        return args
    }
}

/// Running instances: the parent spawns one child per instance and prints the table.
enum BenchRun {
    static let header = "instance                      occ  score              feasible  best      total     moves/cpu-s   peak MB  stop"
    /// The table for ITC-2007 instances: hard and soft by the competition's rules.
    /// The soft split is weighted (capacity, min working days, compactness, room stability); "to best" is
    /// the seconds until the final best was found, "to 10%" until a schedule first scored within 10 % of it.
    static let itcHeader = "instance  hard   soft   best  (soft+1)/(best+1)  cap  mwd   cc   rs  seconds  to best  to 10%  moves/cpu-s   peak MB"

    static func parent(_ instances: [String], options: BenchOptions) -> Int32 {
        print(
            "forumplan-bench: \(options.threads) thread(s), seed \(options.seed), time limit \(options.timeLimit.map { "\($0) s" } ?? "none (stop on stall)")"
        )
        print(instances.allSatisfy { $0.hasSuffix(".ctt") } ? itcHeader : header)
        var status: Int32 = 0
        var ratios: [Double] = []
        for instance in instances {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            process.arguments = ["--child", instance] + options.childArguments
            let pipe = Pipe()
            process.standardOutput = pipe
            do { try process.run() } catch {
                print("\(instance): cannot start a child process: \(error)")
                status = 1
                continue
            }
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            for line in output.split(separator: "\n") {
                if line.hasPrefix("ratio ") { ratios.append(Double(line.dropFirst(6)) ?? 0) } else { print(line) }
            }
            if process.terminationStatus != 0 { status = 1 }
        }
        if !ratios.isEmpty {
            let mean = ratios.reduce(0, +) / Double(ratios.count)
            print(String(format: "ITC-2007: mean (soft+1)/(best+1) over %d instances = %.3f", ratios.count, mean))
        }
        return status
    }

    static func child(_ path: String, options: BenchOptions) -> Int32 {
        let instance: BenchInstance
        do {
            instance =
                try OtpanGenerator.plan(named: path).map { BenchInstance(name: path, plan: $0, bestKnown: nil) }
                ?? BenchInstance.load(path)
        } catch {
            print("\(path): cannot load: \(error)")
            return 1
        }
        let compileStart = ContinuousClock.now
        let problem = Problem(instance.plan)
        let compiled = ContinuousClock.now - compileStart
        let trace: (@Sendable (SolverProgress) -> Void)? = options.trace ? traceLine : nil
        let result = solve(
            problem,
            options: SolverOptions(
                seed: options.seed, threads: options.threads,
                timeLimit: options.timeLimit, progressInterval: 0.5), progress: trace)
        let s = result.statistics
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = Double(usage.ru_maxrss) / 1024
        if let ctt = instance.ctt {
            return itcRow(instance, ctt, result, peak: peak, threads: options.threads)
        }
        func seconds(_ x: Double?) -> String { x.map { String(format: "%.2fs", $0) } ?? "-" }
        let score =
            "\(result.score.hard)/\(result.score.soft)"
            + (instance.bestKnown.map { " (\($0))" } ?? "")
        print(
            instance.name.padded(27) + String(format: " %5d  ", problem.occurrenceCount) + score.padded(17) + "  "
                + seconds(s.timeToFirstFeasible).padded(8) + "  " + seconds(s.timeToBest).padded(8) + "  " + seconds(s.elapsed).padded(8)
                + String(format: "  %12.0f  %7.1f  ", s.movesPerCPUSecond, peak) + result.stopReason.rawValue)
        print(
            String(format: "  compile %.2fs, first schedule ", Double(compiled.components.seconds) + Double(compiled.components.attoseconds) * 1e-18)
                + seconds(s.timeToFirstSchedule) + " (cpu " + seconds(s.cpuToFirstSchedule) + "), first feasible cpu "
                + seconds(s.cpuToFirstFeasible)
                + (problem.infeasibilities.isEmpty ? "" : ", infeasible before search: \(problem.infeasibilities.count)"))
        for note in problem.infeasibilities.prefix(3) { print("  - \(note.message)") }
        if result.score.hard > 0 { print("  hard left: " + hardSummary(result.schedule, problem)) }
        let share = SeriesShare(result.schedule)
        if share.series > 0 { print("  " + share.description) }
        if let best = instance.bestKnown, result.score.hard == 0 {
            print("ratio \(Double(result.score.soft + 1) / Double(best + 1))")
        }
        return 0
    }

    /// One `--trace` line on stderr: wall seconds, process CPU seconds, best hard/soft.
    @Sendable private static func traceLine(_ p: SolverProgress) {
        let line = String(format: "%7.2fs  cpu %7.2fs  ", p.elapsed, processCPUSeconds()) + "\(p.best.hard)/\(p.best.soft)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// The hard violations of an infeasible result, by constraint: count and penalty.
    private static func hardSummary(_ schedule: Schedule, _ problem: Problem) -> String {
        let hard = evaluate(schedule, against: problem).violations.filter { $0.level == .hard }
        var order: [ConstraintID] = []
        var totals: [ConstraintID: (count: Int, penalty: Int)] = [:]
        for v in hard {
            if totals[v.constraint] == nil { order.append(v.constraint) }
            totals[v.constraint, default: (0, 0)].count += 1
            totals[v.constraint, default: (0, 0)].penalty += v.penalty
        }
        return order.map { "\($0.rawValue) \(totals[$0]!.count) (\(totals[$0]!.penalty))" }.joined(separator: ", ")
    }

    /// One row of the ITC table: the solution encoded, read back and scored by `CTTCost`.
    private static func itcRow(
        _ instance: BenchInstance, _ ctt: CTTInstance, _ result: SolveResult, peak: Double,
        threads: Int
    ) -> Int32 {
        let text = CTTSolution.encode(result.schedule, instance: ctt)
        guard let lectures = try? CTTSolution.lectures(text, instance: ctt, file: instance.name) else {
            print("\(instance.name): the solution does not read back")
            return 1
        }
        let cost = CTTCost(lectures, instance: ctt)
        let best = instance.bestKnown.map { "\($0)" } ?? "-"
        let ratio = instance.bestKnown.map { Double(cost.soft + 1) / Double($0 + 1) }
        func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }
        let ratioText = ratio.map { String(format: "%.3f", $0) } ?? "-"
        print(
            instance.name.padded(9) + pad("\(cost.hard)", 5) + pad("\(cost.soft)", 7)
                + pad(best, 7) + pad(ratioText, 19) + pad("\(cost.roomCapacity)", 5) + pad("\(5 * cost.minWorkingDays)", 5)
                + pad("\(2 * cost.curriculumCompactness)", 5) + pad("\(cost.roomStability)", 5)
                + String(
                    format: "  %7.1f  %7.1f  %6.1f  %12.0f  %7.1f", result.statistics.elapsed, result.statistics.timeToBest,
                    result.statistics.timeToNearBest, result.statistics.movesPerCPUSecond, peak))
        if let ratio, cost.hard == 0 { print("ratio \(ratio)") }
        return 0
    }
}
