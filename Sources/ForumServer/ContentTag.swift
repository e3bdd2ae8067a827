/// Strong entity tags computed from a file's bytes alone, so an unchanged feed keeps its tag
/// across re-exports and server restarts.
enum ContentTag {
    /// `"<length in hex>-<FNV-1a 64 in hex>"`: equal bytes give equal tags on every machine.
    static func of(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return "\"\(String(bytes.count, radix: 16))-\(String(hash, radix: 16))\""
    }

    /// The tag of the gzip-encoded form of the same content (a distinct representation, RFC 9110 §8.8.3).
    static func gzip(_ tag: String) -> String {
        String(tag.dropLast()) + "-gz\""
    }
}
