/// A quick pass over YAML text, before libyaml and Yams see it, that refuses the shapes that could
/// crash or hang them: nesting deeper than ``maxDepth`` (Yams composes recursively) and aliases
/// (`*name`, which can expand a small file without bound).
///
/// It is a rough tokenizer: it knows quotes, comments, block scalars, flow brackets and block
/// indentation well enough to find those two things; everything else is left to libyaml.
struct YAMLShapeScanner {
    /// Deepest nesting accepted; plan files need about five levels.
    static let maxDepth = 64

    /// A refused shape and where it starts (1-based line and column).
    struct Problem: Equatable {
        enum Kind: Equatable { case tooDeep, alias }
        var kind: Kind
        var line: Int
        var column: Int
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var flow = 0
    private var indents: [Int] = []

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The first refused shape in `text`, or nil when it is safe to compose.
    static func scan(_ text: String) -> Problem? {
        var scanner = YAMLShapeScanner(text)
        return scanner.run()
    }

    /// A problem at byte `index` of the current line, its column counted in Unicode scalars like libyaml's.
    private func problem(_ kind: Problem.Kind, at index: Int) -> Problem {
        let column = bytes[lineStart..<index].reduce(1) { n, b in b & 0xC0 == 0x80 ? n : n + 1 }
        return Problem(kind: kind, line: line, column: column)
    }

    private func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0x0A }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private mutating func newline() {
        i += 1
        line += 1
        lineStart = i
    }

    private mutating func run() -> Problem? {
        while i < bytes.count {
            if let problem = scanLine() { return problem }
        }
        return nil
    }

    /// Scans from the start of a line to the start of the next.
    private mutating func scanLine() -> Problem? {
        var indent = 0
        while at(i) == 0x20 {
            i += 1
            indent += 1
        }
        if flow == 0 {
            let c = at(i)
            if c == 0x0A || c == 0x0D || c == 0x23 {
                skipToEndOfLine()
                return nil
            }
            while let last = indents.last, last > indent { indents.removeLast() }
        }
        return scanTokens(lineIndent: indent)
    }

    private mutating func skipToEndOfLine() {
        while i < bytes.count, bytes[i] != 0x0A { i += 1 }
        if i < bytes.count { newline() }
    }

    /// Notes a block collection whose entries start `column` bytes into the line.
    private mutating func open(at column: Int) -> Problem? {
        if indents.last.map({ $0 < column }) ?? true { indents.append(column) }
        return indents.count + flow > Self.maxDepth ? problem(.tooDeep, at: lineStart + column) : nil
    }

    /// Scans tokens until the end of the line (or beyond, for multi-line quoted and flow content).
    private mutating func scanTokens(lineIndent: Int) -> Problem? {
        var tokenStart = true
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A {
                newline()
                return nil
            }
            if c == 0x20 || c == 0x09 || c == 0x0D {
                i += 1
                continue
            }
            if c == 0x23, i == lineStart || Self.isBlank(at(i - 1)) {
                skipToEndOfLine()
                return nil
            }
            if flow > 0 {
                if let problem = scanFlowCharacter(c, tokenStart: &tokenStart) { return problem }
                continue
            }
            guard tokenStart else {
                skipPlain()
                tokenStart = afterKeyIndicator()
                continue
            }
            switch c {
            case 0x2D where Self.isBlank(at(i + 1)), 0x3F where Self.isBlank(at(i + 1)): // "- " or "? "
                if let problem = open(at: i - lineStart) { return problem }
                i += 1
            case 0x2A: // *
                return problem(.alias, at: i)
            case 0x26, 0x21: // & anchor, ! tag
                while i < bytes.count, !Self.isBlank(bytes[i]) { i += 1 }
            case 0x22, 0x27:
                let keyStart = i
                skipQuoted(c)
                if afterKeyIndicator() {
                    if let problem = open(at: keyStart - lineStart) { return problem }
                } else {
                    tokenStart = false
                }
            case 0x5B, 0x7B: // [ {
                flow += 1
                i += 1
                if indents.count + flow > Self.maxDepth { return problem(.tooDeep, at: i - 1) }
            case 0x7C, 0x3E: // | > block scalar: skip its more-indented lines
                skipToEndOfLine()
                skipBlockScalar(parentIndent: lineIndent)
                return nil
            default:
                let keyStart = i
                skipPlain()
                if afterKeyIndicator() {
                    if let problem = open(at: keyStart - lineStart) { return problem }
                } else {
                    tokenStart = false
                }
            }
        }
        return nil
    }

    private mutating func scanFlowCharacter(_ c: UInt8, tokenStart: inout Bool) -> Problem? {
        switch c {
        case 0x5B, 0x7B:
            flow += 1
            i += 1
            tokenStart = true
            if indents.count + flow > Self.maxDepth { return problem(.tooDeep, at: i - 1) }
        case 0x5D, 0x7D:
            flow = max(0, flow - 1)
            i += 1
            tokenStart = false
        case 0x2C:
            i += 1
            tokenStart = true
        case 0x3A where Self.isBlank(at(i + 1)) || [0x2C, 0x5D, 0x7D].contains(at(i + 1)):
            i += 1
            tokenStart = true
        case 0x2A where tokenStart:
            return problem(.alias, at: i)
        case 0x22 where tokenStart, 0x27 where tokenStart:
            skipQuoted(c)
            tokenStart = false
        default:
            i += 1
            tokenStart = false
        }
        return nil
    }

    /// Skips a plain scalar in block context: up to the end of the line, a comment or a `: ` key indicator.
    private mutating func skipPlain() {
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A { return }
            if c == 0x23, Self.isBlank(at(i - 1)) { return }
            if c == 0x3A, Self.isBlank(at(i + 1)) { return }
            i += 1
        }
    }

    /// Consumes `:` followed by a blank when it comes next (after spaces); returns whether it did.
    private mutating func afterKeyIndicator() -> Bool {
        var k = i
        while at(k) == 0x20 || at(k) == 0x09 { k += 1 }
        guard k < bytes.count, bytes[k] == 0x3A, Self.isBlank(at(k + 1)) else { return false }
        i = k + 1
        return true
    }

    /// Skips a quoted scalar, which may span lines; `''` escapes `'`, backslash escapes in `"`.
    private mutating func skipQuoted(_ quote: UInt8) {
        i += 1
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x0A {
                newline()
                continue
            }
            if quote == 0x22, c == 0x5C {
                i += 2
                continue
            }
            if c == quote {
                if quote == 0x27, at(i + 1) == 0x27 {
                    i += 2
                    continue
                }
                i += 1
                return
            }
            i += 1
        }
    }

    /// Skips the content lines of a block scalar: blank lines and lines indented more than its parent.
    private mutating func skipBlockScalar(parentIndent: Int) {
        while i < bytes.count {
            var k = i
            while at(k) == 0x20 { k += 1 }
            let blank = k >= bytes.count || bytes[k] == 0x0A || bytes[k] == 0x0D
            guard blank || k - i > parentIndent else { return }
            i = k
            skipToEndOfLine()
        }
    }
}
