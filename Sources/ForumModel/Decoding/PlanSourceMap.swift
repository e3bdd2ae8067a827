/// Where each part of a decoded plan came from, so validation can point at the exact line and column.
///
/// Paths name plan elements by their index in the `Plan` arrays: `sessions[2]`, `sessions[2].groups[0]`,
/// `venues[0].rooms[1].capacity`, `forum.grid`. A path is recorded only for values that decoded cleanly.
struct PlanSourceMap {
    /// The kinds of things plan elements refer to by id: entries, and the names trainers and rooms
    /// carry (`skill`, `language`, `feature`), which sessions ask for.
    enum Kind: String, CaseIterable {
        case venue, room, trainer, group, session, skill, language, feature
    }

    private var locations: [String: SourceLocation] = [:]
    /// Every id seen per kind, including ids of entries that had other errors (so references to them
    /// do not add a second, misleading "unknown id" error).
    private(set) var declared: [Kind: Set<String>] = [:]
    /// Kinds with at least one entry left out after an error; checks over all entries of such a kind are skipped
    /// (or, like trainer pools, count the left-out entries as possibly fitting).
    var incomplete: Set<Kind> { Set(leftOut.keys) }
    /// How many entries of each kind were left out after an error (a list that is not a list counts once).
    var leftOut: [Kind: Int] = [:]
    /// Forum fields (by key) that were wrong or missing, so the plan holds a placeholder; only the checks
    /// that need one of them are skipped.
    var brokenForumFields: Set<String> = []

    /// Whether every one of these forum fields decoded, so checks that read them can run.
    func forumKnows(_ keys: String...) -> Bool {
        keys.allSatisfy { !brokenForumFields.contains($0) }
    }

    /// Records where a value is.
    mutating func note(_ path: String, _ location: SourceLocation) {
        locations[path] = location
    }

    /// Records a declared id.
    mutating func declare(_ kind: Kind, _ id: String) {
        declared[kind, default: []].insert(id)
    }

    /// Whether `id` was declared as `kind` anywhere in the file.
    func isDeclared(_ kind: Kind, _ id: String) -> Bool {
        declared[kind]?.contains(id) ?? false
    }

    /// The location of the first of `paths` that was recorded.
    func location(_ paths: String...) -> SourceLocation? {
        for path in paths { if let location = locations[path] { return location } }
        return nil
    }
}
