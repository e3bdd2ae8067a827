import ArgumentParser

/// The documented exit codes of every `forumplan` command.
enum ExitStatus {
    /// The job ran and found nothing wrong.
    static let ok = ExitCode(0)
    /// The job ran but the result has hard conflicts (e.g. an infeasible schedule).
    static let hardConflicts = ExitCode(1)
    /// Bad input or usage: the message says what and where.
    static let badInput = ExitCode(2)
    /// A bug in forumplan: please report it.
    static let internalError = ExitCode(3)
    /// Stopped by Ctrl-C before finishing; what was written is complete (the shell's 128 + SIGINT).
    static let interrupted = ExitCode(130)
}
