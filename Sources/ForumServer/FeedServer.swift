#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// How `forumplan serve` listens and logs.
public struct FeedServerOptions: Sendable {
    public var host: String
    /// 0 picks a free port (reported to `onRunning`).
    public var port: Int
    public var accessLog: AccessLogDestination

    /// Options for `host:port`; requests are logged to stderr unless `accessLog` is `.off`.
    public init(host: String = "127.0.0.1", port: Int = 8080, accessLog: AccessLogDestination = .stderr) {
        self.host = host
        self.port = port
        self.accessLog = accessLog
    }
}

/// The Hummingbird application serving `folder`: see ``FeedResponder`` for what it answers.
///
/// `watcher`, when given, runs beside the server, logs to the same place and stops with it;
/// `onRunning` gets the port once the server listens.
public func buildApplication(
    folder: ServedFolder, options: FeedServerOptions, watcher: SourceWatcher? = nil,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let sink = LogSink(fd: STDERR_FILENO)
    let logger = Logger(label: "forumplan.serve") { _ in LogLineHandler(sink: sink) }
    let responder = FeedResponder(folder: folder, accessLog: options.accessLog == .off ? nil : sink)
    var services: [any Service] = [LogFlusher(sink: sink)]
    if var watcher {
        watcher.logger = logger
        services.append(watcher)
    }
    return Application(
        responder: responder,
        configuration: ApplicationConfiguration(address: .hostname(options.host, port: options.port), serverName: "forumplan"),
        services: services,
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? options.port) },
        logger: logger)
}

/// Runs `application` until SIGINT or SIGTERM (finishing the requests under way), turning a failure
/// to listen into a ``ServeError`` that says what to do.
public func runFeedServer(_ application: some ApplicationProtocol, options: FeedServerOptions) async throws {
    do {
        try await application.runService()
    } catch let error as IOError where error.errnoCode == EADDRINUSE {
        throw ServeError.addressInUse(host: options.host, port: options.port)
    } catch let error as IOError where [EACCES, EADDRNOTAVAIL].contains(error.errnoCode) {
        throw ServeError.addressRefused(host: options.host, port: options.port, reason: String(cString: strerror(error.errnoCode)))
    }
}
