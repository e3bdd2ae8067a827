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
            noChanges: "No changes.",
            noRoom: "no room yet", nobody: "nobody",
            noticeOpening: { reader, forum in "Dear \(reader),\nthe programme of \"\(forum)\" has changed for you:" },
            noticeClosing: "Your calendar subscription updates by itself.",
            meeting: { "meeting \($0)" }, section: { "section \($0)" }, meetings: { "meetings \($0)" },
            course: { title, section in title + (section.map { " section \($0)" } ?? "") },
            takesOver: { new, course, old, meetings in
                "\(new) takes over \(course)\(old.map { " from \($0)" } ?? "") for the rest of the course (\(meetings))."
            },
            covers: { new, course, old, meetings in
                "\(new) covers\(old.map { " for \($0)" } ?? "") at \(course) \(meetings) only; the course keeps its trainer otherwise."
            }),
        report: ReportWords(
            kind: { kind in
                switch kind {
                case .plenary: "plenary"
                case .section: "section"
                case .workshop: "workshop"
                case .facilitation: "facilitation"
                case .contest: "contest"
                case .exhibition: "exhibition"
                case .dialogue: "dialogue"
                case .seminar: "seminar"
                case .courseModule: "course module"
                case .lecture: "lecture"
                case .practice: "practice"
                case .consultation: "consultation"
                case .ceremony: "ceremony"
                case .session: "session"
                }
            },
            overview: "Overview", days: "Days", trainers: "Trainers", groups: "Groups", participantGroups: "Participant groups",
            violatedConstraints: "Violated constraints", unplacedSessions: "Unplaced sessions", trainerLoad: "Trainer load per day",
            sessions: PluralNoun(one: "session", other: "sessions"), daysCounted: PluralNoun(one: "day", other: "days"),
            rooms: PluralNoun(one: "room", other: "rooms"), venues: PluralNoun(one: "venue", other: "venues"),
            trainersCounted: PluralNoun(one: "trainer", other: "trainers"), groupsCounted: PluralNoun(one: "group", other: "groups"),
            people: PluralNoun(one: "person", other: "people"), times: PluralNoun(one: "time", other: "times"),
            violations: PluralNoun(one: "violation", other: "violations"), seats: PluralNoun(one: "seat", other: "seats"),
            timesIn: { "times in \($0)" },
            placed: { sessions, unplaced in "\(sessions) placed, \(unplaced) unplaced" },
            roomsInVenues: { rooms, venues in "\(rooms) in \(venues)" },
            score: { "Score \($0)" }, noHardConflicts: "no hard conflicts",
            hardPoints: { points, unplaced in "\(points) hard penalty points, \(unplaced) unplaced" },
            allSatisfied: "None: every constraint is satisfied.",
            constraint: "Constraint", level: "Level", timesColumn: "Times", penalty: "Penalty",
            allViolations: { violations, constraint in "All \(violations) of \(constraint), by day" },
            loadLegend: "Bars: hours taught that day; grey track up to the black tick: the trainer's daily limit; red: over the limit.",
            loadChartLabel: "Hours per day of each trainer against their daily limit",
            trainer: "Trainer", sessionsColumn: "Sessions", daysColumn: "Days", hours: "Hours", dailyLimit: "Daily limit",
            group: "Group", peopleColumn: "People",
            roomsNotInPlan: "Rooms not in the plan",
            dayFacts: { sessions, duration, zone in "\(sessions), \(duration) in total. Times are in \(zone)." },
            dayIndexFacts: { sessions, rooms, zone in "\(sessions) in \(rooms). Times are in \(zone)." },
            allVenuesOn: { "All venues on \($0)" }, noSessionsThisDay: "No sessions on this day.",
            venue: "Venue", town: "Town", roomsInUse: "Rooms in use", from: "From", to: "To",
            notInPlan: { "\($0) (not in the plan)" }, noRoom: "No room",
            andMore: { first, more, noun in "\(first) and \(more) more \(noun)" }, online: "online",
            breakTime: { "Break \($0)" }, sheetOf: { n, count in "(\(n) of \(count))" },
            workload: { duration, sessions, days in "\(duration) in \(sessions) on \(days)" },
            basedAt: "Based at", languages: "Languages", skills: "Skills",
            atMostADay: { "At most \($0) a day" }, breakBetween: { "At least \($0) between sessions" },
            daysAway: { "\($0) away from the base" },
            venueChanges: { changes, towns in "\(changes) \(changes == 1 ? "change" : "changes") of venue within a day (\(towns) between towns)" },
            noTravel: "No travel between venues.", travelInAll: { "; \($0) of travel in all." },
            noSessionsAssigned: "No sessions assigned.", noSessionsScheduled: "No sessions scheduled.",
            sectionsShared: "Sections of split sessions are listed each; the group's people are shared among them.",
            ofAtMost: { duration, limit in "\(duration) of at most \(limit)" }, overLimit: " (over the limit)", route: "Route",
            time: "Time", session: "Session", kindColumn: "Kind", room: "Room", with: "With",
            fromBase: "From the base", backToBase: "Back to the base",
            travel: { note, from, to, duration in (note.map { "\($0): travel" } ?? "Travel") + " from \(from) to \(to): \(duration)" },
            gapBetween: { ", \($0) between the sessions" }, overlap: ", but the sessions overlap", tooTight: "too tight",
            violationFacts: { violations, level, penalty in "\(violations), \(level) penalty \(penalty) in total." },
            notAboutOneDay: "Not about one day", total: "total"))
}
