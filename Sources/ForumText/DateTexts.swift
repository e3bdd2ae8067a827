import ForumModel
import Foundation

/// Dates, weekday names and durations in one language, formatted by Foundation from CLDR data
/// (ICU patterns chosen from skeletons, so the order and the month's case are the language's own).
///
/// One deliberate change to CLDR: Kazakh dates spell the year `2019 жылғы` as official documents do,
/// where CLDR's pattern abbreviates it to `2019 ж.` (docs/languages.md).
final class DateTexts: @unchecked Sendable {
    let locale: Locale
    private let isKazakh: Bool
    private let lock = NSLock()
    private var formatters: [String: DateFormatter] = [:]
    private let utc = TimeZone(identifier: "UTC")!

    init(locale: Locale, kazakh: Bool) {
        self.locale = locale
        self.isKazakh = kazakh
    }

    /// `date` with the fields of the CLDR skeleton `template` (e.g. `yMMMMd`), at local noon.
    func format(_ date: LocalDate, template: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let formatter: DateFormatter
        if let known = formatters[template] {
            formatter = known
        } else {
            formatter = DateFormatter()
            formatter.locale = locale
            formatter.timeZone = utc
            formatter.calendar = gregorian
            let pattern = DateFormatter.dateFormat(fromTemplate: template, options: 0, locale: locale) ?? template
            formatter.dateFormat = isKazakh ? Self.kazakhYear(pattern: pattern) : pattern
            formatters[template] = formatter
        }
        return formatter.string(from: instant(date))
    }

    /// `first`–`last` as CLDR's interval formats put it (`12–14 ноября 2019 г.`); one date when they are equal.
    func range(_ first: LocalDate, _ last: LocalDate) -> String {
        guard first != last else { return format(first, template: "yMMMMd") }
        let style = Date.IntervalFormatStyle(date: .long, time: .omitted, locale: locale, calendar: gregorian, timeZone: utc)
        let text = (instant(first)..<instant(last)).formatted(style)
        return isKazakh ? Self.kazakhYear(text: text) : text
    }

    /// `minutes` as hours and minutes, abbreviated: `1 ч 30 мин`, `2 сағ`, `45 min`.
    func duration(minutes: Int) -> String {
        Duration.seconds(max(0, minutes) * 60)
            .formatted(.units(allowed: [.hours, .minutes], width: .condensedAbbreviated, zeroValueUnits: .hide).locale(locale))
    }

    /// `n` with the language's digit grouping (`7 000` in ru and kk, `7,000` in en).
    func number(_ n: Int) -> String { n.formatted(.number.locale(locale)) }

    private var gregorian: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        calendar.locale = locale
        return calendar
    }

    private func instant(_ date: LocalDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch * 86_400 + 43_200))
    }

    /// CLDR's `y 'ж'.` in a Kazakh pattern becomes `y 'жылғы'`.
    static func kazakhYear(pattern: String) -> String {
        pattern.replacingOccurrences(of: "'ж'.", with: "'жылғы'")
    }

    /// The same change in formatted text (interval formats have no pattern to change): `2019 ж.` → `2019 жылғы`
    /// (CLDR puts a narrow no-break space, U+202F, between the year and its word; it stays).
    static func kazakhYear(text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let r = rest.firstRange(of: "ж.") {
            let before = rest[..<r.lowerBound]
            out += before
            let isYear = before.last.map { $0 == " " || $0 == "\u{202F}" } == true && before.dropLast().last?.isNumber == true
            out += isYear ? "жылғы" : "ж."
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
