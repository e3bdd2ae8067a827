/// "Did you mean …?" help: finds the known word closest to a misspelt one.
enum Suggestion {
    /// Most edits a suggestion may be away from the word.
    static let maxEdits = 3

    /// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
    ///
    /// Candidates whose length differs by more than ``maxEdits`` are skipped and the distance is
    /// computed in a band, so one search over thousands of ids stays cheap.
    static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.unicodeScalars.count <= 256 else { return nil }
        let target = Array(word.lowercased().unicodeScalars)
        var best: (word: String, distance: Int)? = nil
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            let allowed = max(1, min(maxEdits, scalars.count / 3))
            guard abs(scalars.count - target.count) <= allowed,
                let d = distance(target, scalars, atMost: min(allowed, (best?.distance ?? Int.max) - 1))
            else { continue }
            best = (candidate, d)
        }
        return best?.word
    }

    /// `Did you mean 'x'?`, or the list of known words when nothing is close.
    static func hint(for word: String, in candidates: [String], kind: String = "keys") -> String {
        if let match = closest(to: word, in: candidates) { return "Did you mean '\(match)'?" }
        return "Known \(kind): \(candidates.joined(separator: ", "))."
    }

    /// Levenshtein distance (insertions, deletions, substitutions) when it is at most `limit`, else nil.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard limit >= 0, abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let big = limit + 1
        var previous = (0...b.count).map { $0 <= limit ? $0 : big }
        var current = [Int](repeating: big, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit), high = min(b.count, i + limit)
            current[0] = i <= limit ? i : big
            if low > 1 { current[low - 1] = big }
            var rowMin = current[0]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big)
                rowMin = min(rowMin, current[j])
            }
            if high < b.count { current[high + 1] = big }
            guard rowMin <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
