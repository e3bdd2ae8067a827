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
            days: PluralNoun(one: "day", other: "days")),
        agenda: AgendaWords(
            trainer: "Trainer", group: "Group", room: "Room",
            timesIn: { "Times are in \($0)." }, nothingScheduled: "Nothing scheduled.",
            time: "Time", session: "Session", roomColumn: "Room", venue: "Venue", trainers: "Trainers",
            coTrainers: "Co-trainers", groups: "Groups", size: "Size"),
        diff: DiffWords(
            quoted: { "'\($0)'" },
            cancelled: { title, when, place in "Cancelled: \(title), which was on \(when), \(place)." },
            added: { title, when, place, trainers in "Added: \(title) on \(when), \(place)\(trainers.map { ", run by \($0)" } ?? "")." },
            restaffed: { title, when, now, before in "New trainers: \(title) on \(when) is now run by \(now) instead of \(before)." },
            moved: { title, old, new in "Moved: \(title) from \(old) to \(new)" },
            movedRoom: { title, old, place, when in "Moved: \(title) from \(old) to \(place) (same time, \(when))" },
            nowRunBy: { "; now run by \($0)" },
            noRoom: "no room yet", nobody: "nobody",
            noticeOpening: { reader, forum in "Dear \(reader),\nthe programme of \"\(forum)\" has changed for you:" },
            noticeClosing: "Your calendar subscription updates by itself.",
            meeting: { "meeting \($0)" }, section: { "section \($0)" }, meetings: { "meetings \($0)" },
            course: { title, section in title + (section.map { " section \($0)" } ?? "") },
            takesOver: { new, course, old, meetings in
                "\(new) takes over \(course)\(old.map { " from \($0)" } ?? "") for the rest of the course (\(meetings))." },
            covers: { new, course, old, meetings in
                "\(new) covers\(old.map { " for \($0)" } ?? "") at \(course) \(meetings) only; the course keeps its trainer otherwise." }))
}
