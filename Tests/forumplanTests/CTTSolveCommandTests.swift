import Foundation
import ForumCTT
import ForumModel
import ForumSolver
import Testing

/// `ctt-solve` as a user runs it: solutions in the official format, scored again the same way, bad input refused.
@Suite struct CTTSolveCommandTests {
    /// Three courses of one teacher and one curriculum, two rooms, two days of three periods: a 0/0 solution exists.
    static let tiny = """
        Name: Tiny
        Courses: 3
        Rooms: 2
        Days: 2
        Periods_per_day: 3
        Curricula: 1
        Constraints: 2

        COURSES:
        c1 t1 2 2 20
        c2 t2 2 2 30
        c3 t3 1 1 10

        ROOMS:
        rA 30
        rB 20

        CURRICULA:
        q1 3 c1 c2 c3

        UNAVAILABILITY_CONSTRAINTS:
        c1 0 0
        c3 1 2

        END.
        """

    @Test func tinyInstanceSolvesToAPerfectSolution() throws {
        let dir = try CommandRunner.folder(with: ["tiny.ctt": Self.tiny])
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CommandRunner.run(["tiny.ctt", "-o", "tiny.sol", "--time-limit", "5"], tool: "ctt-solve", in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").last == "hard=0 soft=0")
        let lines = try String(contentsOf: dir.appendingPathComponent("tiny.sol"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let f = line.split(separator: " ")
            #expect(f.count == 4 && ["rA", "rB"].contains(f[1]) && Int(f[2]) != nil && Int(f[3]) != nil, "\(line)")
        }
    }

    @Test func writtenSolutionScoresWhatWasPrinted() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let instancePath = CommandRunner.packageRoot.appendingPathComponent("bench/ctt/comp01.ctt").path
        let run = try CommandRunner.run(
            [instancePath, "-o", "comp01.sol", "--time-limit", "3", "--threads", "2", "--seed", "5", "--explain"], tool: "ctt-solve",
            in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let last = try #require(run.stdout.split(separator: "\n").last)
        let instance = try CTTInstance(parsing: try String(contentsOfFile: instancePath, encoding: .utf8), file: instancePath)
        let text = try String(contentsOf: dir.appendingPathComponent("comp01.sol"), encoding: .utf8)
        var items: [CTTCost.Item] = []
        let cost = CTTCost(try CTTSolution.lectures(text, instance: instance, file: "comp01.sol"), instance: instance) {
            items.append($0)
        }
        #expect(last == "hard=\(cost.hard) soft=\(cost.soft)")
        // --explain: one stderr line per counted item, their points adding up to the soft cost.
        #expect(items.reduce(0) { $0 + $1.points } == cost.soft)
        for item in items { #expect(run.stderr.contains("  \(item)\n"), "missing '\(item)' in \(run.stderr)") }
        #expect(run.stderr.split(separator: "\n").filter { $0.hasPrefix("  ") }.count == items.count, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "soft by rule: room capacity \(cost.roomCapacity), min working days \(cost.minWorkingDays) x5, "
                    + "curriculum compactness \(cost.curriculumCompactness) x2, room stability \(cost.roomStability)"),
            "\(run.stderr)")
        #expect(cost.hard == 0)
        let problem = Problem(instance.plan())
        let (score, _) = evaluate(try CTTSolution.decode(text, instance: instance, file: "comp01.sol"), against: problem)
        #expect(score == Score(hard: 0, soft: cost.soft))
    }

    @Test func badInputExitsTwoAndSaysWhere() throws {
        let broken = Self.tiny.replacingOccurrences(of: "c2 t2 2 2 30", with: "c2 t2 two 2 30")
        let dir = try CommandRunner.folder(with: ["broken.ctt": broken, "tiny.ctt": Self.tiny])
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases: [([String], String)] = [
            (["broken.ctt", "-o", "x.sol"], "broken.ctt:11: error: expected a whole number from 1 to 1000000, found 'two'"),
            (["missing.ctt", "-o", "x.sol"], "missing.ctt: error: cannot read the instance"),
            (["tiny.ctt", "-o", "x.sol", "--threads", "0"], "Please give '--threads' between 1 and 256"),
            (["tiny.ctt"], "Missing expected argument '--out <out>'")
        ]
        for (arguments, message) in cases {
            let run = try CommandRunner.run(arguments, tool: "ctt-solve", in: dir)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.sol").path))
    }

    @Test func helpHasExamples() throws {
        let run = try CommandRunner.run(["--help"], tool: "ctt-solve")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:") && run.stdout.contains("ctt-solve bench/ctt/comp01.ctt -o comp01.sol"))
    }
}
