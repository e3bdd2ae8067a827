import Foundation
import ForumModel
import ForumReports

/// Report pages of the examples (with their zero-hard witness schedules) and of small hand-made plans.
enum ReportFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The plan and witness schedule of `examples/<name>.yaml`.
    static func example(_ name: String) throws -> (plan: Plan, schedule: Schedule) {
        let document = try PlanLoader.load(contentsOf: packageRoot.appendingPathComponent("examples/\(name).yaml"))
        let schedule = try ScheduleFile.read(contentsOf: packageRoot.appendingPathComponent("examples/witnesses/\(name).schedule.yaml"))
        return (document.plan, schedule)
    }

    /// The first three days of the Otpan example (about 600 occurrences in 6 venues, 204 rooms: a
    /// large plan), built once for every test that reads them; three days keep the suite light.
    static let otpan: Result<(plan: Plan, schedule: Schedule, pages: [String: ReportPage]), any Error> = Result {
        var (plan, schedule) = try example("otpan-rollout")
        plan.forum.days = Array(plan.forum.days.prefix(3))
        schedule.assignments = schedule.assignments.filter { plan.forum.days.contains($0.date) }
        return (plan, schedule, try pages(plan, schedule))
    }

    static let evaluation = ReportEvaluation(
        score: Score(hard: 0, soft: 42),
        violations: [
            Violation(
                constraint: .lateFinish, level: .soft, penalty: 30, message: "Closing <ends> at 17:30 & later",
                date: LocalDate(iso: "2019-11-15"))
        ])

    /// Every page of the report in `language`, by path.
    static func pages(_ plan: Plan, _ schedule: Schedule, language: Language = .en) throws -> [String: ReportPage] {
        let pages = try TimetableReport(plan: plan, schedule: schedule, evaluation: evaluation, language: language).pages()
        return Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func d(_ s: String) -> LocalDate { LocalDate(iso: s)! }
    static func t(_ s: String) -> TimeOfDay { TimeOfDay(parsing: s)! }

    /// A one-day forum whose names need escaping, with `rooms` rooms in two venues.
    static func tinyPlan(rooms: Int = 3) -> Plan {
        let roomList = (1...rooms).map { Room(id: "r\($0)", name: "Кабинет \($0) <A&B>", capacity: 30) }
        return Plan(
            forum: Forum(
                id: "tiny", title: "Өңірлік форум & \"Региональный\" <forum>", timeZone: "Asia/Almaty",
                days: [d("2026-03-10")], dayStart: t("09:00"), dayEnd: t("13:00"),
                breaks: [TimeWindow(start: t("11:00"), end: t("11:30"))], gridMinutes: 30),
            venues: [
                Venue(id: "school", name: "Мектеп №1", town: "Тараз", rooms: Array(roomList.prefix((rooms + 1) / 2))),
                Venue(id: "uni", name: "University 'Q'", town: "Taraz", rooms: Array(roomList.dropFirst((rooms + 1) / 2)))
            ],
            trainers: [Trainer(id: "a", name: "Әсел <b>Абишева</b>", maxDailyMinutes: 120), Trainer(id: "b", name: "Berik & Co")],
            groups: [ParticipantGroup(id: "g", name: "Directors 'A' & <B>", size: 60)],
            sessions: [
                Session(
                    id: "x", title: "Tom & Jerry <script>alert(\"x\")</script> 'q'", kind: .workshop,
                    durationMinutes: 90, groups: ["g"], trainers: ["a"]),
                Session(
                    id: "y", title: "Қазақ тілі / Русский язык", kind: .lecture, durationMinutes: 60, groups: ["g"],
                    trainers: ["b"], repeats: Repeats(count: 2))
            ])
    }
}
