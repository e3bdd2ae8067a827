/// The spelling of ids in plan files, shared by the decoder and the roster importer.
public enum PlanIdentifier {
    /// Letters, digits, `-`, `_`, `.`, starting with a letter or digit, at most 64 characters.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 64,
            first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
    }
}
