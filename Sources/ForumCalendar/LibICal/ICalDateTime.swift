/// A date or date-time read from a parsed file, already resolved against its time zone.
///
/// Holds no libical pointer: zones defined by a file's VTIMEZONE die with the file, so the UTC
/// instant is computed while the calendar is still alive.
struct ICalDateTime: Hashable {
    /// How the value is anchored in time.
    enum Anchor: Hashable {
        /// Written with a trailing `Z`.
        case utc
        /// Written with `TZID=` naming a zone libical could resolve.
        case zoned(tzid: String)
        /// Written with neither: "the same wall-clock time wherever you are".
        case floating
        /// Written with `TZID=` naming a zone neither the file nor tzdata defines.
        case unknownZone(tzid: String)
    }

    var anchor: Anchor
    /// A DATE value (a whole day) rather than a DATE-TIME.
    var isDate: Bool
    /// Whether the digits name a real date and time (libical accepts `20260230T100000` silently).
    var isValid: Bool
    /// The digits as written, e.g. `20260310T100000` (for messages).
    var text: String
    /// UTC seconds for `.utc` and `.zoned`; for `.floating`, `.unknownZone` and dates, the digits
    /// read as if they were UTC (the caller places them in the forum's zone).
    var seconds: Int
}

/// One FREEBUSY period of a VFREEBUSY component.
struct ICalFreeBusyPeriod: Hashable {
    var start: ICalDateTime
    var end: ICalDateTime
    /// FBTYPE=FREE: the person is free then (ignored as busy time).
    var isFree: Bool
}

/// One occurrence from libical's recurrence expansion, in UTC seconds (end exclusive).
struct ICalSpan: Hashable {
    var start: Int
    var end: Int
}
