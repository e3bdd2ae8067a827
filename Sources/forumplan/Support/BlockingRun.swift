import Dispatch

/// Runs `body` with Swift concurrency and waits for it on the calling thread: `serve` is the one
/// command that needs async code, and the others stay synchronous.
func runBlocking(_ body: @escaping @Sendable () async throws -> Void) throws {
    final class Outcome: @unchecked Sendable { // written before `done` is signalled, read after
        var error: (any Error)?
    }
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { try await body() } catch { outcome.error = error }
        done.signal()
    }
    done.wait()
    if let error = outcome.error { throw error }
}
