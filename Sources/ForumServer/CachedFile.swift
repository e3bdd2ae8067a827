import CompressNIO
import HTTPTypes
import NIOCore

/// One version of a served file, held in memory with the headers of every answer about it.
struct CachedFile: Sendable {
    /// One form of the content (plain or gzip) and the headers that go with it.
    struct Representation: Sendable {
        var body: ByteBuffer
        /// Headers of a `200` (and of a `HEAD`), with Content-Length.
        var headers: HTTPFields
        /// Headers of a `304`: validators, caching, and the length a `200` would have (RFC 9110 §8.6).
        var notModified: HTTPFields
    }

    /// The version of the file these bytes were read from.
    var identity: FileIdentity
    var plain: Representation
    /// The gzip form, when the content type compresses and gzip makes it smaller.
    var gzipped: Representation?
    /// The content tag (of the plain form); the gzip form's tag is derived from it.
    var etag: String

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
        etag = bytes.withUnsafeReadableBytes(ContentTag.of)
        let type = MediaType.of(path)
        var common = HTTPFields()
        common[.lastModified] = HTTPDate.format(identity.modifiedSeconds)
        common[.cacheControl] = path.hasPrefix(RequestPath.trainerFolder + "/") ? Self.privateCaching : Self.publicCaching
        common[.vary] = "Accept-Encoding"

        func representation(_ body: ByteBuffer, tag: String, encoding: String?) -> Representation {
            var notModified = common
            notModified[.eTag] = tag
            notModified[.contentLength] = String(body.readableBytes)
            var headers = notModified
            headers[.contentType] = type
            if let encoding { headers[.contentEncoding] = encoding }
            return Representation(body: body, headers: headers, notModified: notModified)
        }
        plain = representation(bytes, tag: etag, encoding: nil)
        gzipped = nil
        if bytes.readableBytes >= 256, MediaType.compresses(type) {
            var input = bytes
            if let packed = try? input.compress(with: .gzip), packed.readableBytes < bytes.readableBytes {
                gzipped = representation(packed, tag: ContentTag.gzip(etag), encoding: "gzip")
            }
        }
    }

    /// Whether an `If-None-Match` value names this content (`*`, or either form's tag, weak or strong).
    func matches(ifNoneMatch value: String) -> Bool {
        let gzipTag = ContentTag.gzip(etag)
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
