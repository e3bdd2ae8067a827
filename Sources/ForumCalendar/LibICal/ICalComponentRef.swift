import CLibical

/// A borrowed view of a component inside a tree some ``ICalComponent`` owns.
///
/// Valid only inside the `withRef` closure that produced it (or one of its parents' views).
struct ICalComponentRef {
    private let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    /// The component's kind name, e.g. `VCALENDAR`, `VEVENT`, `XROOT`.
    var kindName: String {
        LibICal.copyString(icalcomponent_kind_to_string(icalcomponent_isa(handle))) ?? "unknown"
    }

    /// Whether this is a VCALENDAR.
    var isCalendar: Bool { icalcomponent_isa(handle) == ICAL_VCALENDAR_COMPONENT }

    /// Whether this is libical's XROOT (several top-level components, e.g. concatenated calendars).
    var isRootOfMany: Bool { icalcomponent_isa(handle) == ICAL_XROOT_COMPONENT }

    /// The VCALENDARs a parsed file holds: itself, or those under libical's XROOT; nil when neither.
    var calendars: [ICalComponentRef]? {
        if isCalendar { return [self] }
        guard isRootOfMany else { return nil }
        let calendars = children(.calendar)
        return calendars.isEmpty ? nil : calendars
    }

    /// Direct children of `kind`, in file order (an independent iterator, safe to nest).
    func children(_ kind: ICalComponentKind?) -> [ICalComponentRef] {
        var result: [ICalComponentRef] = []
        var it = icalcomponent_begin_component(handle, kind?.raw ?? ICAL_ANY_COMPONENT)
        while let child = icalcompiter_deref(&it) {
            result.append(ICalComponentRef(child))
            icalcompiter_next(&it)
        }
        return result
    }

    /// Properties of one kind, collected first (libical's property cursor is shared per component).
    private func properties(_ kind: icalproperty_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var p = icalcomponent_get_first_property(handle, kind)
        while let property = p {
            result.append(property)
            p = icalcomponent_get_next_property(handle, kind)
        }
        return result
    }

