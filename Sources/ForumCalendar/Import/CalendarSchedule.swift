import ForumModel
import ForumText
import Foundation

/// Reads a shared calendar (.ics) as schedule rows, through libical, for `forumplan check` and `diff`.
///
/// An event names its occurrence by our UID (`<session>[/r<run>][/s<section>]@<forum>.forumplanner`)
/// or else by its SUMMARY (a session title, optionally followed by `(meeting N of M, section K)` as
/// our feeds write it); its room is the LOCATION (room id or name, e.g. `Room 301, School …`); its
/// trainers are the ATTENDEEs that are plan trainers (by e-mail, else by CN), plus those without an
/// e-mail address that the DESCRIPTION's `Trainers:` line names; else the plan's named trainers.
/// DTSTART/DTEND are converted into the forum's time zone; floating times are forum-local; repeating
/// events give one row per occurrence on the forum's days; cancelled events are skipped.
public enum CalendarSchedule {
    /// The rows of `icsText`, in file order; every unusable event is reported at once, by its number.
    public static func rows(icsText: String, fileName: String, plan: Plan) throws(CalendarScheduleErrors) -> [ScheduleRow] {
        func fail(_ message: String) -> CalendarScheduleErrors {
            CalendarScheduleErrors([CalendarScheduleError(file: fileName, event: nil, message: message)])
        }
        guard !icsText.utf8.contains(0) else {
            throw fail("the file contains a NUL byte, so it is not an iCalendar text file. Export the calendar again as .ics.")
        }
        guard icsText.contains(where: { !$0.isWhitespace }) else {
            throw fail("the file is empty; expected an iCalendar file (BEGIN:VCALENDAR … END:VCALENDAR).")
        }
        let zoneName = plan.forum.timeZone
        guard LibICal.warmUp(zones: [zoneName]).isEmpty, let zone = ICalTimeZone(named: zoneName) else {
            throw fail("the forum's time zone '\(zoneName)' is not in the system time zone data. Use an IANA name or install tzdata.")
        }
        let reader = EventReader(file: fileName, plan: plan, zone: zone)
        return try LibICal.withZoneCache { () throws(CalendarScheduleErrors) -> [ScheduleRow] in
            guard let root = ICalComponent.parse(icsText) else {
                throw fail(
                    "not an iCalendar file (libical could not parse it: not iCalendar text, or missing END lines). Export the calendar again as .ics."
                )
            }
            return try root.withRef { root throws(CalendarScheduleErrors) in
                guard let calendars = root.calendars else {
                    throw fail("the file's top level is \(root.kindName), not VCALENDAR. Wrap the events in BEGIN:VCALENDAR … END:VCALENDAR.")
                }
                let problems = root.parseErrors()
                guard problems.isEmpty else {
                    throw fail(
                        "libical could not parse \(problems.count == 1 ? "a property" : "\(problems.count) properties"): "
                            + problems.joined(separator: "; ") + ". Fix or remove these lines.")
                }
                var rows: [ScheduleRow] = []
                var errors: [CalendarScheduleError] = []
                let events = calendars.flatMap { $0.children(.event) }
                for (i, event) in events.enumerated() where !event.isCancelled {
                    do throws(CalendarScheduleError) {
                        rows += try reader.rows(of: event, number: i + 1)
                    } catch {
                        errors.append(error)
                    }
                }
                guard errors.isEmpty else { throw CalendarScheduleErrors(errors) }
                return rows
            }
        }
    }

    /// Reads the file at `url` and returns ``rows(icsText:fileName:plan:)``.
    public static func rows(contentsOf url: URL, fileName: String, plan: Plan) throws(CalendarScheduleErrors) -> [ScheduleRow] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw CalendarScheduleErrors([
                CalendarScheduleError(file: fileName, event: nil, message: "cannot read the file (\(reason)). Check the path.")
            ])
        }
        return try rows(icsText: String(decoding: data, as: UTF8.self), fileName: fileName, plan: plan)
    }
}

/// Turns one VEVENT into schedule rows.
private struct EventReader {
    let file: String
    let plan: Plan
    let zone: ICalTimeZone

