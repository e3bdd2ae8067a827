#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import NIOCore
import NIOHTTP1

/// One connection's requests, as NIOHTTP1's decoder parses them, answered on the connection's event
/// loop as each request ends: the answer is a prepared head, the date, and the cached body, so a
/// pipelined sequence is answered in order and flushed once per read.
///
/// Keep-alive follows the request (`Connection`, HTTP version). A malformed request gets `400` and
/// the connection is closed; so is a connection idle for the server's timeout. When the server
/// shuts down (``ChannelShouldQuiesceEvent``), an idle connection closes once its answers are
/// written, and one in the middle of a request closes after answering it.
final class FeedChannelHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = ByteBuffer

    private let responder: FeedResponder
    private let accessLog: LogSink?
    /// The request being received: its head arrived, its end not yet.
    private var request: HTTPRequestHead?
    /// Set when the server shuts down: the request under way is the last one answered.
    private var quiescing = false
    /// Set once the last answer is written: the connection closes when it has been sent.
    private var closing = false
    /// `Date: …\r\n` of the current second, and that second.
    private var dateLine = ByteBuffer()
    private var dateSecond = -1

    init(responder: FeedResponder, accessLog: LogSink?) {
        self.responder = responder
        self.accessLog = accessLog
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
        let connection: StaticString? =
            keepAlive ? (head.version.major == 1 && head.version.minor == 0 ? "Connection: keep-alive\r\n" : nil) : "Connection: close\r\n"
        write(answer.head, body: answer.body, connection: connection, context: context)
        if !keepAlive { closeAfterWrites(context: context) }
    }

    /// Writes the head (with `Date` and `connection`) and the body; small bodies go in the head's buffer.
    private func write(_ head: ResponseHead, body: ByteBuffer?, connection: StaticString?, context: ChannelHandlerContext) {
        let bodyBytes = body?.readableBytes ?? 0
        let inline = bodyBytes <= Self.inlineBodyBytes
        var out = context.channel.allocator.buffer(capacity: head.bytes.readableBytes + 64 + (inline ? bodyBytes : 0))
        out.writeImmutableBuffer(head.bytes)
        out.writeImmutableBuffer(currentDateLine())
        if let connection { out.writeStaticString(connection) }
        out.writeStaticString("\r\n")
        if inline, let body {
            out.writeImmutableBuffer(body)
            context.write(wrapOutboundOut(out), promise: nil)
        } else {
            context.write(wrapOutboundOut(out), promise: nil)
            if let body { context.write(wrapOutboundOut(body), promise: nil) }
        }
    }

    /// Bodies up to this size are copied behind the head: one buffer per answer.
    private static let inlineBodyBytes = 16 << 10

    private func currentDateLine() -> ByteBuffer {
        let now = time(nil)
        if now != dateSecond {
            dateSecond = now
            dateLine.clear()
            dateLine.writeString("Date: \(HTTPDate.format(now))\r\n")
        }
        return dateLine
    }

    /// Closes the connection once everything written so far has been sent.
    private func closeAfterWrites(context: ChannelHandlerContext) {
        closing = true
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(ByteBuffer())).whenComplete { _ in channel.close(promise: nil) }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case is IdleStateHandler.IdleStateEvent:
            context.close(promise: nil)
        case is ChannelShouldQuiesceEvent:
            quiescing = true // a request under way is answered with `Connection: close`, then the connection closes
            if request == nil, !closing { closeAfterWrites(context: context) }
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard error is HTTPParserError, !closing else { return context.close(promise: nil) }
        request = nil
        write(FeedResponder.badRequest, body: FeedResponder.badRequestBody, connection: "Connection: close\r\n", context: context)
        closeAfterWrites(context: context)
    }
}
