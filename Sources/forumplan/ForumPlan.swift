import ArgumentParser
import Foundation
import ForumModel

/// The `forumplan` command: plans regional education forums.
@main
struct ForumPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forumplan",
        abstract: "Plan education forums: solve timetables, check conflicts, publish calendar feeds.",
        version: "0.1.0",
        subcommands: [Init.self, Import.self, Validate.self, Solve.self, Check.self, Diff.self, Export.self, Agenda.self, Report.self, Serve.self])

    /// Runs the command with the documented exit codes: usage errors exit 2 (not ArgumentParser's 64),
    /// bad plan or schedule files 2, unexpected errors 3.
    static func main() {
        signal(SIGXFSZ, SIG_IGN) // a file-size limit becomes a write error we report, not a kill
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) } // --help, --version
            printError(fullMessage(for: error))
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let errors as PlanErrors {
            printError(errors.description)
            Foundation.exit(ExitStatus.badInput.rawValue)
        } catch let error as FileWriteError {
            printError(error.description)
            Foundation.exit(ExitStatus.badInput.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) } // help requested while running
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.badInput.rawValue)
            }
            printError("forumplan: internal error: \(error)\nThis is a bug in forumplan; please report it with the command you ran.")
            Foundation.exit(ExitStatus.internalError.rawValue)
        }
    }
}
