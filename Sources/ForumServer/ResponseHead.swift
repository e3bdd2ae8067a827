import NIOCore
import NIOHTTP1

/// The status line and header lines of one kind of answer, rendered to bytes once, so that serving a
/// cached file writes a prepared buffer instead of building headers per request.
struct ResponseHead: Sendable {
    /// One header line.
    struct Field: Sendable, Equatable {
        var name: String
        var value: String
    }

    let status: HTTPResponseStatus
    let fields: [Field]
    /// `HTTP/1.1 <status>\r\n`, every field and `Server: forumplan`, each line ending in CRLF; the
    /// writer adds `Date`, `Connection` when needed, and the blank line.
    let bytes: ByteBuffer
    /// Content-Length (of the `200`, for a `304` or `HEAD` too), for the access log.
    let contentLength: Int
    /// Content-Encoding, `identity` when none, for the access log.
    let contentEncoding: String

    /// The value of `Server`, sent with every answer.
    static let serverName = "forumplan"

    init(_ status: HTTPResponseStatus, _ fields: [Field]) {
        self.status = status
        self.fields = fields
        var buffer = ByteBufferAllocator().buffer(capacity: 256)
        buffer.writeString("HTTP/1.1 \(status.code) \(status.reasonPhrase)\r\n")
        for field in fields { buffer.writeString("\(field.name): \(field.value)\r\n") }
        buffer.writeString("Server: \(Self.serverName)\r\n")
        bytes = buffer
        contentLength = fields.first { $0.name == "Content-Length" }.flatMap { Int($0.value) } ?? 0
        contentEncoding = fields.first { $0.name == "Content-Encoding" }?.value ?? "identity"
    }

    /// The value of the field `name` (compared without case), nil when there is none.
    subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.value
    }

    /// The same head with `value` added to `Vary` (or a `Vary` field when there was none).
    func varying(_ value: String) -> ResponseHead {
        var fields = fields
        if let i = fields.firstIndex(where: { $0.name == "Vary" }) {
            fields[i].value += ", " + value
        } else {
            fields.append(Field(name: "Vary", value: value))
        }
        return ResponseHead(status, fields)
    }
}
