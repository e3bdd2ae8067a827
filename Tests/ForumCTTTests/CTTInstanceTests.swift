import Foundation
import ForumModel
import Testing
@testable import ForumCTT

/// The 21 ITC-2007 instances shipped under `bench/ctt/`.
enum CTTFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("bench/ctt")

    static let names = (1...21).map { $0 < 10 ? "comp0\($0)" : "comp\($0)" }

    static func instance(_ name: String) throws -> CTTInstance {
        let text = try String(contentsOf: directory.appendingPathComponent("\(name).ctt"), encoding: .utf8)
        return try CTTInstance(parsing: text, file: "\(name).ctt")
    }
}

@Suite struct CTTInstanceTests {
    @Test func parsesComp01() throws {
        let i = try CTTFixtures.instance("comp01")
        #expect(i.name == "Fis0506-1")
        #expect((i.courses.count, i.rooms.count, i.days, i.periodsPerDay) == (30, 6, 5, 6))
        #expect(i.curricula.count == 14 && i.unavailability.count == 53)
        #expect(i.courses[0] == .init(id: "c0001", teacher: "t000", lectures: 6, minWorkingDays: 4, students: 130))
        #expect(i.curricula[0].courses == ["c0001", "c0002", "c0004", "c0005"])
        #expect(i.unavailability[0] == .init(course: "c0001", day: 4, period: 0))
    }

    @Test(arguments: CTTFixtures.names)
    func everyInstanceBecomesAPlan(name: String) throws {
        let instance = try CTTFixtures.instance(name)
        let plan = instance.plan()
        #expect(plan.occurrences().count == instance.courses.reduce(0) { $0 + $1.lectures })
        #expect(plan.forum.days.count == instance.days)
        #expect(plan.rooms.count == instance.rooms.count)
        #expect(plan.setting(for: .roomCapacity) == ConstraintSetting(level: .soft, weight: 1))
        #expect(plan.setting(for: .spreadOverDays) == ConstraintSetting(level: .soft, weight: 5))
        #expect(plan.setting(for: .groupCompactness) == ConstraintSetting(level: .soft, weight: 2))
        #expect(plan.setting(for: .roomStability) == ConstraintSetting(level: .soft, weight: 1))
        #expect(plan.setting(for: .lateFinish).level == .off)
        #expect(plan.setting(for: .groupOverlap).level == .hard)
    }

    @Test func mapsPeriodsToHourSlotsFromEightOClock() throws {
        let plan = try CTTFixtures.instance("comp01").plan()
        #expect(plan.forum.dayStart.description == "08:00" && plan.forum.dayEnd.description == "14:00")
        let c1 = try #require(plan.sessions.first { $0.id == "c0001" })
        #expect(c1.unavailable.first?.description == "2007-01-05 08:00–09:00")
        #expect(c1.groups == ["q000", "q002", "q003", "q004"].filter { c1.groups.contains($0) })
    }

    @Test(arguments: [
        ("Name: x\nCourses: 1\n", "x.ctt:2: error: the file ends early; is it a complete .ctt instance?"),
        ("Name: x\nCourses: -1\n", "x.ctt:2: error: expected a whole number from 0 to 1000000, found '-1'"),
        ("Title: x\n", "x.ctt:1: error: expected 'Name: <value>'"),
        (
            "Name: x\nCourses: 1\nRooms: 1\nDays: 1\nPeriods_per_day: 1\nCurricula: 0\nConstraints: 0\n\nCOURSES:\nc1 t1 1 1\n",
            "x.ctt:10: error: expected '<CourseID> <Teacher> <#Lectures> <MinWorkingDays> <#Students>' but found 'c1 t1 1 1'"
        ),
        (
            "Name: x\nCourses: 1\nRooms: 1\nDays: 1\nPeriods_per_day: 1\nCurricula: 1\nConstraints: 0\nCOURSES:\nc1 t1 1 1 5\nROOMS:\nr1 10\nCURRICULA:\nq1 1 c9\nUNAVAILABILITY_CONSTRAINTS:\nEND.\n",
            "x.ctt: error: curriculum q1 lists unknown course c9"
        )
    ])
    func brokenInstancesNameTheLine(text: String, expected: String) {
        #expect(throws: CTTError.self) { try CTTInstance(parsing: text, file: "x.ctt") }
        do { _ = try CTTInstance(parsing: text, file: "x.ctt") } catch { #expect(error.description == expected) }
    }
}
