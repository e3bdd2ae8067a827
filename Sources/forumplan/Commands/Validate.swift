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