    /// Every `X-LIC-ERROR` libical attached to this component and its descendants, as
    /// `COMPONENT: error-type: text`.
    func parseErrors() -> [String] {
        var result: [String] = []
        for p in properties(ICAL_XLICERROR_PROPERTY) {
            let text = LibICal.copyString(icalproperty_get_xlicerror(p)) ?? ""
            var type = ""
            if let param = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER) {
                type = LibICal.takeString(icalparameter_as_ical_string_r(param)) ?? ""
                if let eq = type.firstIndex(of: "=") { type = String(type[type.index(after: eq)...]) }
            }
            result.append("\(kindName): \(type.lowercased()): \(text)")
        }
        for child in children(nil) { result += child.parseErrors() }
        return result
    }

    /// UID, if present.
    var uid: String? { LibICal.copyString(icalcomponent_get_uid(handle)) }

    /// SUMMARY, if present.
    var summary: String? { LibICal.copyString(icalcomponent_get_summary(handle)) }

    /// DESCRIPTION, if present.
    var description: String? { LibICal.copyString(icalcomponent_get_description(handle)) }

    /// LOCATION, if present.
    var location: String? { LibICal.copyString(icalcomponent_get_location(handle)) }

    /// Every ATTENDEE: its address without `mailto:` and its CN, in file order.
    var attendees: [(address: String, name: String?)] {
        properties(ICAL_ATTENDEE_PROPERTY).map { p in
            var address = LibICal.copyString(icalproperty_get_attendee(p)) ?? ""
            if address.lowercased().hasPrefix("mailto:") { address.removeFirst("mailto:".count) }
            let name = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER).flatMap { LibICal.copyString(icalparameter_get_cn($0)) }
            return (address, name)
        }
    }

    /// Whether the event repeats (RRULE or RDATE).
    var repeats: Bool { !properties(ICAL_RRULE_PROPERTY).isEmpty || !properties(ICAL_RDATE_PROPERTY).isEmpty }

    /// STATUS:CANCELLED.
    var isCancelled: Bool { icalcomponent_get_status(handle) == ICAL_STATUS_CANCELLED }

    /// TRANSP:TRANSPARENT (the event does not block time).
    var isTransparent: Bool {
        guard let p = icalcomponent_get_first_property(handle, ICAL_TRANSP_PROPERTY) else { return false }
        return icalproperty_get_transp(p) == ICAL_TRANSP_TRANSPARENT
    }

    /// DTSTART, resolved; nil when absent.
    var start: ICalDateTime? { properties(ICAL_DTSTART_PROPERTY).first.map { dateTime(of: $0, icalproperty_get_dtstart($0)) } }

    /// DTEND, resolved; nil when absent.
    var end: ICalDateTime? { properties(ICAL_DTEND_PROPERTY).first.map { dateTime(of: $0, icalproperty_get_dtend($0)) } }

    /// RECURRENCE-ID, resolved with its TZID (libical's own getter drops it, upstream #934).
    var recurrenceID: ICalDateTime? {
        properties(ICAL_RECURRENCEID_PROPERTY).first.map { dateTime(of: $0, icalproperty_get_recurrenceid($0)) }
    }

    /// DURATION in seconds; nil when absent.
    var durationSeconds: Int? {
        properties(ICAL_DURATION_PROPERTY).first.map { Int(icaldurationtype_as_int(icalproperty_get_duration($0))) }
    }

    /// Every EXDATE value, resolved.
    var exceptionDates: [ICalDateTime] {
        properties(ICAL_EXDATE_PROPERTY).map { dateTime(of: $0, icalproperty_get_exdate($0)) }
    }

    /// Every RDATE as a start and, for PERIOD values, an end; resolved with their TZID.
    var recurrenceDates: [(start: ICalDateTime, end: ICalDateTime?)] {
        properties(ICAL_RDATE_PROPERTY).map { p in
            let value = icalproperty_get_rdate(p)
            if icalperiodtype_is_null_period(value.period) == 0 {
                let start = dateTime(of: p, value.period.start)
                let endTime =
                    icaltime_is_null_time(value.period.end) != 0
                    ? icaltime_add(value.period.start, value.period.duration) : value.period.end
                return (start, dateTime(of: p, endTime))
            }
            return (dateTime(of: p, value.time), nil)
        }
    }

    /// Removes and frees every RDATE (libical 3.0.16's expansion reads their TZID as UTC).
    func removeRecurrenceDates() {
        for p in properties(ICAL_RDATE_PROPERTY) {
            icalcomponent_remove_property(handle, p)
            icalproperty_free(p)
        }
    }

    /// Removes and frees libical's own `X-LIC-*` properties of this component (not its children's).
    func removeLibICalProperties() {
        for p in properties(ICAL_X_PROPERTY) where LibICal.copyString(icalproperty_get_x_name(p))?.uppercased().hasPrefix("X-LIC-") == true {
            icalcomponent_remove_property(handle, p)
            icalproperty_free(p)
        }
    }

    /// Occurrences from DTSTART, RRULE and EXDATE overlapping `[from, to)` (UTC seconds).
    ///
    /// libical 3.0.16 makes DATE-only spans one day minus a second too long (fixed in 3.0.19), so
    /// callers take only the start of all-day occurrences from here. At most `limit` spans are kept.
    func recurrenceSpans(fromUTC from: Int, toUTC to: Int, limit: Int) -> (spans: [ICalSpan], truncated: Bool) {
        final class Collector {
            var spans: [ICalSpan] = []
            var truncated = false
            let limit: Int
            init(limit: Int) { self.limit = limit }
        }
        let collector = Collector(limit: limit)
        withExtendedLifetime(collector) {
            let context = Unmanaged.passUnretained(collector).toOpaque()
            icalcomponent_foreach_recurrence(
                handle, ICalTime.utc(from), ICalTime.utc(to),
                { _, span, data in
                    guard let span, let data else { return }
                    let c = Unmanaged<Collector>.fromOpaque(data).takeUnretainedValue()
                    guard c.spans.count < c.limit else {
                        c.truncated = true
                        return
                    }
                    c.spans.append(ICalSpan(start: Int(span.pointee.start), end: Int(span.pointee.end)))
                }, context)
        }
        return (collector.spans, collector.truncated)
    }

    /// FREEBUSY periods (a comma list in the file arrives as separate properties).
    var freeBusyPeriods: [ICalFreeBusyPeriod] {
        properties(ICAL_FREEBUSY_PROPERTY).map { p in
            let period = icalproperty_get_freebusy(p)
            let endTime = icaltime_is_null_time(period.end) != 0 ? icaltime_add(period.start, period.duration) : period.end
            var isFree = false
            if let param = icalproperty_get_first_parameter(p, ICAL_FBTYPE_PARAMETER) {
                isFree = icalparameter_get_fbtype(param) == ICAL_FBTYPE_FREE
            }
            return ICalFreeBusyPeriod(start: dateTime(of: p, period.start), end: dateTime(of: p, endTime), isFree: isFree)
        }
    }

    /// Resolves a time read from property `p` of this component against its TZID parameter:
    /// a VTIMEZONE of the file first, then tzdata by prefixed and by bare name (libical's order).
    private func dateTime(of p: OpaquePointer, _ raw: icaltimetype) -> ICalDateTime {
        var t = raw
        let valid = ICalTime.isNormalized(t)
        let text = ICalTime.text(t)
        var anchor: ICalDateTime.Anchor
        var zone: OpaquePointer? = nil
        if let param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER),
            let tzid = LibICal.copyString(icalparameter_get_tzid(param))
        {
            zone = resolveZone(tzid)
            anchor = zone == nil ? .unknownZone(tzid: tzid) : .zoned(tzid: tzid)
        } else if icaltime_is_utc(t) != 0 {
            anchor = .utc
        } else {
            anchor = .floating
        }
        if t.is_date != 0 {
            anchor = .floating
            zone = nil
        }
        var seconds = 0
        if valid {
            t.zone = nil
            if let zone { icaltime_set_timezone(&t, zone) }
            seconds = ICalTime.seconds(t, zone: zone)
        }
        return ICalDateTime(anchor: anchor, isDate: raw.is_date != 0, isValid: valid, text: text, seconds: seconds)
    }

    /// The zone a TZID names for this component, or nil when nothing defines it.
    private func resolveZone(_ tzid: String) -> OpaquePointer? {
        var c: OpaquePointer? = handle
        while let current = c {
            if let zone = icalcomponent_get_timezone(current, tzid) { return zone }
            c = icalcomponent_get_parent(current)
        }
        if let zone = icaltimezone_get_builtin_timezone_from_tzid(tzid) { return zone }
        return icaltimezone_get_builtin_timezone(tzid)
    }
}
