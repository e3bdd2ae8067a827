import ForumModel
import Testing
@testable import ForumSolver

/// `RepairSearch` on a schedule with one fault of every hard constraint: every suggestion listed under
/// a violation, applied and scored by the full evaluator, removes that very violation, lowers the
/// hard score and gives the score it announced; a fault no single change can fix gets no suggestion.
/// One occurrence has two faults (a trainer without the skill, in a double-booked room), so a change
/// that lowers the hard score is not enough: moving it fixes the room, not the skill.
@Suite struct RepairEveryConstraintTests {
    typealias F = Fixtures
    static let d1 = F.day1, d2 = F.day2

    static let plan: Plan = {
        let venue = Venue(
            id: "school", name: "School",
            rooms: [
                Room(id: "hall", name: "Hall", capacity: 100, features: ["stage"]),
                Room(id: "r12", name: "Room 12", capacity: 30, features: ["projector"]),
                Room(id: "r14", name: "Room 14", capacity: 30, features: ["projector"]),
                Room(id: "r15", name: "Room 15", capacity: 30)
            ])
        let trainers = [
            Trainer(id: "abisheva", name: "Abisheva", languages: ["kk", "ru"], skills: ["assessment"]),
            Trainer(id: "kassymov", name: "Kassymov", languages: ["kk", "ru"], skills: ["assessment"]),
            Trainer(
                id: "berdibekova", name: "Berdibekova", languages: ["ru"], skills: ["leadership"],
                unavailable: [F.window("09:00", "12:00", on: d2)]),
            Trainer(id: "omarova", name: "Omarova", languages: ["ru", "en"], skills: ["leadership"]),
            Trainer(id: "zholdas", name: "Zholdas", languages: ["kk"], skills: ["stem"], maxDailyMinutes: 120)
        ]
        let groups =
            (1...20).map { ParticipantGroup(id: "g\($0)", name: "Group \($0)", size: $0 == 3 ? 80 : 20) }
            + [ParticipantGroup(id: "g21", name: "Group 21", size: 20, maxDailyMinutes: 120)]
        func s(
            _ id: String, _ group: Int, minutes: Int = 60, features: [String] = [], language: String? = nil,
            trainers: [String] = [], pool: TrainerPool? = nil, after: [String] = [], pin: Pin? = nil
        ) -> Session {
            Session(
                id: id, title: "Session \(id)", durationMinutes: minutes, groups: ["g\(group)"], features: features,
                language: language, trainers: trainers, pool: pool, after: after, pin: pin)
        }
        let sessions = [
            s("room-a", 1), s("room-b", 2), // room-double-booked
            s("big", 3), // room-capacity
            s("slides", 4, features: ["projector"]), // room-features
            s("assess-a", 5, pool: TrainerPool(count: 1, skills: ["assessment"])), // trainer-double-booked
            s("assess-b", 6, pool: TrainerPool(count: 1, skills: ["assessment"])),
            s("lead-early", 7, pool: TrainerPool(count: 1, skills: ["leadership"])), // trainer-unavailable
            s("twin-a", 8), s("twin-b", 8), // group-overlap
            s("late", 9), // outside-hours
            s("english", 10, language: "en", pool: TrainerPool(count: 1, skills: ["leadership"])), // trainer-language
            s("skill", 11, pool: TrainerPool(count: 1, skills: ["assessment"])), // trainer-skill, and
            s("room-c", 20), // room-double-booked with it
            s("pair", 12, pool: TrainerPool(count: 2, skills: ["assessment"])), // trainer-count
            s("second", 13, after: ["first"]), s("first", 14), // precedence
            s("pinned", 15, pin: Pin(start: F.time("15:00"))), // pinned
            s("stem-1", 16, trainers: ["zholdas"]), s("stem-2", 17, trainers: ["zholdas"]),
            s("stem-3", 18, trainers: ["zholdas"]), // trainer-daily-load
            s("named", 19, language: "kk", trainers: ["omarova"]), // trainer-language, named: no single fix
            s("course-1", 21), s("course-2", 21), s("course-3", 21) // group-daily-load
        ]
        return Plan(forum: F.forum(), venues: [venue], trainers: trainers, groups: groups, sessions: sessions)
    }()

