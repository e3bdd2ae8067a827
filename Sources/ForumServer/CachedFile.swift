import CompressNIO
import NIOCore
import NIOHTTP1

/// One version of a served file, held in memory with the rendered heads of every answer about it.
/// Immutable: a new version of the file is a new object, so a request holds one whole version.
final class CachedFile: Sendable {
    /// One form of the content (plain or gzip) and the heads that go with it.
    struct Representation: Sendable {
        let body: ByteBuffer
        /// The head of a `200` (and of a `HEAD`), with Content-Length.
        let ok: ResponseHead
        /// The head of a `304`: validators, caching, and the length a `200` would have (RFC 9110 §8.6).
        let notModified: ResponseHead
    }

    /// The version of the file these bytes were read from.
    let identity: FileIdentity
    let plain: Representation
    /// The gzip form, when the content type compresses and gzip makes it smaller.
    let gzipped: Representation?
    /// The content tag (of the plain form); the gzip form's tag is derived from it.
    let etag: String
    private let gzipTag: String

    /// Bytes held in memory for this file.
    var memory: Int { plain.body.readableBytes + (gzipped?.body.readableBytes ?? 0) }

    /// Cache-Control of public files: the feeds change rarely, clients revalidate cheaply with the tag
    /// after 10 minutes, and a CDN may keep a copy as long.
    static let publicCaching = "public, max-age=600"
    /// Cache-Control of trainer feeds: the same, but never in a shared cache.
    static let privateCaching = "private, max-age=600"

    /// Builds the entry for `bytes`, read from the file version `identity` at `path` (relative).
    init(path: String, identity: FileIdentity, bytes: ByteBuffer) {
        self.identity = identity
        let etag = bytes.withUnsafeReadableBytes(ContentTag.of)
        self.etag = etag
        gzipTag = ContentTag.gzip(etag)
        let type = MediaType.of(path)
        let common = [
            ResponseHead.Field(name: "Last-Modified", value: HTTPDate.format(identity.modifiedSeconds)),
            ResponseHead.Field(
                name: "Cache-Control", value: path.hasPrefix(RequestPath.trainerFolder + "/") ? Self.privateCaching : Self.publicCaching),
            ResponseHead.Field(name: "Vary", value: "Accept-Encoding")
        ]

        func representation(_ body: ByteBuffer, tag: String, encoding: String?) -> Representation {
            let validators =
                common + [
                    ResponseHead.Field(name: "ETag", value: tag),
                    ResponseHead.Field(name: "Content-Length", value: String(body.readableBytes))
                ]
            var fields = validators + [ResponseHead.Field(name: "Content-Type", value: type)]
            if let encoding { fields.append(ResponseHead.Field(name: "Content-Encoding", value: encoding)) }
            return Representation(body: body, ok: ResponseHead(.ok, fields), notModified: ResponseHead(.notModified, validators))
        }
        plain = representation(bytes, tag: etag, encoding: nil)
        var gzipped: Representation?
        if bytes.readableBytes >= 256, MediaType.compresses(type) {
            var input = bytes
            if let packed = try? input.compress(with: .gzip), packed.readableBytes < bytes.readableBytes {
                gzipped = representation(packed, tag: gzipTag, encoding: "gzip")
            }
        }
        self.gzipped = gzipped
    }

    /// Whether an `If-None-Match` value names this content (`*`, or either form's tag, weak or strong).
    func matches(ifNoneMatch value: String) -> Bool {
        for item in value.split(separator: ",") {
            var tag = item.trimmingSpaces()
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            if tag == etag || tag == gzipTag { return true }
        }
        return false
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
