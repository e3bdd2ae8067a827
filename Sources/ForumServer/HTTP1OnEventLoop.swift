import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 channel, with each connection's task run on the connection's event loop
/// (see ``EventLoopTaskExecutor``) instead of Swift's global pool.
struct HTTP1OnEventLoop: ServerChildChannel {
    let http1: HTTP1Channel

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<HTTP1Channel.Value> {
        http1.setup(channel: channel, logger: logger)
    }

    func handle(value: HTTP1Channel.Value, logger: Logger) async {
        guard #available(macOS 15.0, *) else { return await http1.handle(value: value, logger: logger) }
        await withTaskExecutorPreference(EventLoopTaskExecutor(value.channel.eventLoop)) {
            await http1.handle(value: value, logger: logger)
        }
    }
}

extension HTTPServerBuilder {
    /// HTTP/1.1 with connections served on their event loops.
    static var http1OnEventLoop: HTTPServerBuilder {
        HTTPServerBuilder { responder in HTTP1OnEventLoop(http1: HTTP1Channel(responder: responder)) }
    }
}
