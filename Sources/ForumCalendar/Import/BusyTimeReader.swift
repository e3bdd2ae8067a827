import ForumModel

/// Reads the busy intervals (UTC seconds, end exclusive) of one parsed iCalendar file.
///
/// VEVENTs count unless cancelled or transparent; RRULE/RDATE/EXDATE and RECURRENCE-ID overrides
/// are expanded within `window`; DATE events block whole forum-local days; floating times are read
/// as forum-local wall-clock time; VFREEBUSY periods count unless FBTYPE=FREE.
struct BusyTimeReader {
    /// Most occurrences one event may expand to within the window.
    static let occurrenceLimit = 100_000

    let file: String
    let zone: ICalTimeZone
    /// UTC seconds to expand recurrences over.
    let window: (start: Int, end: Int)

    /// Busy intervals of `text`, in file order.
    func intervals(of text: String) throws(CalendarFileError) -> [ICalSpan] {
        guard !text.utf8.contains(0) else { throw error(.containsNUL) }
        return try LibICal.withZoneCache { () throws(CalendarFileError) -> [ICalSpan] in
            guard let root = ICalComponent.parse(text) else { throw error(.notICalendar) }
            return try root.withRef { root throws(CalendarFileError) in try intervals(root: root) }
        }
    }

    private func intervals(root: ICalComponentRef) throws(CalendarFileError) -> [ICalSpan] {
        guard let calendars = root.calendars else { throw error(.noCalendar(found: root.kindName)) }
        let problems = root.parseErrors()
        guard problems.isEmpty else { throw error(.parseErrors(problems)) }

        var result: [ICalSpan] = []
        for calendar in calendars {
            let events = calendar.children(.event)
            var replaced: [String: Set<Int>] = [:]
            for event in events {
                guard let rid = event.recurrenceID else { continue }
                try check(rid, "RECURRENCE-ID", of: event)
                replaced[event.uid ?? "", default: []].insert(utc(rid))
            }
            for event in events where !event.isCancelled && !event.isTransparent {
                result += try spans(of: event, skipping: event.recurrenceID == nil ? replaced[event.uid ?? ""] ?? [] : [])
            }
            for freeBusy in calendar.children(.freeBusy) {
                for period in freeBusy.freeBusyPeriods where !period.isFree {
                    try check(period.start, "FREEBUSY", of: freeBusy)
                    try check(period.end, "FREEBUSY", of: freeBusy)
                    result.append(ICalSpan(start: utc(period.start), end: utc(period.end)))
                }
            }
        }
        return result
    }

    /// The occurrences of one VEVENT as real UTC intervals.
    private func spans(of event: ICalComponentRef, skipping replaced: Set<Int>) throws(CalendarFileError) -> [ICalSpan] {
        guard let start = event.start else { throw error(.missingStart(event: name(event))) }
        try check(start, "DTSTART", of: event)
        let end = event.end
        if let end { try check(end, "DTEND", of: event) }
        for exdate in event.exceptionDates { try check(exdate, "EXDATE", of: event) }
        let rdates = event.recurrenceDates
        for rdate in rdates {
            try check(rdate.start, "RDATE", of: event)
            if let end = rdate.end { try check(end, "RDATE", of: event) }
        }
        // Length of each occurrence in the event's own terms (days for DATE events).
        let length: Int
        if let end { length = end.seconds - start.seconds } else { length = event.durationSeconds ?? (start.isDate ? 86_400 : 0) }
        guard length >= 0 else { throw error(.endBeforeStart(event: name(event))) }

        // libical 3.0.16 reads an RDATE's TZID as UTC while expanding: take RDATEs out, add them ourselves.
        event.removeRecurrenceDates()
        let expanded = event.recurrenceSpans(fromUTC: window.start, toUTC: window.end, limit: Self.occurrenceLimit)
        guard !expanded.truncated else { throw error(.tooManyOccurrences(event: name(event), limit: Self.occurrenceLimit)) }
        let excluded = Set(event.exceptionDates.map(utc))

        var starts: [Int] = expanded.spans.map { span in
            switch start.anchor {
            case .floating, .unknownZone: return start.isDate ? span.start : zone.utcSeconds(wallClockDigits: span.start)
            case .utc, .zoned: return span.start
            }
        }
        var result: [ICalSpan] = []
        for rdate in rdates {
            let s = start.isDate ? rdate.start.seconds : utc(rdate.start)
            if let rend = rdate.end {
                result.append(ICalSpan(start: s, end: utc(rend)))
            } else if !excluded.contains(start.isDate ? zone.utcSeconds(wallClockDigits: s) : s) {
                starts.append(s)
            }
        }
        for s in starts where !replaced.contains(start.isDate ? zone.utcSeconds(wallClockDigits: s) : s) {
            if start.isDate {
                // Whole days: the digits of a DATE are read as UTC midnight; block those forum-local days.
                let first = LocalDate(daysSinceEpoch: Int((Double(s) / 86_400).rounded(.down)))
                let days = max(1, (length + 86_399) / 86_400)
                result.append(ICalSpan(start: zone.utcSeconds(first, minutes: 0), end: zone.utcSeconds(first.adding(days: days), minutes: 0)))
            } else if length > 0 {
                result.append(ICalSpan(start: s, end: s + length))
            }
        }
        return result
    }

    /// Real UTC seconds of a resolved time (floating times and dates are forum-local).
    private func utc(_ t: ICalDateTime) -> Int {
        switch t.anchor {
        case .utc, .zoned: t.seconds
        case .floating, .unknownZone: zone.utcSeconds(wallClockDigits: t.seconds)
        }
    }

    private func check(_ t: ICalDateTime, _ property: String, of component: ICalComponentRef) throws(CalendarFileError) {
        guard t.isValid else { throw error(.invalidTime(event: name(component), property: property, value: t.text)) }
        if case .unknownZone(let tzid) = t.anchor { throw error(.unknownTimeZone(event: name(component), tzid: tzid)) }
    }

    /// `'Summary' (UID x)` for messages.
    private func name(_ event: ICalComponentRef) -> String {
        let summary = event.summary.map { "'\($0)'" }
        let uid = event.uid.map { "UID \($0)" }
        switch (summary, uid) {
        case let (s?, u?): return "\(s) (\(u))"
        case let (s?, nil): return s
        case let (nil, u?): return u
        case (nil, nil): return "without SUMMARY or UID (\(event.kindName))"
        }
    }

    private func error(_ problem: CalendarFileError.Problem) -> CalendarFileError {
        CalendarFileError(file: file, problem: problem)
    }
}
