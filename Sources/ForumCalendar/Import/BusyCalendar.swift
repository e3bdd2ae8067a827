import ForumModel
import Foundation

/// Reads people's own calendars (.ics) as busy time on the forum's days, through libical.
public enum BusyCalendar {
    /// The busy time of `icsText` on each of `days`, as forum-local wall-clock windows.
    ///
    /// Windows are merged, sorted by day and start, clipped to each day (`24:00` ends a day) and
    /// rounded outwards to whole minutes. Events of every time zone are converted into `timeZone`;
    /// all-day events block whole days; recurring events are expanded; cancelled and transparent
    /// events and FBTYPE=FREE periods are ignored.
    /// - Parameter fileName: how errors name the file (the path as the plan wrote it).
    public static func busyWindows(
        icsText: String, fileName: String, timeZone: String, days: [LocalDate]
    ) throws(CalendarFileError) -> [TimeWindow] {
        let sortedDays = Array(Set(days)).sorted()
        guard let first = sortedDays.first, let last = sortedDays.last else { return [] }
        guard LibICal.warmUp(zones: [timeZone]).isEmpty, let zone = ICalTimeZone(named: timeZone) else {
            throw CalendarFileError(file: fileName, problem: .unknownForumTimeZone(timeZone))
        }
        // Two days of margin: all-day and floating events are placed in the forum's zone afterwards.
        let window = (zone.utcSeconds(first.adding(days: -2), minutes: 0), zone.utcSeconds(last.adding(days: 3), minutes: 0))
        let reader = BusyTimeReader(file: fileName, zone: zone, window: window)
        let intervals = try reader.intervals(of: icsText)
        return windows(intervals, days: sortedDays, zone: zone)
    }

    /// Reads the file at `url` and returns ``busyWindows(icsText:fileName:timeZone:days:)``.
    public static func busyWindows(
        contentsOf url: URL, fileName: String, timeZone: String, days: [LocalDate]
    ) throws(CalendarFileError) -> [TimeWindow] {
        try busyWindows(icsText: read(url, fileName: fileName), fileName: fileName, timeZone: timeZone, days: days)
    }

    /// The days among `days` that any event of the calendar touches (holiday and closure calendars).
    public static func blockedDays(
        icsText: String, fileName: String, timeZone: String, days: [LocalDate]
    ) throws(CalendarFileError) -> [LocalDate] {
        let windows = try busyWindows(icsText: icsText, fileName: fileName, timeZone: timeZone, days: days)
        var result: [LocalDate] = []
        for w in windows { if let d = w.day, result.last != d { result.append(d) } }
        return result
    }

    /// The text of a calendar file; invalid UTF-8 is replaced, NUL bytes are kept for the reader to reject.
    static func read(_ url: URL, fileName: String) throws(CalendarFileError) -> String {
        do {
            return String(decoding: try Data(contentsOf: url), as: UTF8.self)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw CalendarFileError(file: fileName, problem: .unreadable(reason: reason))
        }
    }

    /// Clips UTC intervals to each forum day and merges them into wall-clock windows.
    private static func windows(_ intervals: [ICalSpan], days: [LocalDate], zone: ICalTimeZone) -> [TimeWindow] {
        var result: [TimeWindow] = []
        for day in days {
            let dayStart = zone.utcSeconds(day, minutes: 0)
            let dayEnd = zone.utcSeconds(day.adding(days: 1), minutes: 0)
            var pieces: [(Int, Int)] = []
            for span in intervals {
                let s = max(span.start, dayStart), e = min(span.end, dayEnd)
                guard s < e else { continue }
                let startMinute = zone.wallClock(utcSeconds: s).second / 60
                let endMinute = e == dayEnd ? 1440 : (zone.wallClock(utcSeconds: e).second + 59) / 60
                if startMinute < endMinute { pieces.append((startMinute, endMinute)) }
            }
            pieces.sort { $0 < $1 }
            var merged: [(Int, Int)] = []
            for p in pieces {
                if let last = merged.last, p.0 <= last.1 {
                    merged[merged.count - 1].1 = max(last.1, p.1)
                } else {
                    merged.append(p)
                }
            }
            for (s, e) in merged {
                if let start = TimeOfDay(minutes: s), let end = TimeOfDay(minutes: e) {
                    result.append(TimeWindow(day: day, start: start, end: end))
                }
            }
        }
        return result
    }
}