    func rows(of event: ICalComponentRef, number: Int) throws(CalendarScheduleError) -> [ScheduleRow] {
        let summary = event.summary
        func error(_ message: String) -> CalendarScheduleError {
            CalendarScheduleError(file: file, event: number, summary: summary, message: message)
        }
        let target = try occurrence(of: event, error: error)
        guard let start = event.start else { throw error("it has no DTSTART. Give it a start time or remove it.") }
        try check(start, "DTSTART", error)
        guard !start.isDate else {
            throw error("it is an all-day event; a session needs a start and an end time. Give it times or remove it.")
        }
        let length: Int
        if let end = event.end {
            try check(end, "DTEND", error)
            length = utc(end) - utc(start)
        } else if let seconds = event.durationSeconds {
            length = seconds
        } else {
            throw error("it has neither DTEND nor DURATION. Give it an end time.")
        }
        guard length > 0 else { throw error("it does not end after it starts. Correct DTEND or DURATION.") }

        var starts = [utc(start)]
        if event.repeats {
            guard let first = plan.forum.days.min(), let last = plan.forum.days.max() else { return [] }
            let window = (zone.utcSeconds(first.adding(days: -1), minutes: 0), zone.utcSeconds(last.adding(days: 2), minutes: 0))
            let expanded = event.recurrenceSpans(fromUTC: window.0, toUTC: window.1, limit: 10_000)
            guard !expanded.truncated else { throw error("it repeats more than 10000 times within the forum's days. Check its RRULE.") }
            starts = expanded.spans.map { start.anchor == .floating ? zone.utcSeconds(wallClockDigits: $0.start) : $0.start }
        }
        let room = event.location.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let trainers = self.trainers(of: event, session: target.session)
        return try starts.map { (s: Int) throws(CalendarScheduleError) -> ScheduleRow in
            let from = zone.wallClock(utcSeconds: s), to = zone.wallClock(utcSeconds: s + length)
            let endMinute = to.date == from.date ? to.second / 60 : (to.date == from.date.adding(days: 1) && to.second == 0 ? 1440 : -1)
            guard endMinute > from.second / 60, let startTime = TimeOfDay(minutes: from.second / 60),
                let endTime = TimeOfDay(minutes: endMinute)
            else {
                throw error("it runs past midnight in the forum's time zone (\(plan.forum.timeZone)); a session takes place within one day.")
            }
            return ScheduleRow(
                origin: "event \(number)", session: target.session, run: target.run, section: target.section,
                date: from.date, start: startTime, end: endTime, room: room, trainers: trainers,
                matchByTitle: target.byTitle)
        }
    }

