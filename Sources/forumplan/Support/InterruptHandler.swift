import Dispatch
import Foundation

/// Turns Ctrl-C into a request to stop cleanly (the command finishes what it must and says so);
/// a second Ctrl-C ends the process as usual. Keep the handler alive while the command runs.
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    /// Installs the handler; `message` goes to stderr when Ctrl-C arrives, then `action` runs.
    init(_ message: String, _ action: @escaping @Sendable () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            printError("\n" + message)
            signal(SIGINT, SIG_DFL)
            action()
        }
        source.resume()
    }
}
