import CLibical
import ForumModel

/// Sole owner of a libical time zone whose TZID is the plain IANA name (`Asia/Almaty`).
///
/// libical's builtin zones carry a `/freeassociation.sourceforge.net/` prefix; this zone is built
/// from a clone of the builtin VTIMEZONE with its TZID set to the bare name, so DTSTART writes
/// `TZID=Asia/Almaty` and the VTIMEZONE matches it. Confine an instance to one thread.
final class ICalTimeZone {
    /// The IANA name, also the TZID written into feeds.
    let name: String
    private let zone: OpaquePointer
    /// The last truncated VTIMEZONE and where it starts (feeds of one export share it); owned here.
    private var truncated: (start: Int, component: OpaquePointer)?

    /// Looks up `name` in the system tzdata; nil when it is unknown.
    init?(named name: String) {
        let made: OpaquePointer? = LibICal.withZoneCache {
            guard let builtin = icaltimezone_get_builtin_timezone(name),
                let source = icaltimezone_get_component(builtin),
                let copy = icalcomponent_new_clone(source)
            else { return nil }
            if let tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY) {
                icalproperty_set_tzid(tzid, name)
            }
            guard let zone = icaltimezone_new() else {
                icalcomponent_free(copy)
                return nil
            }
            guard icaltimezone_set_component(zone, copy) != 0 else {
                icaltimezone_free(zone, 1)
                return nil
            }
            return zone
        }
        guard let made else { return nil }
        self.name = name
        self.zone = made
    }

    deinit {
        if let truncated { icalcomponent_free(truncated.component) }
        icaltimezone_free(zone, 1)
    }

    /// Borrowed access to the zone for the duration of `body`.
    func withHandle<R>(_ body: (OpaquePointer) throws -> R) rethrows -> R { try body(zone) }

    /// UTC seconds of wall-clock `minutes` after midnight on `date` here.
    func utcSeconds(_ date: LocalDate, minutes: Int) -> Int {
        ICalTime.seconds(ICalTime.local(date, minutes: minutes, zone: zone), zone: zone)
    }

    /// The wall-clock date and second of the day here at UTC `seconds`.
    func wallClock(utcSeconds seconds: Int) -> (date: LocalDate, second: Int) {
        let t = icaltime_from_timet_with_zone(time_t(seconds), 0, zone)
        let date = LocalDate(year: Int(t.year), month: Int(t.month), day: Int(t.day)) ?? LocalDate(daysSinceEpoch: 0)
        return (date, Int(t.hour) * 3600 + Int(t.minute) * 60 + Int(t.second))
    }

    /// UTC seconds of a wall-clock reading here given as "seconds since the epoch" of its digits.
    func utcSeconds(wallClockDigits digits: Int) -> Int {
        let day = LocalDate(daysSinceEpoch: Int((Double(digits) / 86_400).rounded(.down)))
        let second = digits - day.daysSinceEpoch * 86_400
        return utcSeconds(day, minutes: 0) + second
    }

    /// The UTC offset in seconds at UTC `seconds` (e.g. 18000 for +05:00).
    func utcOffset(atUTC seconds: Int) -> Int {
        var t = ICalTime.utc(seconds)
        var isDaylight: Int32 = 0
        return Int(icaltimezone_get_utc_offset_of_utc_time(zone, &t, &isDaylight))
    }

    /// A VTIMEZONE for this zone holding only the rules in force from UTC `start` on, in the RFC 5545
    /// form strict readers take.
    ///
    /// The cut is at the start only: libical's cut at an end writes `TZUNTIL` (RFC 7808, refused
    /// by python `ics` and dateutil) and clips eternal rules there. Its `X-LIC-LOCATION` goes too (also
    /// refused by dateutil). A zone rebuilt from the result is wrong before `start`, so `start` must
    /// precede every event of the feed it goes into.
    func vtimezone(fromUTC start: Int) -> ICalComponent? {
        if let truncated, truncated.start == start {
            return icalcomponent_new_clone(truncated.component).map(ICalComponent.init(adopting:))
        }
        guard let source = icaltimezone_get_component(zone), let copy = icalcomponent_new_clone(source) else { return nil }
        icaltimezone_truncate_vtimezone(copy, ICalTime.utc(start), icaltime_null_time(), 1)
        ICalComponentRef(copy).removeLibICalProperties()
        if let old = truncated { icalcomponent_free(old.component) }
        truncated = (start, copy)
        return icalcomponent_new_clone(copy).map(ICalComponent.init(adopting:))
    }
}
