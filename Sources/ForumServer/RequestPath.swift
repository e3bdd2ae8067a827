/// Maps a request target to a file inside the served folder, refusing anything that could leave it.
enum RequestPath {
    /// The folder of private trainer feeds: only `trainers/<token>/<file>.ics` is served from it.
    static let trainerFolder = "trainers"

    /// The relative path of the file `target` names (`/groups/g1.ics?x` → `groups/g1.ics`, a path ending
    /// in `/` → that folder's `index.html`), or nil when it may not be served: `.` and `..`, hidden names
    /// (`.forumplan/`, temporary files), encoded slashes or NULs, empty segments, and any trainer path
    /// but a feed under a well-formed token.
    static func resolve(_ target: String) -> String? {
        if let plain = plainFilePath(target) { return plain }
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.first == "/" else { return nil }
        var segments: [String] = []
        let raw = path.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (i, part) in raw.enumerated() {
            if part.isEmpty {
                guard i == raw.count - 1 else { return nil }
                segments.append("index.html")
                continue
            }
            guard let name = percentDecoded(part), !name.hasPrefix("."),
                !name.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 })
            else { return nil }
            segments.append(name)
        }
        if segments.first == trainerFolder {
            guard segments.count == 3, isToken(segments[1]), segments[2].hasSuffix(".ics") else { return nil }
        }
        return segments.joined(separator: "/")
    }

    /// The common case without building segments: `/a/b.ics` made of letters, digits, `-`, `_` and
    /// `.` only, no segment starting with `.` or empty, not under the trainer folder. Nil otherwise
    /// (the general path then decides).
    private static func plainFilePath(_ target: String) -> String? {
        var previous = UInt8(ascii: "/")
        var first = true
        for byte in target.utf8 {
            if first {
                guard byte == UInt8(ascii: "/") else { return nil }
                first = false
                continue
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"):
                break
            case UInt8(ascii: "."), UInt8(ascii: "/"):
                guard previous != UInt8(ascii: "/") else { return nil }
            default:
                return nil
            }
            previous = byte
        }
        guard !first, previous != UInt8(ascii: "/") else { return nil }
        let relative = String(target.utf8.dropFirst())!
        guard !relative.hasPrefix(trainerFolder + "/") else { return nil }
        return relative
    }

    /// Whether `name` is a trainer token as the exporter issues them: 32 lowercase hex digits.
    static func isToken(_ name: String) -> Bool {
        name.utf8.count == 32 && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// `%XX` escapes decoded; nil for a malformed escape or bytes that are not UTF-8.
    private static func percentDecoded(_ text: Substring) -> String? {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        var it = text.utf8.makeIterator()
        while let b = it.next() {
            guard b == UInt8(ascii: "%") else {
                bytes.append(b)
                continue
            }
            guard let h = it.next().flatMap(hexValue), let l = it.next().flatMap(hexValue) else { return nil }
            bytes.append(h << 4 | l)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.contains("\u{FFFD}") ? nil : text
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }
}
