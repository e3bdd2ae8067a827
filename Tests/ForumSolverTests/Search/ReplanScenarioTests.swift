import Foundation
import ForumCalendar
import ForumModel
import Testing
@testable import ForumSolver

/// Re-planning the Taraz example's published (witness) schedule after something happens. Each
/// scenario asserts a feasible result, the largest number of changed occurrences it accepts, and
/// which occurrences may change at all.
@Suite struct ReplanScenarioTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../examples").standardizedFileURL
    static let day2 = LocalDate(iso: "2019-11-15")!

    static func taraz() throws -> (plan: Plan, witness: Schedule) {
        let document = try PlanLoader.load(contentsOf: examples.appendingPathComponent("taraz-forum.yaml"))
        let witness = try ScheduleFile.read(contentsOf: examples.appendingPathComponent("witnesses/taraz-forum.schedule.yaml"))
        return (try PlanCalendars.resolve(document), witness)
    }

    /// Re-plans `witness` under `plan` and returns the occurrences whose assignment changed.
    static func replan(_ plan: Plan, _ witness: Schedule) throws -> (result: SolveResult, changed: [Assignment]) {
        let result = solve(try Problem(plan: plan, baseline: witness), options: SolverOptions(seed: 3, stallMoves: 5_000))
        let old = Dictionary(uniqueKeysWithValues: witness.assignments.map { ($0.id, $0) })
        return (result, result.schedule.assignments.filter { a in old[a.id].map { $0 != a } ?? false })
    }

    static func window(_ from: String, _ to: String) -> TimeWindow {
        TimeWindow(day: day2, start: TimeOfDay(parsing: from)!, end: TimeOfDay(parsing: to)!)
    }

    @Test func theWitnessIsFeasibleAndReplanningItChangesNothing() throws {
        let (plan, witness) = try Self.taraz()
        let (result, changed) = try Self.replan(plan, witness)
        #expect(result.score.hard == 0)
        #expect(changed.isEmpty)
    }

    /// Pak (a pool facilitator) falls ill on day two: another facilitator from the pool who is free
    /// takes over facilitation section 4, same time and room. At most 1 change, only Pak's.
    @Test func aPoolTrainerAbsentForADayIsReplacedFromThePool() throws {
        var (plan, witness) = try Self.taraz()
        let pak = plan.trainers.firstIndex { $0.id == "pak" }!
        plan.trainers[pak].unavailable.append(Self.window("00:00", "24:00"))
        let (result, changed) = try Self.replan(plan, witness)
        #expect(result.score.hard == 0)
        #expect(changed.count <= 1)
        let old = witness.assignments.first { $0.id == OccurrenceID(session: "facilitation", section: 4) }!
        #expect(changed.map(\.id) == [old.id])
        #expect(changed.first.map { ($0.date, $0.start, $0.room) == (old.date, old.start, old.room) } == true)
        #expect(changed.first?.trainers.contains("pak") == false)
    }

    /// Entina (named on the round table, no substitute possible) is away 14:00–15:30 on day two:
    /// the round table moves to 15:30, still before the closing at 17:00. At most 1 change, only Entina's sessions.
    @Test func aNamedTrainerAbsentIsWorkedAroundByAMove() throws {
        var (plan, witness) = try Self.taraz()
        let entina = plan.trainers.firstIndex { $0.id == "entina" }!
        plan.trainers[entina].unavailable.append(Self.window("14:00", "15:30"))
        let (result, changed) = try Self.replan(plan, witness)
        #expect(result.score.hard == 0)
        #expect(changed.count <= 1)
        #expect(changed.allSatisfy { $0.trainers.contains("entina") })
    }

    /// Auditorium 103 is taken for a ministry visit on the afternoon of day two (a pinned blocker
    /// session): the round table held there changes room, nothing else. At most 1 change.
    @Test func aRoomWithdrawnForHalfADayMovesOnlyWhatWasInIt() throws {
        var (plan, witness) = try Self.taraz()
        plan.sessions.append(
            Session(
                id: "ministry-visit", title: "Ministry visit", durationMinutes: 240,
                pin: Pin(day: Self.day2, start: TimeOfDay(parsing: "14:00")!, room: "tarspu-103")))
        let (result, changed) = try Self.replan(plan, witness)
        #expect(result.score.hard == 0)
        #expect(changed.count <= 1)
        #expect(changed.allSatisfy { $0.id.session == "round-table" && $0.room != "tarspu-103" })
    }

    /// The guest of the round table can only come at 15:30: the round table is pinned there and
    /// nothing else has to change. At most 1 change.
    @Test func aSessionPinnedToANewTimeMovesAlone() throws {
        var (plan, witness) = try Self.taraz()
        let table = plan.sessions.firstIndex { $0.id == "round-table" }!
        plan.sessions[table].pin = Pin(day: Self.day2, start: TimeOfDay(parsing: "15:30")!)
        let (result, changed) = try Self.replan(plan, witness)
        #expect(result.score.hard == 0)
        #expect(changed.count <= 1)
        #expect(changed.map(\.id.session) == ["round-table"])
        #expect(changed.first?.start == TimeOfDay(parsing: "15:30"))
    }

    /// Four more officials register (34; the contests then fill the 320-seat hall exactly): the
    /// round table (Auditorium 103, 32 seats) needs a bigger room at the same time. At most 1 change, keeping its time.
    @Test func aGroupGrownBeyondItsRoomGetsABiggerRoom() throws {
        var (plan, witness) = try Self.taraz()
        let officials = plan.groups.firstIndex { $0.id == "officials" }!
        plan.groups[officials].size = 34
        let (result, changed) = try Self.replan(plan, witness)
        #expect(result.score.hard == 0)
        #expect(changed.count <= 1)
        let old = witness.assignments.first { $0.id.session == "round-table" }!
        #expect(changed.map(\.id) == [old.id])
        #expect(changed.first.map { ($0.date, $0.start) == (old.date, old.start) && $0.room != old.room } == true)
    }
}
