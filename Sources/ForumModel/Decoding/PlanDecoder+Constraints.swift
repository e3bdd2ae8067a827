import Yams

extension PlanDecoder {
    /// Levels a plan may give a constraint (`medium` is reserved for re-planning).
    static let planLevels: [ConstraintLevel] = [.hard, .soft, .off]

    func decodeConstraints(_ node: Node) -> [ConstraintOverride] {
        guard case .mapping(let mapping) = node else {
            log.error(
                "`constraints` must be a mapping from constraint id to level, not \(NodeReader.describe(node))", at: node,
                hint: "Write e.g. `constraints: {room-capacity: soft, late-finish: off}`.")
            return []
        }
        var result: [ConstraintOverride] = []
        let names = ConstraintID.allCases.map(\.rawValue)
        for (keyNode, value) in mapping {
            guard let name = reader.text(keyNode, "constraints") else { continue }
            guard let id = ConstraintID(rawValue: name) else {
                log.error(
                    "unknown constraint '\(NodeReader.shortened(name))'", at: keyNode,
                    hint: Suggestion.hint(for: name, in: names, kind: "constraints"))
                continue
            }
            switch value {
            case .mapping:
                guard let fields = reader.mapping(value, "constraint '\(name)'", keys: ["level", "weight"]) else { continue }
                let level = fields["level"].flatMap(decodeLevel)
                let weight = fields["weight"].flatMap { reader.int($0, "weight", in: 0...1_000_000) }
                if fields.has("level") && level == nil || fields.has("weight") && weight == nil { continue }
                if let weightNode = fields["weight"] { note("constraints[\(result.count)].weight", weightNode) }
                note("constraints[\(result.count)]", keyNode)
                result.append(ConstraintOverride(id: id, level: level, weight: weight))
            default:
                guard let level = decodeLevel(value) else { continue }
                note("constraints[\(result.count)]", keyNode)
                result.append(ConstraintOverride(id: id, level: level))
            }
        }
        return result
    }

    private func decodeLevel(_ node: Node) -> ConstraintLevel? {
        let text = node.scalar?.string ?? ""
        guard case .scalar = node, let level = ConstraintLevel(rawValue: text), Self.planLevels.contains(level) else {
            log.error(
                "constraint level \(NodeReader.describe(node)) is not hard, soft or off", at: node,
                hint: "Write `hard`, `soft` or `off`, or `{level: soft, weight: 2}`.")
            return nil
        }
        return level
    }
}