    static let schedule: Schedule = {
        func a(_ id: String, _ date: LocalDate, _ from: String, _ to: String, _ room: String, _ trainers: [String] = []) -> Assignment {
            F.assignment(id, date, from, to, room: room, trainers: trainers)
        }
        return Schedule(
            forumID: "test",
            assignments: [
                a("room-a", d1, "09:00", "10:00", "r12"), a("room-b", d1, "09:00", "10:00", "r12"),
                a("big", d1, "09:00", "10:00", "r15"),
                a("slides", d1, "10:00", "11:00", "r15"),
                a("assess-a", d1, "11:00", "12:00", "r12", ["abisheva"]), a("assess-b", d1, "11:00", "12:00", "r14", ["abisheva"]),
                a("lead-early", d2, "09:00", "10:00", "r12", ["berdibekova"]),
                a("twin-a", d1, "14:00", "15:00", "r12"), a("twin-b", d1, "14:00", "15:00", "r14"),
                a("late", d1, "17:30", "18:30", "r15"),
                a("english", d1, "15:00", "16:00", "r12", ["berdibekova"]),
                a("skill", d1, "16:00", "17:00", "r12", ["berdibekova"]), a("room-c", d1, "16:00", "17:00", "r12"),
                a("pair", d2, "14:00", "15:00", "r12", ["kassymov"]),
                a("second", d2, "10:00", "11:00", "r14"), a("first", d2, "11:00", "12:00", "r14"),
                a("pinned", d2, "16:00", "17:00", "r15"),
                a("stem-1", d1, "09:00", "10:00", "hall", ["zholdas"]), a("stem-2", d1, "10:00", "11:00", "hall", ["zholdas"]),
                a("stem-3", d1, "11:00", "12:00", "hall", ["zholdas"]),
                a("named", d2, "15:00", "16:00", "r14", ["omarova"]),
                a("course-1", d1, "09:00", "10:00", "r14"), a("course-2", d1, "10:00", "11:00", "r14"),
                a("course-3", d1, "15:00", "16:00", "r14")
            ])
    }()

    @Test func everySuggestionRemovesTheViolationItIsListedUnder() throws {
        let problem = Problem(Self.plan)
        let (before, violations) = evaluate(Self.schedule, against: problem)
        let hard = violations.filter { $0.level == .hard }
        let hardConstraints = ConstraintID.allCases.filter { $0.defaultSetting.level == .hard }
        #expect(Set(hard.map(\.constraint)) == Set(hardConstraints), "one fault of every hard constraint")
        var search = RepairSearch(schedule: Self.schedule, problem: problem)
        var suggested = 0
        for v in hard {
            let repairs = search.repairs(for: v, limit: 20)
            let isNamedLanguage = v.constraint == .trainerLanguage && v.sessions == ["named"]
            #expect(repairs.isEmpty == isNamedLanguage, "\(v.message): \(repairs.map(\.description))")
            for repair in repairs {
                let changed = RepairSearchTests.applying(repair, to: Self.schedule)
                let (after, remaining) = evaluate(changed, against: problem)
                #expect(after == repair.score, "\(repair)")
                #expect(after.hard < before.hard, "\(repair)")
                let still = remaining.contains { r in
                    r.constraint == v.constraint && Set(r.trainers) == Set(v.trainers) && Set(r.rooms) == Set(v.rooms)
                        && Set(r.groups) == Set(v.groups) && r.sessions.contains(where: v.sessions.contains)
                }
                #expect(!still, "'\(repair)' is listed under '\(v.message)' but leaves it")
                suggested += 1
            }
            if repairs.count > 1 {
                #expect(zip(repairs, repairs.dropFirst()).allSatisfy { $0.score <= $1.score }, "ranked by resulting score")
            }
        }
        #expect(suggested >= 2 * (hard.count - 1))
    }

    @Test func aMissingSkillIsRepairedByAQualifiedFreeTrainerNotByAMove() throws {
        let problem = Problem(Self.plan)
        let skill = try #require(evaluate(Self.schedule, against: problem).violations.first { $0.constraint == .trainerSkill })
        var search = RepairSearch(schedule: Self.schedule, problem: problem)
        let repairs = search.repairs(for: skill)
        #expect(
            repairs.map(\.change).contains(.replaceTrainer(old: "berdibekova", new: "kassymov"))
                || repairs.map(\.change).contains(.replaceTrainer(old: "berdibekova", new: "abisheva")), "\(repairs)")
        #expect(repairs.allSatisfy { if case .replaceTrainer = $0.change { true } else { false } }, "\(repairs)")
        #expect(repairs.first?.description.contains("a new trainer, free then; the same time and room") == true)
    }
}
