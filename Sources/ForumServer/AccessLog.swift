#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// Where the server's log lines (one per request, plus start and stop) go.
public enum AccessLogDestination: String, CaseIterable, Sendable {
    /// No request lines; start, stop and errors still go to stderr.
    case off
    /// One `key=value` line per request on stderr.
    case stderr
}

/// Log lines collected in memory and written to a file descriptor in batches, so that a request
/// never waits for a terminal or a pipe. ``LogFlusher`` empties it every 200 ms and at shutdown.
final class LogSink: Sendable {
    private let fd: Int32
    private let state = NIOLockedValueBox(Pending())
    /// Batches above this size are written at once instead of waiting for the flusher.
    private static let batchBytes = 32 << 10

    private struct Pending {
        var bytes: [UInt8] = []
        var second = -1
        var stamp = ""
    }

    init(fd: Int32) { self.fd = fd }

    /// Appends one line that starts with the current UTC time (to the second) and `text`.
    func append(_ text: String) {
        appendLine { $0.append(contentsOf: text.utf8) }
    }

    /// Appends the line of one request: `info request bytes=… encoding=… method=… path=… status=… us=…`,
    /// as ``LogLineHandler`` would write it, but written straight into the batch (no metadata
    /// dictionary, no sorting, no intermediate string), since it is written for every request.
    func appendRequest(method: String, path: String, status: Int, bytes: Int, encoding: String, micros: Int64) {
        appendLine { line in
            line.append(contentsOf: "info request bytes=".utf8)
            line.append(contentsOf: String(bytes).utf8)
            line.append(contentsOf: " encoding=".utf8)
            line.append(contentsOf: encoding.utf8)
            line.append(contentsOf: " method=".utf8)
            LogLineHandler.appendQuoted(method, to: &line)
            line.append(contentsOf: " path=".utf8)
            LogLineHandler.appendQuoted(path, to: &line)
            line.append(contentsOf: " status=".utf8)
            line.append(contentsOf: String(status).utf8)
            line.append(contentsOf: " us=".utf8)
            line.append(contentsOf: String(micros).utf8)
        }
    }

    /// Appends the time stamp, a space, what `write` appends, and a line break.
    private func appendLine(_ write: (inout [UInt8]) -> Void) {
        state.withLockedValue { pending in
            let now = time(nil)
            if now != pending.second {
                pending.second = now
                pending.stamp = HTTPDate.iso8601(now)
            }
            pending.bytes.append(contentsOf: pending.stamp.utf8)
            pending.bytes.append(UInt8(ascii: " "))
            write(&pending.bytes)
            pending.bytes.append(UInt8(ascii: "\n"))
            if pending.bytes.count >= Self.batchBytes { drain(&pending.bytes) }
        }
    }

    /// Writes whatever is pending.
    func flush() {
        state.withLockedValue { drain(&$0.bytes) }
    }

    private func drain(_ bytes: inout [UInt8]) {
        var offset = 0
        bytes.withUnsafeBytes { all in
            while offset < all.count {
                let n = write(fd, all.baseAddress! + offset, all.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break } // a closed stderr: drop the lines rather than the requests
                offset += n
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// A swift-log handler writing `LEVEL message key=value…` lines (keys sorted) into a ``LogSink``.
struct LogLineHandler: LogHandler {
    let sink: LogSink
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var line = "\(event.level) \(event.message)"
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        for key in all.keys.sorted() {
            line += " \(key)=\(Self.quoted(all[key].map { "\($0)" } ?? ""))"
        }
        if event.level >= .error { line += " source=\(event.source)" }
        sink.append(line)
    }
}

extension LogLineHandler {
    /// `value` as is, or in double quotes (with `"` and `\` escaped) when it holds spaces, quotes or `=`.
    static func quoted(_ value: String) -> String {
        var out: [UInt8] = []
        appendQuoted(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `quoted(value)` to `out`.
    static func appendQuoted(_ value: String, to out: inout [UInt8]) {
        let special: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "\\") }
        guard value.utf8.contains(where: special) || value.isEmpty else { return out.append(contentsOf: value.utf8) }
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { out.append(UInt8(ascii: "\\")) }
            out.append(byte)
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Empties a ``LogSink`` every 200 ms, and once more when the server shuts down.
struct LogFlusher {
    let sink: LogSink

    func run() async {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(200))
            sink.flush()
        }
        sink.flush()
    }
}
