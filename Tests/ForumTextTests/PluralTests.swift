import ForumModel
import Testing
@testable import ForumText

/// Counts with the plural forms of CLDR (via ICU), case by case.
struct PluralTests {
    static let numbers = [1, 2, 5, 11, 21, 22, 25, 101]
    /// A noun outside the catalogue, with all three Russian forms distinct.
    static let meetingRU = PluralNoun(one: "встреча", few: "встречи", many: "встреч", other: "встречи")

    @Test func russianCountsTakeOneFewOrMany() {
        let ru = Catalogue.of(.ru)
        #expect(
            Self.numbers.map { ru.count($0, Self.meetingRU) } == [
                "1 встреча", "2 встречи", "5 встреч", "11 встреч", "21 встреча", "22 встречи", "25 встреч", "101 встреча"
            ])
        #expect(Self.numbers.map { ru.pluralCategory($0) } == [.one, .few, .many, .many, .one, .few, .many, .one])
        #expect([0, 12, 14, 111, 112, 1001].map { ru.pluralCategory($0) } == [.many, .many, .many, .many, .many, .one])
    }

    @Test func russianCatalogueNouns() {
        let ru = Catalogue.of(.ru)
        #expect(
            Self.numbers.map { ru.count($0, ru.feed.people) } == [
                "1 человек", "2 человека", "5 человек", "11 человек", "21 человек", "22 человека", "25 человек", "101 человек"
            ])
        #expect(
            Self.numbers.map { ru.count($0, ru.index.days) } == [
                "1 день", "2 дня", "5 дней", "11 дней", "21 день", "22 дня", "25 дней", "101 день"
            ])
    }

    @Test func kazakhNounsDoNotChangeAfterNumerals() {
        let kk = Catalogue.of(.kk)
        #expect(
            Self.numbers.map { kk.count($0, kk.index.days) } == [
                "1 күн", "2 күн", "5 күн", "11 күн", "21 күн", "22 күн", "25 күн", "101 күн"
            ])
        #expect(Self.numbers.map { kk.count($0, kk.feed.people) } == Self.numbers.map { "\($0) адам" })
    }

    @Test func englishCountsTakeOneOrOther() {
        let en = Catalogue.of(.en)
        #expect(
            Self.numbers.map { en.count($0, en.feed.people) } == [
                "1 person", "2 people", "5 people", "11 people", "21 people", "22 people", "25 people", "101 people"
            ])
    }

    @Test func largeCountsAreGroupedAsTheLanguageWrites() {
        #expect(Catalogue.of(.en).count(7000, Catalogue.of(.en).feed.people) == "7,000 people")
        #expect(Catalogue.of(.ru).count(7000, Catalogue.of(.ru).feed.people) == "7\u{a0}000 человек")
        #expect(Catalogue.of(.kk).count(7000, Catalogue.of(.kk).feed.people) == "7\u{a0}000 адам")
    }
}
