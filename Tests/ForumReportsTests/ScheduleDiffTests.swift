import ForumModel
import Testing
@testable import ForumReports

@Suite struct ScheduleDiffTests {
    let plenary = OccurrenceID(session: "plenary")
    let f11 = OccurrenceID(session: "facilitation", run: 1, section: 1)
    let f12 = OccurrenceID(session: "facilitation", run: 1, section: 2)
    let f21 = OccurrenceID(session: "facilitation", run: 2, section: 1)

    func schedules() -> (Schedule, Schedule) {
        let d1 = SamplePlan.day1, d2 = SamplePlan.day2
        let old = Schedule(
            forumID: "taraz",
            assignments: [
                SamplePlan.assignment(plenary, d1, "10:00", "11:30", "hall", ["zholdasbaeva"]),
                SamplePlan.assignment(f11, d1, "14:00", "15:00", "r101", ["nugerbaev"]),
                SamplePlan.assignment(f12, d1, "14:00", "15:00", "hall", ["nugerbaev"]),
                SamplePlan.assignment(f21, d2, "09:00", "10:00", "r101", ["nugerbaev"])
            ])
        let new = Schedule(
            forumID: "taraz",
            assignments: [
                SamplePlan.assignment(plenary, d2, "10:00", "11:30", "hall", ["zholdasbaeva"]),
                SamplePlan.assignment(f11, d1, "14:00", "15:00", "r101", ["zholdasbaeva"]),
                SamplePlan.assignment(f12, d1, "14:00", "15:00", "r101", ["nugerbaev"]),
                SamplePlan.assignment(OccurrenceID(session: "facilitation", run: 2, section: 2), d2, "11:00", "12:00", "hall", ["nugerbaev"])
            ])
        return (old, new)
    }

    @Test func wordsEveryKindOfChange() {
        let (old, new) = schedules()
        let diff = ScheduleDiff(plan: SamplePlan.plan, old: old, new: new)
        #expect(diff.changes.map(\.kind) == [.cancelled, .moved, .moved, .restaffed, .added])
        #expect(
            diff.changes.map { diff.sentence(for: $0, language: .en) } == [
                "Cancelled: 'School development plan (meeting 2, section 1)', which was on Friday, 15 November 2019, 09:00–10:00, Room 101, NIS Taraz.",
                "Moved: 'School development plan (meeting 1, section 2)' from Thursday, 14 November 2019, 14:00–15:00, Assembly hall, NIS Taraz to Room 101, NIS Taraz (same time, Thursday, 14 November 2019, 14:00–15:00).",
                "Moved: 'Plenary session' from Thursday, 14 November 2019, 10:00–11:30, Assembly hall, NIS Taraz to Friday, 15 November 2019, 10:00–11:30, Assembly hall, NIS Taraz.",
                "New trainers: 'School development plan (meeting 1, section 1)' on Thursday, 14 November 2019, 14:00–15:00 is now run by Sapura Zholdasbaeva instead of Tolegen Nugerbaev.",
                "Added: 'School development plan (meeting 2, section 2)' on Friday, 15 November 2019, 11:00–12:00, Assembly hall, NIS Taraz, run by Tolegen Nugerbaev."
            ])
    }

    @Test func noticesGoOnlyToThoseConcerned() throws {
        let (old, new) = schedules()
        let diff = ScheduleDiff(plan: SamplePlan.plan, old: old, new: new)
        #expect(diff.changes(forTrainer: "zholdasbaeva").map(\.id) == [plenary, f11])
        let notice = try #require(diff.notice(to: "Sapura Zholdasbaeva", changes: diff.changes(forTrainer: "zholdasbaeva"), language: .en))
        #expect(notice.hasPrefix("Dear Sapura Zholdasbaeva,\nthe programme of \"Regional forum\" has changed for you:\n- Moved: 'Plenary session'"))
        #expect(diff.changes(forGroup: "directors").count == 5)
        #expect(diff.notice(to: "nobody", changes: [], language: .en) == nil)
    }

    @Test func identicalSchedulesHaveNoChanges() {
        let (old, _) = schedules()
        #expect(ScheduleDiff(plan: SamplePlan.plan, old: old, new: old).isEmpty)
    }
}
