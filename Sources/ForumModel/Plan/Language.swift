/// A language a forum publishes its texts in, by ISO 639-1 code (`forum.languages` in the plan).
public enum Language: String, CaseIterable, Hashable, Sendable, Comparable {
    case kk, ru, en

    /// The language's own name, for language switches ("Қазақша", "Русский", "English").
    public var nativeName: String {
        switch self {
        case .kk: return "Қазақша"
        case .ru: return "Русский"
        case .en: return "English"
        }
    }

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
