#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Logging
import NIOCore
import NIOExtras
import NIOHTTP1
import NIOPosix
import ServiceLifecycle
import UnixSignals

/// How `forumplan serve` listens and logs.
public struct FeedServerOptions: Sendable {
    public var host: String
    /// 0 picks a free port (reported to `onRunning`).
    public var port: Int
    public var accessLog: AccessLogDestination
    /// A connection with nothing received and no answer making progress for this long is closed: a
    /// client that stops half-way through a request or stops reading an answer, or a keep-alive
    /// connection left open.
    public var idleTimeout: TimeAmount

    /// Options for `host:port`; requests are logged to stderr unless `accessLog` is `.off`.
    public init(host: String = "127.0.0.1", port: Int = 8080, accessLog: AccessLogDestination = .stderr, idleTimeout: TimeAmount = .seconds(60)) {
        self.host = host
        self.port = port
        self.accessLog = accessLog
        self.idleTimeout = idleTimeout
    }
}

/// The feed server: SwiftNIO's HTTP/1.1 decoder and one ``FeedChannelHandler`` per connection,
/// answering from a ``ServedFolder`` (see ``FeedResponder`` for what it answers), on one event loop
/// per core.
///
/// As a ``Service`` it runs until graceful shutdown, then stops accepting, lets every connection
/// finish the request under way, and returns when all are closed. `watcher`, when given, runs beside
/// it, logs to the same place and stops with it; `onRunning` gets the port once the server listens.
public struct FeedServer: Service {
    let folder: ServedFolder
    let options: FeedServerOptions
    let watcher: SourceWatcher?
    let onRunning: @Sendable (Int) async -> Void

    /// The server for `folder`, to run with ``runFeedServer(_:options:)`` or in a service group.
    public init(
        folder: ServedFolder, options: FeedServerOptions, watcher: SourceWatcher? = nil,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) {
        self.folder = folder
        self.options = options
        self.watcher = watcher
        self.onRunning = onRunning
    }

    public func run() async throws {
        let sink = LogSink(fd: STDERR_FILENO)
        defer { sink.flush() }
        let logger = Logger(label: "forumplan.serve") { _ in LogLineHandler(sink: sink) }
        let group = MultiThreadedEventLoopGroup.singleton
        let quiescing = ServerQuiescingHelper(group: group)
        let responder = FeedResponder(folder: folder)
        let accessLog = options.accessLog == .off ? nil : sink
        let idleTimeout = options.idleTimeout
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiescing.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        BackPressureHandler(),
                        ByteToMessageHandler(HTTPRequestDecoder(leftOverBytesStrategy: .dropBytes)),
                        FeedChannelHandler(responder: responder, accessLog: accessLog, idleTimeout: idleTimeout))
                }
            }
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .bind(host: options.host, port: options.port).get()
        let port = channel.localAddress?.port ?? options.port
        logger.info("server started", metadata: ["address": "\(options.host):\(port)"])
        await onRunning(port)

        await withTaskGroup(of: Void.self) { tasks in
            tasks.addTask { await LogFlusher(sink: sink).run() }
            if var watcher {
                watcher.logger = logger
                tasks.addTask { await watcher.run() }
            }
            // Until SIGINT or SIGTERM (or the group's shutdown); cancellation stops the same way.
            try? await gracefulShutdown()
            let closed = group.next().makePromise(of: Void.self)
            quiescing.initiateShutdown(promise: closed)
            try? await closed.futureResult.get()
            tasks.cancelAll()
        }
        logger.info("server stopped")
    }
}

/// Runs `server` until SIGINT or SIGTERM (finishing the requests under way), turning a failure to
/// listen into a ``ServeError`` that says what to do.
public func runFeedServer(_ server: FeedServer, options: FeedServerOptions) async throws {
    let group = ServiceGroup(
        configuration: ServiceGroupConfiguration(
            services: [server], gracefulShutdownSignals: [.sigterm, .sigint],
            logger: Logger(label: "forumplan.serve") { _ in SwiftLogNoOpLogHandler() }))
    do {
        try await group.run()
    } catch let error as IOError where error.errnoCode == EADDRINUSE {
        throw ServeError.addressInUse(host: options.host, port: options.port)
    } catch let error as IOError where [EACCES, EADDRNOTAVAIL].contains(error.errnoCode) {
        throw ServeError.addressRefused(host: options.host, port: options.port, reason: String(cString: strerror(error.errnoCode)))
    }
}
