import ForumModel
import Testing
@testable import ForumText

/// Dates, weekdays and durations from CLDR through Foundation, case by case. CLDR keeps a year and its
/// word (`2019\u{202F}г.`, `2019\u{202F}жылғы`) together with a narrow no-break space, U+202F, written `\u{202F}` here.
struct DateTests {
    static let day = LocalDate(year: 2019, month: 11, day: 14)!

    @Test func longDates() {
        #expect(Catalogue.of(.ru).date(Self.day) == "14 ноября 2019\u{202F}г.")
        #expect(Catalogue.of(.kk).date(Self.day) == "2019\u{202F}жылғы 14 қараша")
        #expect(Catalogue.of(.en).date(Self.day) == "14 November 2019")
    }

    @Test func datesWithWeekdays() {
        #expect(Catalogue.of(.ru).fullDate(Self.day) == "четверг, 14 ноября 2019\u{202F}г.")
        #expect(Catalogue.of(.kk).fullDate(Self.day) == "2019\u{202F}жылғы 14 қараша, бейсенбі")
        #expect(Catalogue.of(.en).fullDate(Self.day) == "Thursday, 14 November 2019")
        #expect(Catalogue.of(.ru).dayHeading(Self.day) == "четверг, 14 ноября")
        #expect(Catalogue.of(.kk).dayHeading(Self.day) == "14 қараша, бейсенбі")
        #expect(Catalogue.of(.en).dayHeading(Self.day) == "Thursday 14 November")
    }

    @Test func everyWeekdayAndMonth() {
        let week = (0..<7).map { Self.day.adding(days: $0) }
        #expect(week.map(Catalogue.of(.ru).weekday) == ["четверг", "пятница", "суббота", "воскресенье", "понедельник", "вторник", "среда"])
        #expect(week.map(Catalogue.of(.kk).weekday) == ["бейсенбі", "жұма", "сенбі", "жексенбі", "дүйсенбі", "сейсенбі", "сәрсенбі"])
        let months = (1...12).map { LocalDate(year: 2020, month: $0, day: 1)! }
        #expect(
            months.map(Catalogue.of(.ru).date) == [
                "1 января 2020\u{202F}г.", "1 февраля 2020\u{202F}г.", "1 марта 2020\u{202F}г.", "1 апреля 2020\u{202F}г.", "1 мая 2020\u{202F}г.",
                "1 июня 2020\u{202F}г.",
                "1 июля 2020\u{202F}г.", "1 августа 2020\u{202F}г.", "1 сентября 2020\u{202F}г.", "1 октября 2020\u{202F}г.",
                "1 ноября 2020\u{202F}г.", "1 декабря 2020\u{202F}г."
            ])
        #expect(
            months.map(Catalogue.of(.kk).date) == [
                "2020\u{202F}жылғы 1 қаңтар", "2020\u{202F}жылғы 1 ақпан", "2020\u{202F}жылғы 1 наурыз", "2020\u{202F}жылғы 1 сәуір",
                "2020\u{202F}жылғы 1 мамыр",
                "2020\u{202F}жылғы 1 маусым", "2020\u{202F}жылғы 1 шілде", "2020\u{202F}жылғы 1 тамыз", "2020\u{202F}жылғы 1 қыркүйек",
                "2020\u{202F}жылғы 1 қазан",
                "2020\u{202F}жылғы 1 қараша", "2020\u{202F}жылғы 1 желтоқсан"
            ])
    }

    @Test func dateRanges() {
        let end = Self.day.adding(days: 2)
        #expect(Catalogue.of(.ru).dateRange(Self.day, end) == "14—16 ноября 2019\u{202F}г.")
        #expect(Catalogue.of(.kk).dateRange(Self.day, end) == "2019\u{202F}жылғы 14–16 қараша")
        #expect(Catalogue.of(.en).dateRange(Self.day, end) == "14\u{2009}–\u{2009}16 November 2019")
        #expect(Catalogue.of(.ru).dateRange(Self.day, Self.day) == "14 ноября 2019\u{202F}г.")
    }

    @Test func durations() {
        let minutes = [45, 60, 90, 120, 300, 1290]
        #expect(minutes.map(Catalogue.of(.ru).duration) == ["45 мин", "1 ч", "1 ч 30 мин", "2 ч", "5 ч", "21 ч 30 мин"])
        #expect(minutes.map(Catalogue.of(.kk).duration) == ["45 мин", "1 сағ", "1 сағ 30 мин", "2 сағ", "5 сағ", "21 сағ 30 мин"])
        #expect(minutes.map(Catalogue.of(.en).duration) == ["45 min", "1 hr", "1 hr 30 min", "2 hrs", "5 hrs", "21 hrs 30 min"])
    }

    @Test func kazakhYearFormOnlyChangesTheYear() {
        #expect(DateTexts.kazakhYear(pattern: "y\u{202F}'ж'. d MMMM") == "y\u{202F}'жылғы' d MMMM")
        #expect(DateTexts.kazakhYear(text: "2019\u{202F}ж. 14–16 қараша") == "2019\u{202F}жылғы 14–16 қараша")
        #expect(DateTexts.kazakhYear(text: "2019 ж. 30 қараша – 2020\u{202F}ж. 2 қаңтар") == "2019 жылғы 30 қараша – 2020\u{202F}жылғы 2 қаңтар")
        #expect(DateTexts.kazakhYear(text: "Ж. Баласағұн ж. 5") == "Ж. Баласағұн ж. 5")
    }
}
