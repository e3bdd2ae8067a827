/// Fuzzy text matching for "did you mean" hints and for matching names typed by people.
public enum Similarity {
    /// Lower-cased text with runs of white space folded to one space and the ends trimmed.
    public static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The candidate closest to `text` by edit distance, if it is close enough to be a plausible typo.
    public static func nearest(_ text: String, among candidates: [String]) -> String? {
        let a = Array(fold(text))
        var best: (String, Int)? = nil
        for c in candidates {
            let d = distance(a, Array(fold(c)))
            if d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        guard let (candidate, d) = best, d <= max(2, a.count / 3) else { return nil }
        return candidate
    }

    /// Levenshtein distance between two character arrays.
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
