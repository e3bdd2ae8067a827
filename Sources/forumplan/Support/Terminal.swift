#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// What the process may do on its standard streams: colour and live progress only on a terminal.
struct Terminal {
    /// stderr is a terminal (live progress lines allowed).
    let stderrIsTTY: Bool
    /// Colour allowed: stdout is a terminal and `NO_COLOR` is not set.
    let colour: Bool

    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Terminal {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Terminal(stderrIsTTY: isatty(2) == 1, colour: isatty(1) == 1 && !noColor)
    }
}

/// Writes a line to stderr (progress and diagnostics never go to stdout).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
