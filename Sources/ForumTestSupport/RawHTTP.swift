#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// A bare HTTP/1.1 client over a POSIX socket: it sends the request target byte for byte (no
/// normalisation of `..` or `%2F`), so traversal attempts reach the server as an attacker sends them.
public enum RawHTTP {
    /// One parsed answer.
    public struct Response: Sendable {
        public var status: Int
        /// Header names lowercased.
        public var headers: [String: String]
        public var body: [UInt8]
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// What went wrong on the socket.
    public struct Failure: Error { public var what: String }

    /// ``send(port:method:target:headers:)`` on a Dispatch thread, so the blocking socket calls never
    /// hold one of the few threads Swift concurrency (and the server under test) runs on.
    public static func fetch(port: Int, method: String = "GET", target: String, headers: [String: String] = [:]) async throws -> Response {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try send(port: port, method: method, target: target, headers: headers) })
            }
        }
    }

    /// Sends one request with `Connection: close` and reads the whole answer.
    public static func send(port: Int, method: String = "GET", target: String, headers: [String: String] = [:]) throws -> Response {
        let fd = try connection(port: port)
        defer { close(fd) }
        try writeAll(request(method: method, target: target, headers: headers), to: fd)
        return try parse(readAll(fd), isHead: method == "HEAD")
    }

    /// An open TCP connection to 127.0.0.1:`port` whose reads give up after 30 s (the caller closes it).
    public static func connection(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(what: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw Failure(what: "connect to port \(port): errno \(errno)")
        }
        // A server that stops answering fails the test after 30 s instead of hanging it.
        var limit = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// The bytes of a request with `Connection: close`.
    public static func request(method: String = "GET", target: String, headers: [String: String] = [:]) -> [UInt8] {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request += "\(name): \(value)\r\n" }
        return Array((request + "\r\n").utf8)
    }

    /// Writes all of `bytes` to `fd`.
    public static func writeAll(_ bytes: [UInt8], to fd: Int32) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw Failure(what: "write: errno \(errno)") }
            sent += n
        }
    }

    /// Reads until the peer closes, and parses the answer.
    public static func response(from fd: Int32, isHead: Bool = false) throws -> Response {
        try parse(readAll(fd), isHead: isHead)
    }

    /// Every byte the peer sends on `fd` until it closes the connection (or the 30 s read limit passes).
    public static func readAll(_ fd: Int32) -> [UInt8] {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n <= 0 { break }
            received.append(contentsOf: chunk[..<n])
        }
        return received
    }

    private static func parse(_ bytes: [UInt8], isHead: Bool) throws -> Response {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let end = (0...(max(bytes.count - 4, 0))).first(where: { Array(bytes[$0..<min($0 + 4, bytes.count)]) == separator })
        else { throw Failure(what: "no header end in \(bytes.count) bytes") }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure(what: "status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + 4)...])
        if !isHead, status != 304, let length = headers["content-length"].flatMap(Int.init), length != body.count {
            throw Failure(what: "body of \(body.count) bytes, Content-Length \(length)")
        }
        return Response(status: status, headers: headers, body: body)
    }
}
