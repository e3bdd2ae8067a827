/// Fuzzy text matching for names typed by people (session titles in calendars and spreadsheets).
public enum Similarity {
    /// Lower-cased text with runs of white space folded to one space and the ends trimmed.
    public static func fold(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The candidate closest to `text` once both are folded, if it is close enough to be a plausible typo.
    public static func nearest(_ text: String, among candidates: [String]) -> String? {
        let folded = candidates.map(fold)
        guard let match = Suggestion.closest(to: fold(text), in: folded), let i = folded.firstIndex(of: match) else {
            return nil
        }
        return candidates[i]
    }
}
