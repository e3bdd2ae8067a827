import _FoundationICU

/// A CLDR plural category (`one`, `few`, `many`, `other`; `zero` and `two` do not occur in kk, ru or en).
public enum PluralCategory: String, Sendable, CaseIterable {
    case zero, one, two, few, many, other
}

/// CLDR plural rules of one language, through ICU's `uplrules_select` (`swift_`-prefixed in the ICU the toolchain's
/// Foundation bundles as `_FoundationICU`, so the rules are the same CLDR data as its date formats).
///
/// Foundation on Linux has no public way to select a plural form: `.stringsdict` lookups crash in
/// swift-corelibs-foundation and automatic grammar agreement covers neither Kazakh nor Russian
/// (docs/languages.md).
struct PluralRules: Sendable {
    let language: String

    /// The category of the integer `n` in this language, e.g. ru 21 → `one`, 22 → `few`, 25 → `many`.
    func category(_ n: Int) -> PluralCategory {
        var status = U_ZERO_ERROR
        guard let rules = swift_uplrules_open(language, &status), status.rawValue <= U_ZERO_ERROR.rawValue else { return .other }
        defer { swift_uplrules_close(rules) }
        var buffer = [UChar](repeating: 0, count: 16)
        let length = swift_uplrules_select(rules, Double(n), &buffer, Int32(buffer.count), &status)
        guard status.rawValue <= U_ZERO_ERROR.rawValue, length > 0 else { return .other }
        return PluralCategory(rawValue: String(decoding: buffer[0..<Int(length)], as: UTF16.self)) ?? .other
    }
}
