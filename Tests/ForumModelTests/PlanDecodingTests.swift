import Foundation
import Testing
@testable import ForumModel

/// Decoding details: the spellings docs/plan-format.md allows and the values they become.
@Suite struct PlanDecodingTests {
    static let header = """
        forum:
          id: f
          title: F
          time_zone: Asia/Almaty
          days: {from: 2026-03-02, to: 2026-03-15, weekdays: [mon, wed, fri], except: [2026-03-04]}
          hours: {start: "09:00", end: "18:00"}
          breaks: ["13:00-14:00", "2026-03-06 16:00-18:00"]
          grid: 15m
          late_after: "17:00"
        venues:
          - id: main
            town: Taraz
            rooms:
              - {id: hall, capacity: 300, features: [stage]}
              - {id: zoom, online: true}
          - id: annex
            town: Taraz
            rooms: [{id: lab, capacity: 20, features: [computers]}]
        travel:
          - {between: [main, annex], time: 30m}
        trainers:
          - id: a
            name: A
            email: a@example.kz
            languages: [kk, ru]
            skills: [it]
            availability: ["2026-03-02 09:00-18:00"]
            unavailable: ["2026-03-06", "10:00-11:00"]
            avoid: ["17:00-18:00"]
            home_venue: main
            max_daily_load: 6h
            min_break: 0
          - {id: b, name: B, languages: [ru], skills: [it], min_break: 15m}
        groups:
          - {id: g1, size: 25}
          - {id: g2, name: Group two, size: 26, home_venue: annex}

        """

    private func load(_ sessions: String, constraints: String = "") throws -> PlanDocument {
        try PlanLoader.load(
            text: Self.header + "sessions:\n" + sessions + constraints, path: "p.yaml",
            baseURL: URL(fileURLWithPath: "/tmp/plans"))
    }

    @Test func dayRangesExpandWithWeekdaysAndExceptions() throws {
        let plan = try load("  - {id: s, title: S, duration: 45m, groups: [g1, g2], trainers: [a, b]}\n").plan
        #expect(plan.forum.days.map(\.description) == ["2026-03-02", "2026-03-06", "2026-03-09", "2026-03-11", "2026-03-13"])
        #expect(plan.forum.gridMinutes == 15)
        #expect(plan.forum.breaks.map(\.description) == ["13:00–14:00", "2026-03-06 16:00–18:00"])
        #expect(plan.forum.lateAfter?.description == "17:00")
    }

