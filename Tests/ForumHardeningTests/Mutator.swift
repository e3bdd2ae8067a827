import ForumTestSupport

/// A seeded mutator of text files: each mutant is reproducible from (seed, file, index).
///
/// Kinds: byte flips, truncation, deleted and duplicated lines, swapped YAML keys, huge numbers,
/// wrong types, deep nesting and invalid UTF-8 — the mistakes and attacks real files carry.
struct Mutator {
    enum Kind: CaseIterable {
        case flipBytes, truncate, deleteLines, duplicateLines, swapKeys, hugeNumber, wrongType, deepNesting, invalidUTF8
    }

    private var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    /// A mutant of `bytes` made by `kind`.
    mutating func mutate(_ bytes: [UInt8], by kind: Kind) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        switch kind {
        case .flipBytes:
            var out = bytes
            for _ in 0..<(1 + below(8)) { out[below(out.count)] ^= UInt8(1 << below(8)) }
            return out
        case .truncate:
            return Array(bytes.prefix(below(bytes.count)))
        case .deleteLines:
            var lines = split(bytes)
            for _ in 0..<(1 + below(3)) where lines.count > 1 { lines.remove(at: below(lines.count)) }
            return join(lines)
        case .duplicateLines:
            var lines = split(bytes)
            let at = below(lines.count)
            let count = 1 + below(min(4, lines.count - at))
            lines.insert(contentsOf: lines[at..<(at + count)], at: below(lines.count + 1))
            return join(lines)
        case .swapKeys:
            var lines = split(bytes)
            let keyed = lines.indices.filter { lines[$0].contains(UInt8(ascii: ":")) }
            guard keyed.count > 1 else { return bytes }
            let a = keyed[below(keyed.count)], b = keyed[below(keyed.count)]
            let ka = key(lines[a]), kb = key(lines[b])
            lines[a] = kb.key + lines[a][ka.end...]
            lines[b] = ka.key + lines[b][kb.end...]
            return join(lines)
        case .hugeNumber:
            return replaceToken(bytes, with: ["99999999999999999999999", "-1", "1e308", "9223372036854775808", "0", "NaN"])
        case .wrongType:
            return replaceToken(bytes, with: ["[]", "{}", "~", "true", "[a, [b, {c: d}]]", "\"\"", "- x", "{a: }"])
        case .deepNesting:
            let depth = 50 + below(5_000)
            let open = [UInt8](repeating: UInt8(ascii: "["), count: depth)
            let at = below(bytes.count)
            return Array(bytes[..<at]) + open + Array(bytes[at...])
        case .invalidUTF8:
            var out = bytes
            let junk: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x28, 0x8C, 0xBC], [0x00], [0xED, 0xA0, 0x80]]
            for _ in 0..<(1 + below(3)) { out.insert(contentsOf: junk[below(junk.count)], at: below(out.count + 1)) }
            return out
        }
    }

    private mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(rng.next() % UInt64(n)) }

    private func split(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    private func join(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [UInt8(ascii: "\n")])) }

    /// The key part of `line` (up to the first colon) and where the rest starts.
    private func key(_ line: [UInt8]) -> (key: [UInt8], end: Int) {
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.count
        return (Array(line[..<colon]), colon)
    }

    /// Replaces one run of letters or digits (a value, a key, a number) with one of `replacements`.
    private mutating func replaceToken(_ bytes: [UInt8], with replacements: [String]) -> [UInt8] {
        func isWord(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) }
        var start = below(bytes.count)
        while start < bytes.count && !isWord(bytes[start]) { start += 1 }
        guard start < bytes.count else { return bytes }
        var end = start
        while end < bytes.count && isWord(bytes[end]) { end += 1 }
        return Array(bytes[..<start]) + Array(replacements[below(replacements.count)].utf8) + Array(bytes[end...])
    }
}
