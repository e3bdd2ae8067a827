import Yams

/// Reads plan values from YAML nodes; every problem becomes a diagnostic at the node and the value is nil.
struct NodeReader {
    /// Where diagnostics go.
    let log: DiagnosticLog

    /// Whether the node is YAML null (`~`, `null` or nothing at all).
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// `text` cut to 40 characters (with "…"), for quoting user input in messages.
    static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// A short description of what a node is, for "expected X, not Y" messages.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let s):
            return isNull(node) ? "empty" : "'\(shortened(s.string))'"
        }
    }

    /// Reads a mapping with the given known keys.
    func mapping(_ node: Node, _ what: String, keys: [String], entryKind: String? = nil) -> MappingFields? {
        MappingFields(node, what: what, keys: keys, entryKind: entryKind, log: log)
    }

    /// Reads a list; a non-list is an error.
    func list(_ node: Node, _ what: String, example: String = "[a, b]") -> [Node]? {
        guard case .sequence(let sequence) = node else {
            log.error(
                "`\(what)` must be a list, not \(Self.describe(node))", at: node,
                hint: "Write it as \(example), or one `- item` per line.")
            return nil
        }
        return Array(sequence)
    }

    /// Reads free text (any scalar: numbers and dates are taken as written).
    func text(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let s) = node, !Self.isNull(node) else {
            log.error(
                "`\(what)` must be text, not \(Self.describe(node))", at: node,
                hint: "Write it on one line, in quotes when it contains ':' or '#'.")
            return nil
        }
        return s.string
    }

    /// Reads an id: letters, digits, `-`, `_`, `.`, starting with a letter or digit, at most 64 characters.
    func id(_ node: Node, _ what: String) -> String? {
        guard let text = text(node, what) else { return nil }
        guard PlanIdentifier.isValid(text) else {
            log.error(
                "`\(what)` \(Self.describe(node)) is not a valid id", at: node,
                hint: "Ids use letters, digits, '-', '_' and '.', start with a letter or digit and have at most 64 characters, e.g. `room-101`.")
            return nil
        }
        return text
    }

    /// Reads a list of ids (invalid entries are reported and skipped).
    func ids(_ node: Node, _ what: String) -> [(id: String, node: Node)] {
        guard let items = list(node, what) else { return [] }
        return items.compactMap { item in id(item, what).map { ($0, item) } }
    }

    /// Reads a whole number within `range`, guarding against overflow.
    func int(_ node: Node, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard case .scalar(let s) = node, s.style == .plain, let value = Int(s.string) else {
            let tooLarge = Self.isIntegerText(node)
            log.error(
                tooLarge
                    ? "`\(what)` \(Self.describe(node)) is too large"
                    : "`\(what)` must be a whole number, not \(Self.describe(node))", at: node,
                hint: "Write a number between \(range.lowerBound) and \(range.upperBound), without quotes.")
            return nil
        }
        guard range.contains(value) else {
            log.error(
                "`\(what)` is \(value), outside \(range.lowerBound)…\(range.upperBound)", at: node,
                hint: "Write a number between \(range.lowerBound) and \(range.upperBound).")
            return nil
        }
        return value
    }

    private static func isIntegerText(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        let digits = s.string.hasPrefix("-") || s.string.hasPrefix("+") ? s.string.dropFirst() : Substring(s.string)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// Reads `true` or `false`.
    func bool(_ node: Node, _ what: String) -> Bool? {
        if case .scalar(let s) = node, s.style == .plain {
            switch s.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        log.error(
            "`\(what)` must be true or false, not \(Self.describe(node))", at: node,
            hint: "Write `true` or `false` without quotes.")
        return nil
    }
}
