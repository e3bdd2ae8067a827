import ArgumentParser
import Foundation
import ForumCTT
import ForumModel
import ForumSolver

/// `ctt-solve INSTANCE -o SOLUTION`: solves an ITC-2007 curriculum-based timetabling instance with
/// the forum solver and writes the official solution format.
@main
struct CTTSolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ctt-solve",
        abstract: "Solve an ITC-2007 track 3 (curriculum-based course timetabling) instance.",
        discussion: """
            Reads a .ctt instance, maps it onto a forum plan (courses are repeated sessions, curricula \
            groups, teachers trainers, ITC weights as constraint overrides), runs the forum solver and \
            writes one line per lecture, 'CourseID RoomID Day Period', atomically. The solution written is \
            scored again by the competition's rules; the last line of stdout is 'hard=H soft=S' (H counts \
            ITC violations: missing lectures, conflicts, unavailability, room occupancy), and stderr gets \
            the soft cost by rule (room capacity, min working days, curriculum compactness, room stability) \
            and, with --explain, one line per counted item.

            Exit status: 0 no hard violations, 1 hard violations left (solution still written), \
            2 bad instance or usage, 3 internal error.

            Examples:
              ctt-solve bench/ctt/comp01.ctt -o comp01.sol
              ctt-solve bench/ctt/comp05.ctt -o comp05.sol --time-limit 60 --threads 2 --seed 7
              ctt-solve bench/ctt/comp20.ctt -o comp20.sol --time-limit 30 --explain
            """)

    @Argument(help: "The instance file (.ctt).")
    var instance: String

    @Option(name: [.short, .customLong("out")], help: "Where to write the solution.")
    var output: String

    @Option(help: "Stop after this many seconds.")
    var timeLimit: Double = 60

    @Option(help: "Seed of the search's random choices.")
    var seed: UInt64 = 1

    @Option(help: "Parallel searches (one per core is a good choice).")
    var threads: Int = 1

    @Flag(help: "List on stderr every counted item: hard violations, courses short of days, isolated lectures, extra rooms, seats short.")
    var explain = false

    func validate() throws {
        guard timeLimit > 0 else {
            throw ValidationError("Please give '--time-limit' as a positive number of seconds, e.g. --time-limit 60.")
        }
        guard (1...256).contains(threads) else {
            throw ValidationError("Please give '--threads' between 1 and 256, e.g. --threads 2.")
        }
    }

    func run() throws {
        let text: String
        do {
            text = try String(contentsOf: URL(fileURLWithPath: instance), encoding: .utf8)
        } catch {
            throw CTTError(file: instance, line: 0, message: "cannot read the instance: \((error as NSError).localizedDescription)")
        }
        let parsed = try CTTInstance(parsing: text, file: instance)
        let problem = Problem(parsed.plan())
        let result = solve(problem, options: SolverOptions(seed: seed, threads: threads, timeLimit: timeLimit))
        if let failure = result.invariantFailure {
            printError("ctt-solve: internal error: \(failure)")
            throw ExitCode(3)
        }
        let solution = CTTSolution.encode(result.schedule, instance: parsed)
        try AtomicFile.write(solution, to: URL(fileURLWithPath: output), skipIfUnchanged: false)
        var items: [CTTCost.Item] = []
        let cost = CTTCost(
            try CTTSolution.lectures(solution, instance: parsed, file: output), instance: parsed,
            report: explain ? { items.append($0) } : nil)
        print(
            String(
                format: "%@: %d lectures, %.1f s, %.2f M moves/s", parsed.name, result.schedule.assignments.count,
                result.statistics.elapsed, result.statistics.movesPerSecond / 1e6))
        printError(
            "soft by rule: room capacity \(cost.roomCapacity), min working days \(cost.minWorkingDays) x5, "
                + "curriculum compactness \(cost.curriculumCompactness) x2, room stability \(cost.roomStability)")
        for rule in CTTCost.Rule.allCases {
            for item in items where item.rule == rule { printError("  \(item)") }
        }
        print("hard=\(cost.hard) soft=\(cost.soft)")
        if cost.hard > 0 { throw ExitCode(1) }
    }

    /// Runs the command with the documented exit codes: usage errors and bad instances exit 2.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) } // --help
            printError(fullMessage(for: error))
            Foundation.exit(2)
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let error as CTTError {
            printError(error.description)
            Foundation.exit(2)
        } catch let error as FileWriteError {
            printError(error.description)
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) } // help requested while running
            printError("ctt-solve: internal error: \(error)")
            Foundation.exit(3)
        }
    }
}

/// Writes a line to stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
