import Foundation
import ForumModel
import Testing
@testable import ForumText

/// Every key of the catalogue in every language: the word groups are structs, so a language without a
/// key does not compile; these checks catch the rest — an empty text, an English text left in the
/// Kazakh or Russian catalogue, a session kind without a name.
struct CatalogueTests {
    /// The labelled values of every word group of `language`, as `group.key`.
    static func entries(_ language: Language) -> [(key: String, value: Any)] {
        let c = Catalogue.of(language)
        let groups: [(String, Any)] = [("feed", c.feed), ("index", c.index), ("agenda", c.agenda), ("diff", c.diff), ("report", c.report)]
        return groups.flatMap { name, group in
            Mirror(reflecting: group).children.map { ("\(name).\($0.label ?? "?")", $0.value) }
        }
    }

    @Test(arguments: Language.allCases)
    func everyLanguageHasTheSameKeys(_ language: Language) {
        #expect(Self.entries(language).map(\.key) == Self.entries(.en).map(\.key))
        #expect(Catalogue.of(language).language == language)
    }

    @Test(arguments: Language.allCases)
    func noTextIsEmpty(_ language: Language) {
        for (key, value) in Self.entries(language) {
            if let text = value as? String {
                #expect(!text.isEmpty, "\(language) \(key)")
            } else if let noun = value as? PluralNoun {
                #expect(noun.forms.allSatisfy { !$0.isEmpty }, "\(language) \(key)")
            }
        }
    }

    /// Kazakh and Russian texts are written in Cyrillic: a text with letters but none of them Cyrillic
    /// was left in English.
    @Test(arguments: [Language.kk, .ru])
    func kazakhAndRussianTextsAreTranslated(_ language: Language) {
        func untranslated(_ text: String) -> Bool {
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
            let cyrillic = letters.filter { (0x0400...0x04FF).contains($0.value) }
            return !letters.isEmpty && cyrillic.isEmpty && text != ".ics"
        }
        for (key, value) in Self.entries(language) {
            if let text = value as? String {
                #expect(!untranslated(text.replacingOccurrences(of: ".ics", with: "")), "\(language) \(key): \(text)")
            } else if let noun = value as? PluralNoun {
                #expect(!noun.forms.contains(where: untranslated), "\(language) \(key)")
            }
        }
    }

    @Test(arguments: Language.allCases)
    func everySessionKindHasItsOwnName(_ language: Language) {
        let names = SessionKind.allCases.map(Catalogue.of(language).report.kind)
        #expect(names.allSatisfy { !$0.isEmpty })
        #expect(Set(names).count == SessionKind.allCases.count)
    }

    /// The worded sentences take their arguments: each closure of a language puts them into its text.
    @Test(arguments: Language.allCases)
    func sentencesKeepTheirArguments(_ language: Language) {
        let c = Catalogue.of(language)
        #expect(c.feed.meetingOf(3, 8).contains("3") && c.feed.meetingOf(3, 8).contains("8"))
        #expect(c.feed.sectionOf(2, 9, "X").contains("X"))
        #expect(c.diff.cancelled("T", "W", "P").contains("T") && c.diff.cancelled("T", "W", "P").contains("W"))
        #expect(c.diff.added("T", "W", "P", "N").contains("N") && !c.diff.added("T", "W", "P", nil).contains("N"))
        #expect(c.diff.takesOver("N", "C", "M", "R").contains("M") && !c.diff.takesOver("N", "C", nil, "R").contains("M"))
        #expect(c.diff.covers("N", "C", "M", "R").contains("R"))
        #expect(c.diff.noticeOpening("Reader", "Forum").contains("Reader"))
        #expect(c.report.travel(nil, "A", "B", "D").contains("A") && c.report.travel("Note", "A", "B", "D").hasPrefix("Note"))
        #expect(c.report.andMore("A, B, C", "9", "X").hasSuffix("X"))
        #expect(c.report.venueChanges(3, 1).contains("3"))
    }
}
