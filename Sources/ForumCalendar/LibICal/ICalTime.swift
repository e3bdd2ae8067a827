import CLibical
import ForumModel

/// Conversions between our plain values and libical's `icaltimetype`/`icaldurationtype`.
enum ICalTime {
    /// The UTC time `seconds` after the epoch (written with a trailing `Z`).
    static func utc(_ seconds: Int) -> icaltimetype {
        icaltime_from_timet_with_zone(time_t(seconds), 0, icaltimezone_get_utc_timezone())
    }

    /// The wall-clock time `minutes` after midnight of `date` in `zone`.
    ///
    /// Minute 1440 is written as 00:00 of the next day.
    static func local(_ date: LocalDate, minutes: Int, zone: OpaquePointer) -> icaltimetype {
        let day = date.adding(days: minutes / 1440)
        let m = minutes % 1440
        var t = icaltime_null_time()
        t.year = Int32(day.year)
        t.month = Int32(day.month)
        t.day = Int32(day.day)
        t.hour = Int32(m / 60)
        t.minute = Int32(m % 60)
        t.second = 0
        t.is_date = 0
        icaltime_set_timezone(&t, zone)
        return t
    }

    /// A duration of whole minutes (`PT1H`, `PT30M`).
    static func duration(minutes: Int) -> icaldurationtype {
        icaldurationtype_from_int(Int32(clamping: minutes * 60))
    }

    /// UTC seconds of `t` given in `zone` (nil zone: the digits read as UTC).
    static func seconds(_ t: icaltimetype, zone: OpaquePointer?) -> Int {
        Int(icaltime_as_timet_with_zone(t, zone ?? icaltimezone_get_utc_timezone()))
    }

    /// Whether `t` names a real instant: normalizing it changes none of its fields.
    static func isNormalized(_ t: icaltimetype) -> Bool {
        guard icaltime_is_null_time(t) == 0, icaltime_is_valid_time(t) != 0 else { return false }
        guard (1...12).contains(t.month), (1...31).contains(t.day) else { return false }
        if t.is_date == 0 {
            guard (0...23).contains(t.hour), (0...59).contains(t.minute), (0...60).contains(t.second) else { return false }
        }
        let n = icaltime_normalize(t)
        return n.year == t.year && n.month == t.month && n.day == t.day
            && (t.is_date != 0 || (n.hour == t.hour && n.minute == t.minute))
    }

    /// `YYYYMMDD` or `YYYYMMDDTHHMMSS` for messages (never used to build iCalendar text).
    static func text(_ t: icaltimetype) -> String {
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let date = pad(t.year, 4) + pad(t.month, 2) + pad(t.day, 2)
        return t.is_date != 0 ? date : date + "T" + pad(t.hour, 2) + pad(t.minute, 2) + pad(t.second, 2)
    }
}
