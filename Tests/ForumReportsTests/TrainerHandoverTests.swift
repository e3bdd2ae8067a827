import ForumModel
import Testing
@testable import ForumReports

/// A course's trainer replaced between two schedules is worded as a take-over for the rest of the
/// course or as a cover for some meetings only.
@Suite struct TrainerHandoverTests {
    static let days = (0..<4).map { SamplePlan.day1.adding(days: $0) }
    static let plan: Plan = {
        var plan = SamplePlan.plan
        plan.forum.days = days
        plan.trainers.append(Trainer(id: "abisheva", name: "Abisheva", skills: ["assessment"]))
        plan.sessions.append(
            Session(
                id: "course", title: "Assessment course", durationMinutes: 90, groups: ["directors"],
                pool: TrainerPool(count: 1, skills: ["assessment"]), repeats: Repeats(count: 4)))
        return plan
    }()

    func schedule(_ trainers: [String]) -> Schedule {
        Schedule(
            forumID: "taraz",
            assignments: trainers.enumerated().map { k, t in
                SamplePlan.assignment(OccurrenceID(session: "course", run: k + 1), Self.days[k], "10:00", "11:30", "r101", [t])
            })
    }

    @Test func aSubstituteForTheRemainingMeetingsTakesOverTheCourse() {
        let old = schedule(["nugerbaev", "nugerbaev", "nugerbaev", "nugerbaev"])
        let diff = ScheduleDiff(plan: Self.plan, old: old, new: schedule(["nugerbaev", "abisheva", "abisheva", "abisheva"]))
        #expect(diff.handovers.map(\.runs) == [[2, 3, 4]])
        #expect(
            diff.handovers.map { diff.sentence(for: $0, language: .en) } == [
                "Abisheva takes over 'Assessment course' from Tolegen Nugerbaev for the rest of the course (meetings 2–4)."
            ])
    }

    @Test func aOneDaySubstituteIsACover() {
        let old = schedule(["nugerbaev", "nugerbaev", "nugerbaev", "nugerbaev"])
        let diff = ScheduleDiff(plan: Self.plan, old: old, new: schedule(["nugerbaev", "abisheva", "nugerbaev", "nugerbaev"]))
        #expect(diff.handovers.map(\.restOfCourse) == [false])
        #expect(
            diff.handovers.map { diff.sentence(for: $0, language: .en) } == [
                "Abisheva covers for Tolegen Nugerbaev at 'Assessment course' meeting 2 only; the course keeps its trainer otherwise."
            ])
    }

    @Test func unchangedTrainersMakeNoHandover() {
        let same = schedule(["nugerbaev", "nugerbaev", "nugerbaev", "nugerbaev"])
        #expect(ScheduleDiff(plan: Self.plan, old: same, new: same).handovers.isEmpty)
    }
}
