import ForumModel
import Yams

/// A value bound for the plan file, with the YAML style it is written in.
enum PlanValue: Hashable, Sendable {
    /// Ids, numbers, durations, dates, booleans: written bare.
    case plain(String)
    /// Names, titles, times and windows: written in double quotes.
    case quoted(String)
    /// A flow list: `[kk, ru]`.
    case list([PlanValue])
    /// A plan text per language: `{kk: "…", ru: "…"}` (keys in ``Language`` order).
    case localized([Language: String])

    /// The YAML node written for it.
    var node: Node {
        switch self {
        case .plain(let s): return .scalar(.init(s, .implicit, .plain))
        case .quoted(let s): return .scalar(.init(s, .implicit, .doubleQuoted))
        case .list(let items): return .sequence(.init(items.map(\.node), .implicit, .flow))
        case .localized(let texts):
            let pairs = Language.allCases.compactMap { language in
                texts[language].map { (Node(language.rawValue), PlanValue.quoted($0).node) }
            }
            return .mapping(.init(pairs, .implicit, .flow))
        }
    }

    /// The value as a node in the original plan reads it back, for telling changed entries from unchanged.
    static func sameContent(_ a: Node, _ b: Node) -> Bool {
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)): return x.string == y.string
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { sameContent($0, $1) }
        case (.mapping(let x), .mapping(let y)):
            return x.count == y.count
                && x.allSatisfy { pair in
                    y.first { $0.key.string == pair.key.string }.map { sameContent(pair.value, $0.value) } ?? false
                }
        default: return false
        }
    }
}
