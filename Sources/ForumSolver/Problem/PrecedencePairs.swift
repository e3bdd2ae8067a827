import ForumModel

extension PrecedencePair {
    /// Every pair of occurrences tied by the sessions' `after`, `before` and `same_day` lists.
    ///
    /// When both sessions repeat the same number of times, run `k` is tied to run `k` only;
    /// otherwise every occurrence of one is tied to every occurrence of the other. Sections of a
    /// run are all tied. Duplicates (A after B and B before A) count once.
    static func all(plan: Plan, occurrences: [Occurrence]) -> [PrecedencePair] {
        var sessionIndex: [String: Int] = [:]
        for (i, s) in plan.sessions.enumerated() where sessionIndex[s.id] == nil { sessionIndex[s.id] = i }
        var bySession = [[Int]](repeating: [], count: plan.sessions.count)
        for (i, o) in occurrences.enumerated() { bySession[o.sessionIndex].append(i) }

        var pairs = Set<PrecedencePair>()
        func tie(_ a: Int, _ b: Int, _ kind: Kind) {
            let runsA = plan.sessions[a].repeats?.count ?? 1, runsB = plan.sessions[b].repeats?.count ?? 1
            let matchRuns = runsA == runsB && runsA > 1
            for x in bySession[a] {
                for y in bySession[b] where x != y {
                    if matchRuns && occurrences[x].id.run != occurrences[y].id.run { continue }
                    if kind == .sameDay {
                        pairs.insert(PrecedencePair(earlier: Int32(min(x, y)), later: Int32(max(x, y)), kind: kind))
                    } else {
                        pairs.insert(PrecedencePair(earlier: Int32(x), later: Int32(y), kind: kind))
                    }
                }
            }
        }
        for (a, session) in plan.sessions.enumerated() {
            for id in session.after { if let b = sessionIndex[id] { tie(b, a, .after) } }
            for id in session.before { if let b = sessionIndex[id] { tie(a, b, .after) } }
            for id in session.sameDay { if let b = sessionIndex[id] { tie(a, b, .sameDay) } }
        }
        return pairs.sorted { ($0.earlier, $0.later, $0.kind == .after ? 0 : 1) < ($1.earlier, $1.later, $1.kind == .after ? 0 : 1) }
    }
}
