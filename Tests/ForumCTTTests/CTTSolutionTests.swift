import Foundation
import ForumModel
import Testing
@testable import ForumCTT

@Suite struct CTTSolutionTests {
    @Test(arguments: CTTFixtures.names)
    func bestSolutionsReadAndWriteBack(name: String) throws {
        let instance = try CTTFixtures.instance(name)
        let url = CTTFixtures.directory.appendingPathComponent("best-solutions/\(name).sol")
        let text = try String(contentsOf: url, encoding: .utf8)
        let schedule = try CTTSolution.decode(text, instance: instance, file: "\(name).sol")
        #expect(schedule.assignments.count == instance.courses.reduce(0) { $0 + $1.lectures })
        let written = CTTSolution.encode(schedule, instance: instance)
        let normalized = text.split(separator: "\n").map {
            $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }.filter { !$0.isEmpty }.sorted()
        #expect(written.split(separator: "\n").map(String.init).sorted() == normalized)
    }

    @Test(arguments: CTTFixtures.names)
    func bestSolutionsCostExactlyTheBestKnown(name: String) throws {
        let instance = try CTTFixtures.instance(name)
        let table = try String(contentsOf: CTTFixtures.directory.appendingPathComponent("best-known.tsv"), encoding: .utf8)
        let row = try #require(table.split(separator: "\n").map { $0.split(separator: "\t") }.first { $0.first == Substring(name) })
        let text = try String(contentsOf: CTTFixtures.directory.appendingPathComponent("best-solutions/\(name).sol"), encoding: .utf8)
        let cost = CTTCost(try CTTSolution.lectures(text, instance: instance, file: "\(name).sol"), instance: instance)
        #expect(cost.hard == 0)
        #expect(cost.soft == Int(row[1]))
    }

    @Test func brokenSolutionLinesAreNamed() throws {
        let instance = try CTTFixtures.instance("comp01")
        let cases: [(String, String)] = [
            ("c0001 rB 0\n", "s.sol:1: error: expected 'CourseID RoomID Day Period'"),
            ("c9999 rB 0 0\n", "s.sol:1: error: unknown course 'c9999'"),
            ("c0001 rZ 0 0\n", "s.sol:1: error: unknown room 'rZ'"),
            ("\nc0001 rB 5 0\n", "s.sol:2: error: day '5' is out of range"),
            ("c0014 rB 0 0\nc0014 rB 0 1\n", "s.sol:2: error: course c0014 has only 1 lectures")
        ]
        for (text, expected) in cases {
            do {
                _ = try CTTSolution.decode(text, instance: instance, file: "s.sol")
                Issue.record("no error for \(text)")
            } catch {
                #expect(error.description == expected)
            }
        }
    }
}
