/// A human-readable plan text (a title, a name, notes): one text for every language, or one per language.
///
/// A plain string in the plan is the same text in every language; a map (`{kk: "…", ru: "…"}`) gives
/// each language its own. A language without its own text reads ``defaultText``: the text in the
/// forum's default (first) language, or in the first of its languages the map has.
public struct LocalizedText: Hashable, Sendable {
    /// The texts given per language; empty for a plain text.
    public private(set) var translations: [Language: String]
    /// What a language without its own text reads: the plain text, or the default language's text.
    public private(set) var defaultText: String

    /// The same `text` in every language (a plain string in the plan).
    public init(_ text: String) {
        translations = [:]
        defaultText = text
    }

    /// Texts by language; the default is the text of the first of `preferred` the map has, else of the
    /// first language (in ``Language`` order) it has. `translations` must not be empty.
    public init(_ translations: [Language: String], preferring preferred: [Language]) {
        precondition(!translations.isEmpty, "a per-language text needs at least one language")
        self.translations = translations
        let first = preferred.first { translations[$0] != nil } ?? Language.allCases.first { translations[$0] != nil }!
        defaultText = translations[first]!
    }

    /// Whether the plan gave this text per language (a map) rather than as one plain string.
    public var isPerLanguage: Bool { !translations.isEmpty }

    /// The text in `language`, or ``defaultText`` when it has none of its own.
    public func text(in language: Language) -> String {
        translations[language] ?? defaultText
    }

    /// The languages among `languages` a per-language text has no text for (none for a plain text).
    public func missing(in languages: [Language]) -> [Language] {
        isPerLanguage ? languages.filter { translations[$0] == nil } : []
    }

    /// Every text it has, the default first, then each language's (in ``Language`` order) without
    /// repeats: what a name or title read back from a timetable in any language may match.
    public var variants: [String] {
        var result = [defaultText]
        for language in Language.allCases { if let t = translations[language], !result.contains(t) { result.append(t) } }
        return result
    }

    /// The languages it has its own text in, in ``Language`` order.
    public var languages: [Language] {
        Language.allCases.filter { translations[$0] != nil }
    }
}

extension LocalizedText {
    /// The same text with `language`'s text as its default (translations kept).
    public func defaulting(to language: Language) -> LocalizedText {
        var copy = self
        copy.defaultText = text(in: language)
        return copy
    }
}
