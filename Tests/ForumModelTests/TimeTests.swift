import Testing
@testable import ForumModel

@Suite struct TimeTests {
    @Test func datesRoundTripThroughDayNumbers() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            let d = LocalDate(daysSinceEpoch: n)
            #expect(d.daysSinceEpoch == n, "day \(n) came back as \(d.daysSinceEpoch)")
        }
        #expect(LocalDate(iso: "2019-11-14")?.weekday == .thursday)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2023-02-29") == nil)
        #expect(LocalDate(iso: "2019-11-4") == nil)
    }

    @Test func durationsParseInPlanSpelling() {
        #expect(DurationText.minutes("90m") == 90)
        #expect(DurationText.minutes("1h30m") == 90)
        #expect(DurationText.minutes("3h") == 180)
        #expect(DurationText.minutes("30m1h") == nil)
        #expect(DurationText.minutes("0m") == nil)
        #expect(DurationText.minutes("h") == nil)
        #expect(DurationText.format(90) == "1h30m")
    }

    @Test func timesOfDayParse() {
        #expect(TimeOfDay(parsing: "09:00")?.minutes == 540)
        #expect(TimeOfDay(parsing: "24:00")?.minutes == 1440)
        #expect(TimeOfDay(parsing: "24:30") == nil)
        #expect(TimeOfDay(parsing: "9:5") == nil)
    }
}