    /// The session id (or title), run and section the event names.
    private func occurrence(
        of event: ICalComponentRef, error: (String) -> CalendarScheduleError
    ) throws(CalendarScheduleError) -> (session: String, run: Int?, section: Int?, byTitle: Bool) {
        let suffix = "@\(plan.forum.id).forumplanner"
        if let uid = event.uid, uid.hasSuffix(suffix) {
            var parts = uid.dropLast(suffix.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let session = parts.removeFirst()
            var run: Int?, section: Int?
            for part in parts {
                if part.hasPrefix("r"), let n = Int(part.dropFirst()), n > 0, run == nil, section == nil {
                    run = n
                } else if part.hasPrefix("s"), let n = Int(part.dropFirst()), n > 0, section == nil {
                    section = n
                } else {
                    throw error("its UID \(uid) is not of the form <session>[/r<run>][/s<section>]\(suffix).")
                }
            }
            return (session, run, section, false)
        }
        guard let summary = event.summary?.trimmingCharacters(in: .whitespaces), !summary.isEmpty else {
            throw error("it has neither a forumplanner UID nor a SUMMARY, so it names no session. Give it the session's title as SUMMARY.")
        }
        let titles = plan.sessions.flatMap { $0.localizedTitle.variants.map(Similarity.fold) }
        if titles.contains(Similarity.fold(summary)) { return (summary, nil, nil, true) }
        if let split = Self.splitSuffix(summary), titles.contains(Similarity.fold(split.title)) {
            return (split.title, split.run, split.section, true)
        }
        return (summary, nil, nil, true)
    }

    /// `Title (meeting 3 of 6, section 2)` → title, 3, 2: the SUMMARY our feeds write, in any of
    /// their languages (`(занятие 3 из 6, секция 2)`, `(3/6-кездесу, 2-секция)` …).
    static func splitSuffix(_ summary: String) -> (title: String, run: Int?, section: Int?)? {
        guard summary.hasSuffix(")"), let open = summary.range(of: " (", options: .backwards) else { return nil }
        let inner = summary[open.upperBound..<summary.index(before: summary.endIndex)]
        var run: Int?, section: Int?
        for part in inner.components(separatedBy: ", ") {
            let numbers = part.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
            let feeds = Language.allCases.map { Catalogue.of($0).feed }
            if numbers.count == 2, feeds.contains(where: { $0.meetingOf(numbers[0], numbers[1]) == part }) {
                run = numbers[0]
            } else if numbers.count == 1, feeds.contains(where: { $0.section(numbers[0]) == part }) {
                section = numbers[0]
            } else {
                return nil
            }
        }
        return (String(summary[..<open.lowerBound]), run, section)
    }

    /// Trainer ids from the ATTENDEEs, plus trainers without e-mail (who cannot be attendees) from the
    /// DESCRIPTION's `Trainer(s):` line our feeds write, else from the session's named trainers;
    /// nil when neither names a trainer (the plan's named trainers are assumed).
    private func trainers(of event: ICalComponentRef, session: String) -> [String]? {
        var ids: [String] = []
        for attendee in event.attendees {
            let address = attendee.address.lowercased()
            let byEmail = plan.trainers.first { $0.email?.lowercased() == address && !address.isEmpty }
            let byName = attendee.name.flatMap { cn in
                plan.trainers.first { $0.localizedName.variants.contains { Similarity.fold($0) == Similarity.fold(cn) } || $0.id == cn }
            }
            if let t = byEmail ?? byName, !ids.contains(t.id) { ids.append(t.id) }
        }
        func hasEmail(_ id: String) -> Bool { !(plan.trainers.first { $0.id == id }?.email ?? "").isEmpty }
        if let described = describedTrainers(event.description) {
            // Our feeds: the DESCRIPTION lists every trainer in order; attendees decide for those with e-mail.
            var result = described.filter { ids.contains($0) || !hasEmail($0) }
            result += ids.filter { !result.contains($0) }
            return result.isEmpty ? nil : result
        }
        guard !ids.isEmpty else { return nil }
        let folded = Similarity.fold(session)
        let named = plan.sessions.first { $0.id == session || $0.localizedTitle.variants.contains { Similarity.fold($0) == folded } }?.trainers ?? []
        return ids + named.filter { !ids.contains($0) && !hasEmail($0) }
    }

    /// The labels of the DESCRIPTION's trainers line in every language our feeds write, lower case.
    private static let trainerLabels = Language.allCases.flatMap { language in
        [Catalogue.of(language).feed.trainer.lowercased(), Catalogue.of(language).feed.trainers.lowercased()]
    }

    /// The trainers a `Trainer: A` / `Trainers: A, B` line names, when every name is a plan trainer's
    /// (names may themselves hold commas, so consecutive pieces are joined until they name one).
    private func describedTrainers(_ description: String?) -> [String]? {
        guard let description else { return nil }
        for line in description.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), Self.trainerLabels.contains(line[..<colon].lowercased()) else { continue }
            var ids: [String] = []
            var pending = ""
            for piece in line[line.index(after: colon)...].components(separatedBy: ",") {
                pending = pending.isEmpty ? piece : pending + "," + piece
                let folded = Similarity.fold(pending)
                if let t = plan.trainers.first(where: { $0.localizedName.variants.contains { Similarity.fold($0) == folded } }) {
                    ids.append(t.id)
                    pending = ""
                }
            }
            return pending.isEmpty ? ids : nil
        }
        return nil
    }

    /// Real UTC seconds of a resolved time (floating times are forum-local).
    private func utc(_ t: ICalDateTime) -> Int {
        switch t.anchor {
        case .utc, .zoned: t.seconds
        case .floating, .unknownZone: zone.utcSeconds(wallClockDigits: t.seconds)
        }
    }

    private func check(_ t: ICalDateTime, _ property: String, _ error: (String) -> CalendarScheduleError) throws(CalendarScheduleError) {
        guard t.isValid else { throw error("its \(property) \(t.text) is not a real date and time. Correct the date.") }
        if case .unknownZone(let tzid) = t.anchor {
            throw error(
                "its \(property) uses TZID '\(tzid)', which neither the file nor the system time zone data defines. Use an IANA name such as Asia/Almaty."
            )
        }
    }
}

/// One unusable event (or the whole file, when `event` is nil) of a calendar read as a schedule.
public struct CalendarScheduleError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based position of the VEVENT in the file.
    public var event: Int?
    public var summary: String?
    public var message: String

    public init(file: String, event: Int?, summary: String? = nil, message: String) {
        self.file = file
        self.event = event
        self.summary = summary
        self.message = message
    }

    /// `file: event 3 ('Title'): error: message`, or `file: error: message` for the whole file.
    public var description: String {
        guard let event else { return "\(file): error: \(message)" }
        return "\(file): event \(event)\(summary.map { " ('\($0)')" } ?? ""): error: \(message)"
    }
}

/// Every unusable event of a calendar read as a schedule, in file order.
public struct CalendarScheduleErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [CalendarScheduleError]

    public init(_ errors: [CalendarScheduleError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
