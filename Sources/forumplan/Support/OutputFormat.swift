import ArgumentParser

/// How a command prints its report on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
