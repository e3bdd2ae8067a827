import ForumServer
import Logging
import ServiceLifecycle

/// Runs the real server on 127.0.0.1 with a free port for the length of `body`, then shuts it down gracefully.
func withLiveServer(_ folder: String, watcher: SourceWatcher? = nil, _ body: @Sendable (Int) async throws -> Void) async throws {
    let served = try ServedFolder(path: folder)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let server = FeedServer(
        folder: served, options: FeedServerOptions(host: "127.0.0.1", port: 0, accessLog: .off), watcher: watcher
    ) { port in continuation.yield(port) }
    let group = ServiceGroup(configuration: .init(services: [server], logger: Logger(label: "test")))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return }
        do {
            try await body(port)
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}
