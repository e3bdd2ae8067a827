import ForumModel

extension Catalogue {
    /// English (British date order, as the forums' English programmes write it).
    static let en = Catalogue(
        language: .en, locale: "en_GB",
        feed: FeedWords(
            meetingOf: { run, count in "meeting \(run) of \(count)" },
            section: { "section \($0)" },
            trainer: "Trainer", trainers: "Trainers", group: "Group", groups: "Groups",
            sectionOf: { n, count, people in "Section \(n) of \(count), \(people)" },
            expected: { "Expected: \($0)" },
            notes: "Notes",
            people: PluralNoun(one: "person", other: "people")),
        index: IndexWords(
            calendars: "calendars",
            intro: "Subscribe to a calendar to see changes as they are published, or download a copy.",
            timetableLink: "Timetable", timetableNote: ": the day grids, every trainer's and group's days, printable.",
            wholeForum: "Whole forum", groups: "Participant groups", sections: "Sections", rooms: "Rooms", venues: "Venues",
            subscribe: "Subscribe", download: "Download .ics",
            days: PluralNoun(one: "day", other: "days")))
}
