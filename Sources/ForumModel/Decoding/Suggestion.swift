/// "Did you mean …?" help: finds the known word closest to a misspelt one.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().prefix(64))
        var best: (word: String, distance: Int)? = nil
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased()))
            if d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, best.word.count / 3))
        return best.distance <= allowed ? best.word : nil
    }

    /// `Did you mean 'x'?`, or `Known keys: a, b, c.` when nothing is close.
    static func hint(for word: String, in candidates: [String], kind: String = "keys") -> String {
        if let match = closest(to: word, in: candidates) { return "Did you mean '\(match)'?" }
        return "Known \(kind): \(candidates.joined(separator: ", "))."
    }

    /// Levenshtein distance (insertions, deletions, substitutions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
