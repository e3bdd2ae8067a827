import Yams

/// The entries of one YAML mapping after its keys were checked against the known ones.
struct MappingFields {
    /// The mapping node itself (its location is where "missing key" errors point).
    let node: Node
    /// Known keys and their values, in file order; null values (`key:` or `key: ~`) are left out.
    private(set) var entries: [(key: String, value: Node)] = []
    private let log: DiagnosticLog
    /// How messages name this mapping, e.g. "a session" or, once its id is known, "session 'plenary'".
    var what: String
    /// Unknown keys seen, so a misspelt required key is reported once (as unknown, with "did you mean").
    private var unknownKeys: [String] = []

    /// Reads `node` as a mapping of `what` (e.g. "forum", "a session"), reporting unknown keys.
    ///
    /// With an `entryKind` (e.g. "session"), messages name the entry by its id when it has a valid one.
    init?(_ node: Node, what: String, keys: [String], entryKind: String? = nil, log: DiagnosticLog) {
        guard case .mapping(let mapping) = node else {
            log.error(
                "\(what) must be a mapping of keys to values, not \(NodeReader.describe(node))", at: node,
                hint: "Write it as `key: value` lines indented under its parent, or `{key: value, …}`.")
            return nil
        }
        self.node = node
        self.log = log
        self.what = what
        if let kind = entryKind, let id = mapping.first(where: { $0.key.scalar?.string == "id" })?.value.scalar?.string,
            PlanIdentifier.isValid(id)
        {
            self.what = "\(kind) '\(id)'"
        }
        let what = self.what
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                log.error(
                    "a key in \(what) is \(NodeReader.describe(keyNode)), not a name", at: keyNode,
                    hint: "Keys are plain words such as \(keys.prefix(3).map { "`\($0)`" }.joined(separator: ", ")).")
                continue
            }
            guard keys.contains(key.string) else {
                log.error(
                    "unknown key '\(NodeReader.shortened(key.string))' in \(what)", at: keyNode,
                    hint: Suggestion.hint(for: key.string, in: keys))
                unknownKeys.append(key.string)
                continue
            }
            if !NodeReader.isNull(value) { entries.append((key.string, value)) }
        }
    }

    /// The value of `key`, or nil when absent or null.
    subscript(key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// Whether `key` has a (non-null) value.
    func has(_ key: String) -> Bool { self[key] != nil }

    /// The value of a required key; records "missing" at the mapping when it is absent.
    func required(_ key: String, hint: String? = nil) -> Node? {
        if let value = self[key] { return value }
        if unknownKeys.contains(where: { Suggestion.closest(to: $0, in: [key]) == key }) { return nil }
        log.error("\(what) has no `\(key)`", at: node, hint: hint ?? "Add `\(key):` to it; it is required.")
        return nil
    }
}
