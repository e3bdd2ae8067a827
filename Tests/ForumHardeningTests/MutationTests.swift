import Foundation
import ForumCTT
import ForumCalendar
import ForumModel
import ForumReports
import ForumSolver
import ForumTestSupport
import Testing

/// Thousands of seeded mutants of every example plan, calendar and ITC-2007 instance go through the
/// same readers as the CLI: each must end in a result or a typed error, quickly. A crash stops the
/// run; the seed and mutant index printed in every message reproduce it.
@Suite(.timeLimit(.minutes(5))) struct MutationTests {
    static let seed: UInt64 = 20_261_123
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    /// Loads, validates and (when valid) folds calendars in and compiles the plan of each mutant.
    @Test(arguments: [
        ("minimal.yaml", 250), ("taraz-forum.yaml", 300), ("taldykorgan-conference.yaml", 300),
        ("shymkent-network.yaml", 250), ("semey-course.yaml", 250), ("otpan-rollout.yaml", 12)
    ])
    func planMutants(file: String, count: Int) throws {
        let url = Self.root.appendingPathComponent("examples/\(file)")
        let original = Array(try Data(contentsOf: url))
        var mutator = Mutator(seed: Self.seed ^ UInt64(file.utf8.count))
        var rejected = 0
        for index in 0..<count {
            let kind = Mutator.Kind.allCases[index % Mutator.Kind.allCases.count]
            let text = String(decoding: mutator.mutate(original, by: kind), as: UTF8.self)
            let tag: Comment = "seed \(Self.seed), \(file) mutant \(index) (\(kind))"
            try Self.withinBound(tag) {
                do {
                    let document = try PlanLoader.load(text: text, path: file, baseURL: url.deletingLastPathComponent())
                    _ = Problem(try PlanCalendars.resolve(document))
                } catch let errors as PlanErrors {
                    #expect(!errors.diagnostics.isEmpty, tag)
                    rejected += 1
                } catch let error as CalendarFileError {
                    #expect(!error.description.isEmpty, tag)
                    rejected += 1
                }
            }
        }
        #expect(rejected >= count / 3, "most mutants of \(file) should be refused; only \(rejected) of \(count) were")
    }

    /// Reads each mutant of every calendar in `calendars/` as busy time through libical.
    @Test func calendarMutants() throws {
        let folder = Self.root.appendingPathComponent("calendars")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(files.count >= 5)
        let days = (0..<14).map { LocalDate(iso: "2024-03-04")!.adding(days: $0) }
        for file in files {
            let original = Array(try Data(contentsOf: folder.appendingPathComponent(file)))
            var mutator = Mutator(seed: Self.seed ^ UInt64(file.utf8.count))
            for index in 0..<90 {
                let kind = Mutator.Kind.allCases[index % Mutator.Kind.allCases.count]
                let text = String(decoding: mutator.mutate(original, by: kind), as: UTF8.self)
                let tag: Comment = "seed \(Self.seed), \(file) mutant \(index) (\(kind))"
                try Self.withinBound(tag) {
                    do {
                        _ = try BusyCalendar.busyWindows(icsText: text, fileName: file, timeZone: "Asia/Almaty", days: days)
                    } catch let error as CalendarFileError {
                        #expect(!error.description.isEmpty, tag)
                    }
                }
            }
        }
    }

    /// Parses mutants of three ITC-2007 instances and maps each parsed one to a plan.
    @Test(arguments: ["comp01.ctt", "comp11.ctt", "comp14.ctt"])
    func cttMutants(file: String) throws {
        let original = Array(try Data(contentsOf: Self.root.appendingPathComponent("bench/ctt/\(file)")))
        var mutator = Mutator(seed: Self.seed ^ UInt64(file.utf8.count))
        for index in 0..<70 {
            let kind = Mutator.Kind.allCases[index % Mutator.Kind.allCases.count]
            let text = String(decoding: mutator.mutate(original, by: kind), as: UTF8.self)
            let tag: Comment = "seed \(Self.seed), \(file) mutant \(index) (\(kind))"
            try Self.withinBound(tag) {
                do {
                    _ = try CTTInstance(parsing: text, file: file).plan()
                } catch let error as CTTError {
                    #expect(!error.description.isEmpty, tag)
                }
            }
        }
    }

    /// Reads mutants of a hand-made CSV and .ics schedule of the Taldykorgan conference and matches them to its plan.
    @Test(arguments: ["taldykorgan.csv", "taldykorgan-abisheva.ics"])
    func scheduleMutants(file: String) throws {
        let plan = try PlanLoader.load(contentsOf: Self.root.appendingPathComponent("examples/taldykorgan-conference.yaml")).plan
        let original = Array(try Data(contentsOf: Self.root.appendingPathComponent("Fuzz/Seeds/\(file)")))
        var mutator = Mutator(seed: Self.seed ^ UInt64(file.utf8.count))
        for index in 0..<150 {
            let kind = Mutator.Kind.allCases[index % Mutator.Kind.allCases.count]
            let text = String(decoding: mutator.mutate(original, by: kind), as: UTF8.self)
            let tag: Comment = "seed \(Self.seed), \(file) mutant \(index) (\(kind))"
            try Self.withinBound(tag) {
                do {
                    let rows =
                        file.hasSuffix(".csv")
                        ? try ScheduleCSV.read(text, file: file)
                        : try CalendarSchedule.rows(icsText: text, fileName: file, plan: plan)
                    _ = ScheduleMatcher.match(rows, plan: plan)
                } catch let errors as ScheduleCSVErrors {
                    #expect(!errors.errors.isEmpty, tag)
                } catch let errors as CalendarScheduleErrors {
                    #expect(!errors.errors.isEmpty, tag)
                }
            }
        }
    }

    /// Inputs that once broke a fuzz target still end in a result or a typed error.
    @Test func fuzzRegressionsStayFixed() throws {
        let folder = try #require(Bundle.module.url(forResource: "Regressions", withExtension: nil))
        let plan = try PlanLoader.load(contentsOf: Self.root.appendingPathComponent("examples/taldykorgan-conference.yaml")).plan
        for target in ["plan", "calendar", "ctt", "schedule"] {
            let dir = folder.appendingPathComponent(target)
            for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where file != "README" {
                let text = String(decoding: try Data(contentsOf: dir.appendingPathComponent(file)), as: UTF8.self)
                let tag: Comment = "\(target)/\(file)"
                try Self.withinBound(tag) {
                    switch target {
                    case "plan":
                        if let document = try? PlanLoader.load(text: text, path: file, baseURL: dir) { _ = Problem(document.plan) }
                    case "calendar":
                        _ = try? BusyCalendar.busyWindows(
                            icsText: text, fileName: file, timeZone: "Asia/Almaty",
                            days: [LocalDate(iso: "2024-03-01")!])
                    case "schedule":
                        if let rows = try? ScheduleCSV.read(text, file: file) { _ = ScheduleMatcher.match(rows, plan: plan) }
                        if let rows = try? CalendarSchedule.rows(icsText: text, fileName: file, plan: plan) {
                            _ = ScheduleMatcher.match(rows, plan: plan)
                        }
                    default:
                        _ = try? CTTInstance(parsing: text, file: file).plan()
                    }
                }
            }
        }
    }

    /// Runs `body` and records an issue when it takes more than 10 seconds (a hang in the making).
    static func withinBound(_ tag: Comment, _ body: () throws -> Void) throws {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        #expect(elapsed < hangBound(seconds: 10), "\(tag) took \(elapsed)")
    }
}
