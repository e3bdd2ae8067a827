/// Finds the roster cell behind a position in the merged plan text, so an error the plan validation
/// finds after merging (a duration off the grid, a pin outside the days) names the cell to fix.
struct RosterCellLocator {
    var lines: [Substring]
    var rosters: [Roster]

    init(text: String, rosters: [Roster]) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.rosters = rosters
    }

    /// The cell (`sessions.xlsx:Sessions!C2`) whose value sits at `line`:`column` (1-based), if a roster wrote it.
    func cell(line: Int, column: Int) -> String? {
        guard line >= 1, line <= lines.count else { return nil }
        let path = Self.keyPath(String(lines[line - 1]), column: column)
        guard !path.isEmpty, let (section, id, indent) = entry(above: line - 1) else { return nil }
        let kind: RosterKind?
        switch section {
        case "venues": kind = indent > 2 ? .rooms : nil
        case "trainers": kind = .trainers
        case "groups": kind = .groups
        case "sessions": kind = .sessions
        default: kind = nil
        }
        guard let kind, let entry = rosters.first(where: { $0.kind == kind })?.entries.first(where: { $0.id == id }) else { return nil }
        if let field = entry.fields.first(where: { $0.column.path == path }) { return field.location }
        // A whole nested mapping (`pool: {…}`): its first cell, e.g. `pool count`.
        if let field = entry.fields.first(where: { $0.column.path.count > path.count && $0.column.path.starts(with: path) }) {
            return field.location
        }
        let byLastKey = entry.fields.filter { $0.column.path.last == path.last }
        return byLastKey.count == 1 ? byLastKey[0].location : nil
    }

    /// The top-level section, id and indent of the list entry that `line` (0-based) belongs to.
    private func entry(above line: Int) -> (String, String, Int)? {
        var id: String?
        var indent = 0
        for l in stride(from: line, through: 0, by: -1) {
            let text = lines[l]
            let trimmed = text.drop { $0 == " " }
            if id == nil, trimmed.hasPrefix("- ") {
                let body = trimmed.dropFirst(2).drop { $0 == "{" || $0 == " " }
                guard body.hasPrefix("id:") else { continue }
                id = body.dropFirst(3).drop { $0 == " " }.prefix { !",} #".contains($0) }.description
                indent = text.count - trimmed.count
            }
            if let id, let first = text.first, first != " ", first != "#", text.hasSuffix(":") || text.contains(": ") {
                return (String(text.prefix { $0 != ":" }), id, indent)
            }
        }
        return nil
    }

    /// The keys leading to the value that starts at `column` (1-based): `["duration"]`, `["pool", "count"]`.
    static func keyPath(_ line: String, column: Int) -> [String] {
        var stack: [String] = []
        var token = ""
        var lastKey: String?
        var quote: Character?
        for ch in line.prefix(max(0, column - 1)) {
            if let q = quote {
                if ch == q { quote = nil }
                continue
            }
            switch ch {
            case "\"", "'": quote = ch
            case ":":
                if !token.isEmpty { lastKey = token }
                token = ""
            case "{":
                stack.append(lastKey ?? "")
                lastKey = nil
                token = ""
            case "}":
                _ = stack.popLast()
                token = ""
            case ",", " ", "-", "[", "]":
                if ch == "-", !token.isEmpty { token.append(ch) } else { token = "" }
            default:
                token.append(ch)
            }
        }
        return (stack + [lastKey ?? ""]).filter { !$0.isEmpty }
    }
}
