import Foundation
import ForumModel
import Yams

/// Merges rosters into the text of a plan file by id, touching only the entries that change.
///
/// Unchanged entries stay byte for byte, comments and hand-written keys included; a changed entry
/// keeps every key its roster has no column for (pins, notes, constraints live outside rosters)
/// and is rewritten in the style of its neighbours (flow `{…}` or block). Entries a roster no
/// longer lists are reported, and removed only with `prune`. Comments inside a rewritten entry
/// are lost; comment lines between entries stay.
struct PlanMerger {
    private var lines: [String]
    private var root: Node.Mapping
    /// Line replacements on the original text; insertions at one line keep the order they were made in.
    private var edits: [(range: Range<Int>, lines: [String])] = []
    private(set) var changes: [ImportChange] = []
    var prune = false

    /// Parses `text` (the plan file); throws a message when it is not a YAML mapping.
    init(text: String) throws(ImportIssue.Message) {
        lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw ImportIssue.Message("the plan is not readable YAML (\(error))", hint: "Run `forumplan validate` on it and fix it first.")
        }
        switch node {
        case nil: root = Node.Mapping([])
        case .mapping(let m)?: root = m
        default: throw ImportIssue.Message("the plan is not a YAML mapping", hint: "A plan starts with `forum:`; create one with `forumplan init`.")
        }
    }

    /// The merged plan text.
    var text: String {
        var result = lines
        let ordered = edits.enumerated().sorted { ($0.element.range.lowerBound, $0.offset) > ($1.element.range.lowerBound, $1.offset) }
        for (_, edit) in ordered {
            result.replaceSubrange(edit.range, with: edit.lines)
        }
        return result.map { $0 + "\n" }.joined()
    }

    /// Ids of the plan's entries of a top-level list (`trainers`), and of every room.
    func existingIDs(_ key: String) -> [String] {
        guard case .sequence(let s)? = root[key] else { return [] }
        return s.compactMap { $0.mapping?["id"]?.string }
    }

    var existingRoomIDs: [String] {
        guard case .sequence(let venues)? = root["venues"] else { return [] }
        return venues.flatMap { venue -> [String] in
            guard case .sequence(let rooms)? = venue.mapping?["rooms"] else { return [] }
            return rooms.compactMap { $0.mapping?["id"]?.string }
        }
    }

    // MARK: merging

    /// Merges a trainers, groups, sessions or travel roster into its top-level list.
    mutating func merge(_ roster: Roster) {
        let key = roster.kind.planKey
        let desired = roster.entries.map { entry in (id: entry.id, source: entry.location, fields: entry.fields) }
        mergeList(
            key: key, keyNode: root.keyNode(key), node: root[key], parentIndent: 0, regionEnd: regionEnd(afterRootKey: key),
            desired: desired, noun: roster.kind.noun, source: roster.source,
            defaultFlow: roster.kind != .sessions, identity: roster.kind == .travel ? Self.travelPair : Self.entryID,
            writesID: roster.kind != .travel, render: { $0 })
    }

    /// An entry's id.
    static func entryID(_ entry: Node.Mapping?) -> String? { entry?["id"]?.string }

    /// A travel entry's venues, sorted and joined (`aktau|kuryk`), as travel rosters key them.
    static func travelPair(_ entry: Node.Mapping?) -> String? {
        guard case .sequence(let venues)? = entry?["between"] else { return nil }
        return venues.compactMap(\.string).sorted().joined(separator: "|")
    }

    /// Travel rows, ids the import reads: existing pairs of the plan.
    var existingTravelPairs: [String] {
        guard case .sequence(let s)? = root["travel"] else { return [] }
        return s.compactMap { Self.travelPair($0.mapping) }
    }

    /// Merges a rooms roster: venues by id, and rooms by id inside their venue.
    mutating func mergeRooms(_ roster: Roster) {
        let venueEnd = regionEnd(afterRootKey: "venues")
        let venueItems: [Node] = {
            if case .sequence(let s)? = root["venues"] { return Array(s) }
            return []
        }()
        var renderedVenues: [(id: String, source: String, fields: [RosterField])] = []
        for venue in roster.venues {
            renderedVenues.append((venue.id, venue.location, venue.fields))
        }
        // Rooms change inside venues whose own keys do not change; venues that change or are new are rewritten whole.
        let prune = self.prune
        let roomsByVenue = Dictionary(grouping: roster.entries, by: { $0.venue ?? "" })
        mergeList(
            key: "venues", keyNode: root.keyNode("venues"), node: root["venues"], parentIndent: 0, regionEnd: venueEnd,
            desired: renderedVenues, noun: "venue", source: roster.source, defaultFlow: false,
            render: { venue in
                // A rewritten venue carries its merged rooms.
                var pairs = Array(venue)
                let id = venue["id"]?.string ?? ""
                let original: Node? = venueItems.first { $0.mapping?["id"]?.string == id }?.mapping?["rooms"]
                let rooms = Self.mergedItems(original: original, desired: (roomsByVenue[id] ?? []).map { ($0.id, $0.fields) }, prune: prune)
                pairs.removeAll { $0.0.string == "rooms" }
                pairs.append((Node("rooms"), .sequence(.init(rooms.map { .mapping(Self.styled($0, flow: true)) }, .implicit, .block))))
                return Node.Mapping(pairs, .implicit, .block)
            },
            nested: { merger, venueNode, venueEnd in
                guard let mapping = venueNode.mapping, let id = mapping["id"]?.string else { return }
                let rooms = roomsByVenue[id] ?? []
                let indent = merger.indent(ofLine: (venueNode.mark?.line ?? 1) - 1) + 2
                merger.mergeList(
                    key: "rooms", keyNode: mapping.keyNode("rooms"), node: mapping["rooms"], parentIndent: indent,
                    regionEnd: venueEnd, desired: rooms.map { ($0.id, $0.location, $0.fields) }, noun: "room",
                    source: roster.source, defaultFlow: true, render: { $0 })
            })
        // Rooms of venues rewritten whole (new, or with changed venue keys) are reported here.
        let rewritten = Set(changes.filter { $0.kind == "venue" && ($0.action == .added || $0.action == .changed) }.map(\.id))
        for venue in roster.venues where rewritten.contains(venue.id) {
            let original: [Node.Mapping] = {
                let node = venueItems.first { $0.mapping?["id"]?.string == venue.id }?.mapping?["rooms"]
                if case .sequence(let s)? = node { return s.compactMap(\.mapping) }
                return []
            }()
            for room in roomsByVenue[venue.id] ?? [] {
                let before = original.first { $0["id"]?.string == room.id }
                let after = Self.merged(before, id: room.id, fields: room.fields)
                let action: ImportChange.Action =
                    before == nil
                    ? .added
                    : PlanValue.sameContent(.mapping(before!), .mapping(after)) ? .unchanged : .changed
                changes.append(ImportChange(kind: "room", id: room.id, action: action, source: room.location))
            }
            for room in original where !(roomsByVenue[venue.id] ?? []).contains(where: { $0.id == room["id"]?.string }) {
                changes.append(ImportChange(kind: "room", id: room["id"]?.string ?? "", action: prune ? .removed : .kept, source: roster.source))
            }
        }
    }

    /// The merged mapping of one entry: `original`'s keys in order, roster keys replaced, added or
    /// (blank cells) removed; nested keys such as `pool.count` inside their mapping.
    static func merged(_ original: Node.Mapping?, id: String?, fields: [RosterField]) -> Node.Mapping {
        var pairs: [(Node, Node)] = Array(original ?? Node.Mapping([]))
        if original == nil, let id { pairs.append((Node("id"), PlanValue.plain(id).node)) }
        func set(_ key: String, _ value: Node?, in pairs: inout [(Node, Node)]) {
            if let i = pairs.firstIndex(where: { $0.0.string == key }) {
                if let value { pairs[i].1 = value } else { pairs.remove(at: i) }
            } else if let value {
                pairs.append((Node(key), value))
            }
        }
        // A plan text with language columns: its language cells make a map, else its own cell (or nothing) is the text.
        var perLanguage: [(key: String, texts: [Language: String], plain: PlanValue?)] = []
        for field in fields {
            let path = field.column.path == ["venue name"] ? ["name"] : field.column.path
            if field.column.localizable, fields.contains(where: { $0.column.base == field.column.base && $0.column.language != nil }) {
                var i = perLanguage.firstIndex { $0.key == path[0] } ?? perLanguage.count
                if i == perLanguage.count {
                    perLanguage.append((path[0], [:], nil))
                    // Holds the key's place (in column order) until its value is known.
                    if !pairs.contains(where: { $0.0.string == path[0] }) { pairs.append((Node(path[0]), Node(""))) }
                }
                if let language = field.column.language {
                    if case .quoted(let text)? = field.value { perLanguage[i].texts[language] = text }
                } else {
                    perLanguage[i].plain = field.value
                }
                continue
            }
            if path.count == 1 {
                set(path[0], field.value?.node, in: &pairs)
            } else {
                var inner: [(Node, Node)] = pairs.first { $0.0.string == path[0] }?.1.mapping.map(Array.init) ?? []
                set(path[1], field.value?.node, in: &inner)
                set(path[0], inner.isEmpty ? nil : .mapping(.init(inner, .implicit, .flow)), in: &pairs)
            }
        }
        for text in perLanguage {
            set(text.key, text.texts.isEmpty ? text.plain?.node : PlanValue.localized(text.texts).node, in: &pairs)
        }
        return Node.Mapping(pairs, .implicit, .any)
    }

    /// A sequence's merged entries (for rewriting it whole): existing ones merged, new ones appended.
    static func mergedItems(original: Node?, desired: [(id: String, fields: [RosterField])], prune: Bool) -> [Node.Mapping] {
        let items: [Node.Mapping] = {
            if case .sequence(let s)? = original { return s.compactMap(\.mapping) }
            return []
        }()
        var result: [Node.Mapping] = []
        for item in items {
            let id = item["id"]?.string
            if let d = desired.first(where: { $0.id == id }) {
                result.append(merged(item, id: d.id, fields: d.fields))
            } else if !prune {
                result.append(item)
            }
        }
        for d in desired where !items.contains(where: { $0["id"]?.string == d.id }) {
            result.append(merged(nil, id: d.id, fields: d.fields))
        }
        return result
    }

    private mutating func mergeList(
        key: String, keyNode: Node?, node: Node?, parentIndent: Int, regionEnd: Int,
        desired: [(id: String, source: String, fields: [RosterField])], noun: String, source: String, defaultFlow: Bool,
        identity: (Node.Mapping?) -> String? = PlanMerger.entryID, writesID: Bool = true,
        render: (Node.Mapping) -> Node.Mapping,
        nested: ((inout PlanMerger, Node, Int) -> Void)? = nil
    ) {
        let items: [Node] = {
            if case .sequence(let s)? = node { return Array(s) }
            return []
        }()
        let isBlockList: Bool = {
            if case .sequence(let s)? = node { return s.style != .flow && !s.isEmpty }
            return false
        }()
        // Yams does not keep a node's style, so the file's text tells flow entries (`- {id: …}`) from block ones.
        func isFlow(_ item: Node) -> Bool {
            guard let line = item.mark.map({ $0.line - 1 }), line < lines.count else { return defaultFlow }
            return lines[line].drop { $0 == " " || $0 == "-" }.hasPrefix("{")
        }
        let flowStyle = items.last.map(isFlow) ?? defaultFlow
        // Line spans of the existing entries (block lists only).
        var spans: [Range<Int>] = []
        if isBlockList {
            let starts = items.map { ($0.mark?.line ?? 1) - 1 }
            for (i, start) in starts.enumerated() {
                var end = i + 1 < starts.count ? starts[i + 1] : regionEnd
                while end > start + 1,
                    lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty
                        || lines[end - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#")
                { end -= 1 }
                spans.append(start..<end)
            }
        }
        let itemIndent = isBlockList ? indent(ofLine: spans[0].lowerBound) : parentIndent + 2
        var newEntries: [Node.Mapping] = []
        var allEntries: [Node.Mapping] = []
        for (i, item) in items.enumerated() {
            let id = identity(item.mapping) ?? ""
            guard let d = desired.first(where: { $0.id == id }) else {
                changes.append(ImportChange(kind: noun, id: id, action: prune ? .removed : .kept, source: source))
                if prune, isBlockList { edits.append((spans[i], [])) } else if !prune, let m = item.mapping { allEntries.append(m) }
                continue
            }
            let original = item.mapping
            let merged = Self.merged(original, id: writesID ? id : nil, fields: d.fields)
            let unchanged = original.map { PlanValue.sameContent(.mapping($0), .mapping(merged)) } ?? false
            changes.append(ImportChange(kind: noun, id: id, action: unchanged ? .unchanged : .changed, source: d.source))
            allEntries.append(render(merged))
            if isBlockList {
                if !unchanged {
                    edits.append((spans[i], renderItem(render(merged), indent: itemIndent, flow: isFlow(item))))
                } else if let nested {
                    nested(&self, item, spans[i].upperBound)
                }
            }
        }
        for d in desired where !items.contains(where: { identity($0.mapping) == d.id }) {
            changes.append(ImportChange(kind: noun, id: d.id, action: .added, source: d.source))
            let entry = render(Self.merged(nil, id: writesID ? d.id : nil, fields: d.fields))
            newEntries.append(entry)
            allEntries.append(entry)
        }
        if isBlockList {
            if !newEntries.isEmpty {
                let at = spans.last!.upperBound
                edits.append((at..<at, newEntries.flatMap { renderItem($0, indent: itemIndent, flow: flowStyle) }))
            }
            return
        }
        guard !allEntries.isEmpty || !items.isEmpty else { return }
        let body = allEntries.flatMap { renderItem($0, indent: itemIndent, flow: flowStyle) }
        let keyLine = String(repeating: " ", count: parentIndent) + key + ":" + (allEntries.isEmpty ? " []" : "")
        if let keyNode, let mark = keyNode.mark {
            let start = mark.line - 1
            var end = max(start + 1, min(regionEnd, (node?.mark?.line ?? mark.line)))
            while end < regionEnd, !lines[end].trimmingCharacters(in: .whitespaces).isEmpty,
                !lines[end].trimmingCharacters(in: .whitespaces).hasPrefix("#"), indent(ofLine: end) > parentIndent
            { end += 1 }
            edits.append((start..<end, [keyLine] + body))
        } else {
            let at = regionEnd
            edits.append((at..<at, (parentIndent == 0 && at > 0 && !lines[at - 1].isEmpty ? [""] : []) + [keyLine] + body))
        }
    }

    /// The line after the last line of a top-level key's value (the next top-level key, or the end).
    private func regionEnd(afterRootKey key: String) -> Int {
        let keys = Array(root.keys)
        guard let i = keys.firstIndex(where: { $0.string == key }) else { return lines.count }
        var end = i + 1 < keys.count ? (keys[i + 1].mark?.line ?? lines.count + 1) - 1 : lines.count
        while end > 0,
            lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty
                || (lines[end - 1].hasPrefix("#"))
        { end -= 1 }
        return end
    }

    fileprivate func indent(ofLine line: Int) -> Int {
        guard line < lines.count else { return 0 }
        return lines[line].prefix { $0 == " " }.count
    }

    /// An entry as list-item lines: `- {id: …}` in flow style, or `- id: …` with the other keys below.
    private func renderItem(_ entry: Node.Mapping, indent: Int, flow: Bool) -> [String] {
        let text = (try? Yams.serialize(node: .mapping(Self.styled(entry, flow: flow)), width: -1, allowUnicode: true)) ?? ""
        var out: [String] = []
        let pad = String(repeating: " ", count: indent)
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            out.append(i == 0 ? pad + "- " + line : pad + "  " + line)
        }
        return out
    }

    /// `entry` with the styles the plan files use: flow lists and nested mappings, the entry itself flow or block.
    static func styled(_ entry: Node.Mapping, flow: Bool) -> Node.Mapping {
        func restyle(_ node: Node) -> Node {
            switch node {
            case .sequence(let s):
                let allFlowItems = s.allSatisfy {
                    if case .mapping = $0 { return false }
                    return true
                }
                return .sequence(.init(s.map(restyle), s.tag, allFlowItems ? .flow : .block))
            case .mapping(let m):
                return .mapping(.init(m.map { ($0.key, restyle($0.value)) }, m.tag, .flow))
            default:
                return node
            }
        }
        return Node.Mapping(entry.map { ($0.key, restyle($0.value)) }, entry.tag, flow ? .flow : .block)
    }
}

extension Node.Mapping {
    /// The key node named `key`, for its position in the file.
    func keyNode(_ key: String) -> Node? { keys.first { $0.string == key } }
}

extension ImportIssue {
    /// A message and hint not yet tied to a location.
    struct Message: Error {
        var message: String
        var hint: String?

        init(_ message: String, hint: String? = nil) {
            self.message = message
            self.hint = hint
        }
    }
}