    @Test func everyDocumentedKeyBecomesItsValue() throws {
        let document = try load(
            """
              - id: course
                title: Course
                kind: course-module
                description: D
                duration: 1h30m
                groups: [g1, g2]
                attendance: 40
                features: [computers]
                language: ru
                trainers: [b]
                pool: {count: 1, skills: [it], languages: [kk]}
                repeats: {count: 3, min_days: 2}
                sections: {count: 2}
                before: [final]
                same_day: [final]
                pin: {room: lab}
                unavailable: ["2026-03-09", "2026-03-11 09:00-12:00"]
                venue: annex
                locked: true
                notes: N
              - {id: final, title: Final, duration: 30m, groups: [g1], after: [course], pin: {day: 2026-03-13, start: "10:00"}}

            """, constraints: "constraints:\n  late-finish: off\n  group-compactness: {level: soft, weight: 2}\n")
        let plan = document.plan
        let course = plan.sessions[0]
        #expect(course.kind == .courseModule)
        #expect(course.durationMinutes == 90)
        #expect(course.pool == TrainerPool(count: 1, skills: ["it"], languages: ["kk"]))
        #expect(course.repeats == Repeats(count: 3, minDays: 2))
        #expect(course.sections == .count(2))
        #expect(course.unavailable.map(\.description) == ["2026-03-09 00:00–24:00", "2026-03-11 09:00–12:00"])
        #expect(course.pin == Pin(room: "lab"))
        #expect(course.locked && course.venue == "annex" && course.notes == "N")
        #expect(plan.sessions[1].pin == Pin(day: LocalDate(iso: "2026-03-13"), start: TimeOfDay(parsing: "10:00")))
        #expect(
            plan.occurrences().map(\.id.description) == ["course#1.1", "course#1.2", "course#2.1", "course#2.2", "course#3.1", "course#3.2", "final"])
        #expect(plan.trainers[0].unavailable.count == 2 && plan.trainers[0].minBreakMinutes == 0 && plan.trainers[0].maxDailyMinutes == 360)
        #expect(plan.trainers[1].minBreakMinutes == 15)
        #expect(plan.rooms.map(\.capacity) == [300, nil, 20])
        #expect(plan.travelMinutes(from: "annex", to: "main") == 30)
        #expect(plan.groups[1].name == "Group two" && plan.groups[0].name == "g1")
        #expect(plan.setting(for: .lateFinish).level == .off)
        #expect(plan.setting(for: .groupCompactness) == ConstraintSetting(level: .soft, weight: 2))
        #expect(document.resolve("../calendars/x.ics").path == "/tmp/calendars/x.ics")
        #expect(document.resolve("/abs/y.ics").path == "/abs/y.ics")
        #expect(document.resolve("file:///abs/z.ics").path == "/abs/z.ics")
    }

    @Test func warningsDoNotStopLoading() throws {
        let document = try load(
            "  - {id: s, title: S, duration: 45m, groups: [g1], attendance: 100, trainers: [a]}\n",
            constraints: "constraints:\n  pinned: {weight: 0}\n")
        #expect(
            document.warnings.map(\.message) == [
                "no session can use room 'lab'",
                "trainer 'b' has no session to run",
                "group 'g2' attends no session",
                "session 's' expects 100 people, more than half again its groups' 25",
                "constraint 'pinned' is hard but has weight 0"
            ])
        #expect(document.warnings.allSatisfy { $0.severity == .warning && $0.location != nil })
    }

    @Test func diagnosticsPrintAndEncodeInTheirDocumentedForms() throws {
        let located = Diagnostic(location: SourceLocation(file: "p.yaml", line: 3, column: 7), message: "bad", hint: "Fix it.")
        #expect(located.description == "p.yaml:3:7: error: bad\n  hint: Fix it.")
        let bare = Diagnostic(severity: .warning, location: nil, message: "odd")
        #expect(bare.description == "warning: odd")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(
            String(decoding: try encoder.encode([located, bare]), as: UTF8.self) == """
                [{"column":7,"file":"p.yaml","hint":"Fix it.","line":3,"message":"bad","severity":"error"},\
                {"column":null,"file":null,"hint":null,"line":null,"message":"odd","severity":"warning"}]
                """)
    }

    @Test func errorsAreSortedByLocation() {
        let errors = PlanErrors([
            Diagnostic(location: SourceLocation(file: "p.yaml", line: 9, column: 1), message: "c"),
            Diagnostic(location: SourceLocation(file: "p.yaml", line: 2, column: 5), message: "b"),
            Diagnostic(location: nil, message: "a"),
            Diagnostic(location: SourceLocation(file: "p.yaml", line: 2, column: 1), message: "a2")
        ])
        #expect(errors.diagnostics.map(\.message) == ["a", "a2", "b", "c"])
    }
}

@Suite struct TimeZoneNameTests {
    @Test(arguments: ["Asia/Almaty", "Asia/Aqtau", "Asia/Qostanay", "Europe/Moscow", "UTC"])
    func acceptsIANANames(name: String) {
        #expect(PlanValidator.isKnownTimeZone(name))
    }

    @Test(arguments: ["Asia/Almatty", "asia/almaty", "GMT+5", "Factory", "../etc/passwd", "", "Asia/", "posixrules x"])
    func refusesEverythingElse(name: String) {
        #expect(!PlanValidator.isKnownTimeZone(name))
    }
}
