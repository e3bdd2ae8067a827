import Foundation

/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique without regard to case.
struct SheetNames {
    private var used: [String] = []

    /// `name` made acceptable and unique (`Trainers – Aktau (2)` for a second one).
    mutating func unique(_ name: String) -> String {
        let cleaned = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: .init(charactersIn: "' "))
        var candidate = String((cleaned.isEmpty ? "Sheet" : cleaned).prefix(31))
        var n = 2
        while used.contains(where: { $0.lowercased() == candidate.lowercased() }) {
            let suffix = " (\(n))"
            candidate = String(cleaned.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        used.append(candidate)
        return candidate
    }
}
