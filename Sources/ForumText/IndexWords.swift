/// The words of the feeds' `index.html`.
public struct IndexWords: Sendable {
    /// The page title after the forum's title (`calendars`).
    public let calendars: String
    /// The line under the dates.
    public let intro: String
    /// The link to the HTML timetable and what it holds.
    public let timetableLink: String
    public let timetableNote: String
    /// Section headings.
    public let wholeForum: String
    public let groups: String
    public let sections: String
    public let rooms: String
    public let venues: String
    /// Link texts.
    public let subscribe: String
    public let download: String
    /// Days counted: `3 days`.
    public let days: PluralNoun
}
