import ArgumentParser

/// The `forumplan` command: plans regional education forums.
@main
struct ForumPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forumplan",
        abstract: "Plan education forums: solve timetables, check conflicts, publish calendar feeds.",
        version: "0.1.0",
        subcommands: [])
}
