import ForumServer
import Logging
import NIOCore
import ServiceLifecycle

/// Runs the real server on 127.0.0.1 with a free port for the length of `body`, then shuts it down gracefully.
/// `body` gets the port and the service group, to shut it down itself.
func withLiveServer(
    _ folder: String, watcher: SourceWatcher? = nil, idleTimeout: TimeAmount = .seconds(60),
    _ body: @Sendable (Int, ServiceGroup) async throws -> Void
) async throws {
    let served = try ServedFolder(path: folder)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let server = FeedServer(
        folder: served, options: FeedServerOptions(host: "127.0.0.1", port: 0, accessLog: .off, idleTimeout: idleTimeout), watcher: watcher
    ) { port in continuation.yield(port) }
    let group = ServiceGroup(configuration: .init(services: [server], logger: Logger(label: "test")))
    try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return }
        do {
            try await body(port, group)
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
    }
}

/// ``withLiveServer(_:watcher:idleTimeout:_:)`` for a body that needs the port only.
func withLiveServer(_ folder: String, watcher: SourceWatcher? = nil, _ body: @Sendable (Int) async throws -> Void) async throws {
    try await withLiveServer(folder, watcher: watcher) { port, _ in try await body(port) }
}
