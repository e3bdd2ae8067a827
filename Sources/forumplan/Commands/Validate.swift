import ArgumentParser
import Foundation
import ForumModel

extension ForumPlan {
    /// `forumplan validate PLAN`: checks a plan file and reports every problem with its location.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a plan file and report every problem with its file:line:column.",
            discussion: """
                Reads the plan, checks its YAML, keys, types, ids and references, the time zone, the time grid, \
                room capacities and features, trainer pools, calendar paths, precedence and pins, and reports \
                every problem at once. Warnings (idle trainers, unused rooms, …) do not make the plan invalid.

                Exit status: 0 valid (warnings allowed), 2 invalid plan or bad usage, 3 internal error.

                Examples:
                  forumplan validate examples/minimal.yaml
                  forumplan validate plan.yaml --format json | jq '.diagnostics[] | .message'

                JSON output (stdout): an object with "file", "valid", "sessions", "occurrences", "rooms", \
                "trainers", "groups" and "diagnostics", a list of {"severity", "file", "line", "column", \
                "message", "hint"}; counts are 0 when the plan is invalid, and absent parts of a diagnostic are null.
                """)

        @Argument(help: "The plan file (YAML).")
        var plan: String

        @Option(help: "Report format: text or json.")
        var format: OutputFormat = .text

        func run() throws {
            let url = URL(fileURLWithPath: plan)
            let report: ValidationReport
            do {
                let document = try PlanLoader.load(contentsOf: url)
                report = ValidationReport(file: plan, summary: PlanSummary(document.plan), diagnostics: document.warnings)
            } catch {
                report = ValidationReport(file: plan, summary: nil, diagnostics: error.diagnostics)
            }
            switch format {
            case .json:
                print(try report.json())
            case .text:
                for diagnostic in report.diagnostics { printError(diagnostic.description) }
                if let summary = report.summary {
                    print("\(plan): valid — \(summary)")
                } else {
                    let errors = report.diagnostics.count
                    printError("\(plan): invalid — \(errors) error\(errors == 1 ? "" : "s")")
                }
            }
            if report.summary == nil { throw ExitStatus.badInput }
        }
    }
}

/// What `validate --format json` prints.
private struct ValidationReport: Encodable {
    var file: String
    var summary: PlanSummary?
    var diagnostics: [Diagnostic]

    private enum CodingKeys: String, CodingKey {
        case file, valid, sessions, occurrences, rooms, trainers, groups, diagnostics
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(summary != nil, forKey: .valid)
        try container.encode(summary?.sessions ?? 0, forKey: .sessions)
        try container.encode(summary?.occurrences ?? 0, forKey: .occurrences)
        try container.encode(summary?.rooms ?? 0, forKey: .rooms)
        try container.encode(summary?.trainers ?? 0, forKey: .trainers)
        try container.encode(summary?.groups ?? 0, forKey: .groups)
        try container.encode(diagnostics, forKey: .diagnostics)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
