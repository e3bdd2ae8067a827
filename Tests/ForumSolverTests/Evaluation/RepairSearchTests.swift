import ForumModel
import Foundation
import Testing
@testable import ForumSolver

/// `RepairSearch` on the Taraz example: every repair it proposes, applied to the schedule and scored by
/// the full scorer, gives exactly the score it announced, and lowers the hard score.
@Suite struct RepairSearchTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example(_ name: String) throws -> (Problem, Schedule) {
        let plan = try PlanLoader.load(contentsOf: root.appendingPathComponent("examples/\(name).yaml")).plan
        let schedule = try ScheduleFile.read(contentsOf: root.appendingPathComponent("examples/witnesses/\(name).schedule.yaml"))
        return (Problem(plan), schedule)
    }

    static func taraz() throws -> (Problem, Schedule) { try example("taraz-forum") }

    static func applying(_ repair: Repair, to schedule: Schedule) -> Schedule {
        var changed = schedule
        let i = changed.assignments.firstIndex { $0.id == repair.occurrence }!
        switch repair.change {
        case let .move(date, start, end, room):
            (changed.assignments[i].date, changed.assignments[i].start, changed.assignments[i].end) = (date, start, end)
            changed.assignments[i].room = room
        case let .replaceTrainer(old, new):
            changed.assignments[i].trainers = changed.assignments[i].trainers.map { $0 == old ? new : $0 }
        case let .addTrainer(new):
            changed.assignments[i].trainers.append(new)
        }
        return changed
    }

    /// The witness with some occurrences moved onto others (room, trainer and group clashes, travel, capacity).
    static func broken(_ schedule: Schedule) -> Schedule {
        var s = schedule
        func index(_ id: String, section: Int? = nil) -> Int {
            s.assignments.firstIndex { $0.id == OccurrenceID(session: id, section: section) }!
        }
        let results = index("contest-results"), facilitation = index("facilitation", section: 7), dialogue = index("dialogue")
        s.assignments[results].start = TimeOfDay(parsing: "16:00")!
        s.assignments[results].end = TimeOfDay(parsing: "16:30")!
        s.assignments[results].room = "tarspu-council"
        s.assignments[facilitation].room = "nis-201"
        s.assignments[facilitation].trainers = ["abenova"]
        s.assignments[dialogue].room = "nis-202"
        return s
    }

    @Test func everyRepairScoresExactlyWhatItAnnounces() throws {
        let (problem, witness) = try Self.taraz()
        let schedule = Self.broken(witness)
        let (before, violations) = evaluate(schedule, against: problem)
        let hard = violations.filter { $0.level == .hard }
        #expect(hard.count >= 4)
        var search = RepairSearch(schedule: schedule, problem: problem)
        var checked = 0
        for v in hard {
            let repairs = search.repairs(for: v, limit: 50)
            for repair in repairs {
                let (after, afterViolations) = evaluate(Self.applying(repair, to: schedule), against: problem)
                #expect(after == repair.score, "\(repair)")
                #expect(after.hard < before.hard)
                #expect(hard.count - afterViolations.filter { $0.level == .hard }.count == repair.hardViolationsRemoved)
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    @Test(arguments: ["taraz-forum", "shymkent-network"])
    func theNeighbourhoodDeltaEqualsTheFullScoreDifference(example: String) throws {
        let (problem, witness) = try Self.example(example)
        let schedule = example == "taraz-forum" ? Self.broken(witness) : witness
        let neighbourhood = Neighbourhood(schedule, problem: problem)
        let before = hardCountedScore(schedule, against: problem)
        let plan = problem.plan
        var random = Xoshiro(seed: 11)
        for _ in 0..<60 {
            let o = Int(random.next() % UInt64(problem.occurrenceCount))
            let id = problem.occurrences[o].id
            let start = 8 * 60 + Int(random.next() % 40) * 15
            let minutes = 30 * (1 + Int(random.next() % 6))
            let trainers = (0..<Int(random.next() % 4)).map { _ in plan.trainers[Int(random.next() % UInt64(plan.trainers.count))].id }
            let new = Assignment(
                id: id, date: plan.forum.days[Int(random.next() % UInt64(plan.forum.days.count))],
                start: TimeOfDay(minutes: start)!, end: TimeOfDay(minutes: start + minutes)!,
                room: plan.rooms[Int(random.next() % UInt64(plan.rooms.count))].id, trainers: trainers)
            var changed = schedule
            changed.assignments[changed.assignments.firstIndex { $0.id == id }!] = new
            let after = hardCountedScore(changed, against: problem)
            let delta = neighbourhood.delta(replacing: o, with: new)
            #expect(before.score + delta.score == after.score, "\(new)")
            #expect(before.hard + delta.hard == after.hard, "\(new)")
            let hardOnly = neighbourhood.delta(replacing: o, with: new, hardOnly: true)
            #expect(before.score.hard + hardOnly.score.hard == after.score.hard, "\(new)")
            #expect(before.hard + hardOnly.hard == after.hard, "\(new)")
        }
    }

    @Test func aPoolTrainerWhoIsFreeIsProposed() throws {
        let (problem, witness) = try Self.taraz()
        var schedule = witness
        // Section 7 of the facilitation given to a trainer who runs section 1 at the same time.
        let i = schedule.assignments.firstIndex { $0.id == OccurrenceID(session: "facilitation", section: 7) }!
        schedule.assignments[i].trainers = ["abenova"]
        let (_, violations) = evaluate(schedule, against: problem)
        let clash = try #require(violations.first { $0.constraint == .trainerDoubleBooked })
        var search = RepairSearch(schedule: schedule, problem: problem)
        let repairs = search.repairs(for: clash, limit: 10)
        let swap = try #require(repairs.first { if case .replaceTrainer = $0.change { true } else { false } })
        #expect(swap.description.hasPrefix("give '«Мектептің даму жоспарын әзірлеуге қалай көмектесуге болады?» фасилитациялық сессиясы"))
        #expect(swap.description.contains("instead of Динара Әбенова (ойдан шығарылған)"))
        #expect(swap.score.hard == 0)
    }

    @Test func aFeasibleScheduleNeedsNoRepair() throws {
        let (problem, witness) = try Self.taraz()
        var search = RepairSearch(schedule: witness, problem: problem)
        let soft = try #require(evaluate(witness, against: problem).violations.first)
        #expect(search.repairs(for: soft).isEmpty)
    }
}
