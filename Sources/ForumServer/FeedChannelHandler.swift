#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import NIOCore
import NIOHTTP1

/// One connection's requests, as NIOHTTP1's decoder parses them, answered on the connection's event
/// loop as each request ends. An answer is three shared buffers written without copying: the
/// prepared head, the `Date` line with the blank line (made once a second), and the cached body; a
/// pipelined sequence is answered in order and flushed once per read.
///
/// Keep-alive follows the request (`Connection`, HTTP version). A malformed request gets `400` and
/// the connection is closed; so is a connection with nothing read and no answer making progress for
/// the idle timeout. When the server shuts down (``ChannelShouldQuiesceEvent``), an idle connection
/// closes once its answers are sent, and one in the middle of a request closes after answering it.
final class FeedChannelHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = ByteBuffer

    private let responder: FeedResponder
    private let accessLog: LogSink?
    private let idleTimeout: TimeAmount
    /// The request being received: its head arrived, its end not yet.
    private var request: HTTPRequestHead?
    /// Set when the server shuts down: the request under way is the last one answered.
    private var quiescing = false
    /// Set once the last answer is written: the connection closes when it has been sent.
    private var closing = false
    /// When bytes last arrived or a part of a large answer was sent.
    private var lastActivity = NIODeadline.now()
    private var idleCheck: Scheduled<Void>?
    /// The ends of a head for the current second: `Date: …\r\n\r\n`, and the same with `Connection: close`
    /// and with `Connection: keep-alive` (for HTTP/1.0 clients that ask for it).
    private var dateSecond = -1
    private var headEnd = ByteBuffer()
    private var closingHeadEnd = ByteBuffer()
    private var keepAliveHeadEnd = ByteBuffer()

    init(responder: FeedResponder, accessLog: LogSink?, idleTimeout: TimeAmount) {
        self.responder = responder
        self.accessLog = accessLog
        self.idleTimeout = idleTimeout
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { scheduleIdleCheck(context: context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        scheduleIdleCheck(context: context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        idleCheck?.cancel()
        idleCheck = nil
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
        case .body:
            break // GET and HEAD carry none worth reading; anything else is refused at the end
        case .end:
            guard let head = request else { return }
            request = nil
            respond(to: head, context: context)
        }
    }

    func channelReadComplete(context: ChannelHandlerContext) {
        lastActivity = .now()
        context.flush()
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let keepAlive = head.isKeepAlive && !quiescing
        let answer: FeedAnswer
        if let accessLog {
            let start = ContinuousClock.now
            answer = responder.answer(method: head.method, target: head.uri, headers: head.headers)
            let elapsed = ContinuousClock.now - start
            let micros = elapsed.components.seconds * 1_000_000 + elapsed.components.attoseconds / 1_000_000_000_000
            accessLog.appendRequest(
                method: head.method.rawValue, path: FeedResponder.loggedPath(head.uri, relative: answer.relative),
                status: Int(answer.head.status.code), bytes: answer.head.contentLength, encoding: answer.head.contentEncoding,
                micros: micros)
        } else {
            answer = responder.answer(method: head.method, target: head.uri, headers: head.headers)
        }
        let isHTTP10 = head.version.major == 1 && head.version.minor == 0
        write(answer.head, body: answer.body, ending: keepAlive ? (isHTTP10 ? .keepAlive : .plain) : .close, context: context)
        if !keepAlive { closeAfterWrites(context: context) }
    }

    /// How a head ends: whether it states `Connection`.
    private enum HeadEnding { case plain, close, keepAlive }

    /// Writes the head, its end (date, connection) and the body, all shared buffers. A large body goes
    /// in parts whose completion counts as activity, so a slow but steady reader is never idle.
    private func write(_ head: ResponseHead, body: ByteBuffer?, ending: HeadEnding, context: ChannelHandlerContext) {
        refreshHeadEnds()
        context.write(wrapOutboundOut(head.bytes), promise: nil)
        let end =
            switch ending {
            case .plain: headEnd
            case .close: closingHeadEnd
            case .keepAlive: keepAliveHeadEnd
            }
        context.write(wrapOutboundOut(end), promise: nil)
        guard var body else { return }
        guard body.readableBytes > Self.partBytes else { return context.write(wrapOutboundOut(body), promise: nil) }
        while body.readableBytes > 0, let part = body.readSlice(length: min(Self.partBytes, body.readableBytes)) {
            let sent = context.eventLoop.makePromise(of: Void.self)
            sent.futureResult.assumeIsolated().whenSuccess { self.lastActivity = .now() }
            context.write(wrapOutboundOut(part), promise: sent)
        }
    }

    /// Bodies larger than this are written in parts of this size.
    private static let partBytes = 256 << 10

    private func refreshHeadEnds() {
        let now = time(nil)
        guard now != dateSecond else { return }
        dateSecond = now
        let date = "Date: \(HTTPDate.format(now))\r\n"
        headEnd = ByteBuffer(string: date + "\r\n")
        closingHeadEnd = ByteBuffer(string: date + "Connection: close\r\n\r\n")
        keepAliveHeadEnd = ByteBuffer(string: date + "Connection: keep-alive\r\n\r\n")
    }

    /// Closes the connection once everything written so far has been sent.
    private func closeAfterWrites(context: ChannelHandlerContext) {
        closing = true
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(ByteBuffer())).whenComplete { _ in channel.close(promise: nil) }
    }

    /// Checks at `lastActivity + idleTimeout` whether anything happened since, and closes the connection if not.
    private func scheduleIdleCheck(context: ChannelHandlerContext) {
        idleCheck = context.eventLoop.assumeIsolated().scheduleTask(deadline: lastActivity + idleTimeout) {
            guard context.channel.isActive else { return }
            if NIODeadline.now() - self.lastActivity >= self.idleTimeout {
                context.close(promise: nil)
            } else {
                self.scheduleIdleCheck(context: context)
            }
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else { return context.fireUserInboundEventTriggered(event) }
        quiescing = true // a request under way is answered with `Connection: close`, then the connection closes
        if request == nil, !closing { closeAfterWrites(context: context) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard error is HTTPParserError, !closing else { return context.close(promise: nil) }
        request = nil
        write(FeedResponder.badRequest, body: FeedResponder.badRequestBody, ending: .close, context: context)
        closeAfterWrites(context: context)
    }
}
