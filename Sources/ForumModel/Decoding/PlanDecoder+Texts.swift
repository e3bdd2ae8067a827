import Yams

extension PlanDecoder {
    /// Reads `forum.languages`: a non-empty list of distinct language codes (kk, ru, en).
    func decodeLanguages(_ node: Node) -> [Language]? {
        guard let items = reader.list(node, "languages", example: "[kk, ru]") else { return nil }
        var languages: [Language] = []
        var broken = false
        for item in items {
            guard let code = reader.text(item, "languages") else {
                broken = true
                continue
            }
            guard let language = Language(rawValue: code) else {
                log.error(
                    "`languages` '\(NodeReader.shortened(code))' is not a language ForumPlanner publishes in", at: item,
                    hint: Suggestion.hint(for: code, in: Language.allCases.map(\.rawValue), kind: "languages") + Self.languageNote)
                broken = true
                continue
            }
            if languages.contains(language) {
                log.error("`languages` lists '\(code)' twice", at: item, hint: "List each language once; the first is the default.")
                broken = true
                continue
            }
            languages.append(language)
        }
        if !broken, languages.isEmpty {
            log.error("`languages` is empty", at: node, hint: "List the forum's languages, default first, e.g. `languages: [kk, ru]`.")
            return nil
        }
        return broken ? nil : languages
    }

    /// Appended to "did you mean" hints about language codes.
    static let languageNote = " Languages are ISO 639-1 codes: kk (Kazakh), ru (Russian), en (English)."

    /// Reads a human-readable text (`key` of `owner`, e.g. "session 'plenary'"): a plain string, the same
    /// in every language, or a map by language.
    ///
    /// In a map, a key that is no language code is an error; a language the forum does not publish in
    /// is a warning (its text is kept but never shown); a language of the forum without a text (or with
    /// an empty one) is a warning naming the field, and that language shows the default-language text.
    func localizedText(_ node: Node, _ key: String, owner: String) -> LocalizedText? {
        guard case .mapping(let mapping) = node else {
            if case .scalar = node { return reader.text(node, key).map(LocalizedText.init) }
            log.error(
                "`\(key)` of \(owner) must be text or a map by language, not \(NodeReader.describe(node))", at: node,
                hint: "Write one text, or one per language: `\(key): {kk: \"…\", ru: \"…\"}`.")
            return nil
        }
        var texts: [Language: String] = [:]
        var broken = false
        for (keyNode, valueNode) in mapping {
            guard let code = keyNode.scalar?.string, let language = Language(rawValue: code) else {
                let code = keyNode.scalar?.string ?? ""
                log.error(
                    "`\(key)` of \(owner) has a text in '\(NodeReader.shortened(code))', which is not a language code", at: keyNode,
                    hint: Suggestion.hint(for: code, in: Language.allCases.map(\.rawValue), kind: "languages") + Self.languageNote)
                broken = true
                continue
            }
            if NodeReader.isNull(valueNode) { continue } // `ru:` left blank: missing, like a key left out
            guard case .scalar(let scalar) = valueNode else {
                log.error(
                    "`\(key).\(code)` of \(owner) must be text, not \(NodeReader.describe(valueNode))", at: valueNode,
                    hint: "Write the \(code) text on one line, in quotes when it contains ':' or '#'.")
                broken = true
                continue
            }
            if let languages = forumLanguages, !languages.contains(language) {
                log.warning(
                    "`\(key)` of \(owner) has a \(code) text, but \(code) is not one of the forum's languages", at: keyNode,
                    hint: "Add \(code) to `forum.languages` to publish it, or remove the text.")
            }
            let text = scalar.string
            if !text.allSatisfy(\.isWhitespace) { texts[language] = text }
        }
        guard !broken else { return nil }
        guard !texts.isEmpty else {
            log.error(
                "`\(key)` of \(owner) gives no text in any language", at: node,
                hint: "Write the text for at least the default language, e.g. `\(key): {kk: \"…\"}`.")
            return nil
        }
        let languages = forumLanguages ?? []
        let value = LocalizedText(texts, preferring: languages)
        let fallback = languages.first { texts[$0] != nil } ?? value.languages[0]
        for language in value.missing(in: languages) {
            log.warning(
                "`\(key)` of \(owner) has no \(language.rawValue) text; \(language.rawValue) readers see the \(fallback.rawValue) text",
                at: node, hint: "Add `\(language.rawValue): \"…\"` to the map, or write one plain text if it is the same in every language.")
        }
        return value
    }

    /// Reads an optional text field of an entry (see ``localizedText(_:_:owner:)``).
    func optionalText(_ fields: MappingFields, _ key: String) -> LocalizedText? {
        fields[key].flatMap { localizedText($0, key, owner: fields.what) }
    }
}
