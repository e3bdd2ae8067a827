/// The words of calendar events: SUMMARY suffixes and DESCRIPTION lines.
public struct FeedWords: Sendable {
    /// `meeting 3 of 8` in a course's title (run, count).
    public let meetingOf: @Sendable (_ run: Int, _ count: Int) -> String
    /// `section 2` in a split session's title.
    public let section: @Sendable (_ number: Int) -> String
    /// Label of the trainers line for one trainer and for several.
    public let trainer: String
    public let trainers: String
    /// Label of the groups line for one group and for several.
    public let group: String
    public let groups: String
    /// `Section 2 of 9, 28 people` (number, count, the counted people already worded).
    public let sectionOf: @Sendable (_ number: Int, _ count: Int, _ people: String) -> String
    /// `Expected: 28 people` (the counted people already worded).
    public let expected: @Sendable (_ people: String) -> String
    /// Label of the notes line.
    public let notes: String
    /// People counted: `1 person`, `28 people`; ru человек/человека.
    public let people: PluralNoun
}
