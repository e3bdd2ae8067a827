/// A noun's forms after a numeral, by CLDR plural category (ru: 1 занятие, 2 занятия, 5 занятий).
///
/// English uses `one` and `other`; Russian `one`, `few`, `many` (and `other` for fractions);
/// Kazakh nouns do not change after numerals, so one form serves every category.
public struct PluralNoun: Sendable, Equatable {
    public let one: String
    public let few: String
    public let many: String
    public let other: String

    /// Russian-style forms.
    public init(one: String, few: String, many: String, other: String) {
        self.one = one
        self.few = few
        self.many = many
        self.other = other
    }

    /// English-style forms: singular for `one`, plural otherwise.
    public init(one: String, other: String) {
        self.init(one: one, few: other, many: other, other: other)
    }

    /// One form after every numeral (Kazakh).
    public init(invariant: String) {
        self.init(one: invariant, few: invariant, many: invariant, other: invariant)
    }

    /// The form for `category`.
    public func form(_ category: PluralCategory) -> String {
        switch category {
        case .one: one
        case .few: few
        case .many: many
        case .zero, .two, .other: other
        }
    }

    /// Every form, for checks that none is empty.
    var forms: [String] { [one, few, many, other] }
}
