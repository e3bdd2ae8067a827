import CLibical
import ForumModel

/// The kinds of component ForumCalendar builds or reads.
enum ICalComponentKind {
    case calendar, event, freeBusy

    var raw: icalcomponent_kind {
        switch self {
        case .calendar: ICAL_VCALENDAR_COMPONENT
        case .event: ICAL_VEVENT_COMPONENT
        case .freeBusy: ICAL_VFREEBUSY_COMPONENT
        }
    }
}

/// Sole owner of one root libical component (and, through libical, of all its children).
///
/// Freed exactly once in `deinit`; ``add(_:)-(ICalComponent)`` hands a child to this component,
/// after which the child's owner no longer exists. Borrowed read access goes through ``withRef(_:)``.
struct ICalComponent: ~Copyable {
    private let handle: OpaquePointer

    /// Takes ownership of a component that has no parent.
    init(adopting handle: OpaquePointer) {
        precondition(icalcomponent_get_parent(handle) == nil, "adopting a component that already has a parent")
        self.handle = handle
    }

    /// A new empty component of `kind`.
    init(_ kind: ICalComponentKind) {
        guard let handle = icalcomponent_new(kind.raw) else { preconditionFailure("icalcomponent_new failed") }
        self.handle = handle
    }

    deinit { icalcomponent_free(handle) }

    /// Gives the handle to a new owner without freeing it.
    consuming func relinquish() -> OpaquePointer {
        let h = handle
        discard self
        return h
    }

    /// Parses iCalendar text; nil when libical cannot make a component of it at all.
    ///
    /// The caller must check the text has no NUL byte (libical would silently stop there).
    static func parse(_ text: String) -> ICalComponent? {
        guard let root = icalparser_parse_string(text) else { return nil }
        return ICalComponent(adopting: root)
    }

    /// Adds a child component; this component owns it from now on.
    func add(_ child: consuming ICalComponent) {
        icalcomponent_add_component(handle, child.relinquish())
    }

    /// Adds a property; this component owns it from now on.
    func add(_ property: consuming ICalProperty) {
        icalcomponent_add_property(handle, property.relinquish())
    }

    /// Sets DTSTART or DTEND to a wall-clock time in `zone` (written with `TZID=<zone name>`).
    func setTime(_ which: ICalTimeProperty, date: LocalDate, minutes: Int, zone: ICalTimeZone) {
        zone.withHandle { z in
            let t = ICalTime.local(date, minutes: minutes, zone: z)
            switch which {
            case .start: icalcomponent_set_dtstart(handle, t)
            case .end: icalcomponent_set_dtend(handle, t)
            }
        }
    }

    /// The iCalendar text of this component: CRLF line ends, folded at 75 octets by ``ContentLines``
    /// (libical writes the content, its own folding is replaced).
    func serialized() throws(ICalError) -> String {
        let text = try LibICal.check("icalcomponent_as_ical_string_r") { LibICal.takeString(icalcomponent_as_ical_string_r(handle)) }
        guard let text else {
            throw ICalError(code: "NULL", function: "icalcomponent_as_ical_string_r", context: "component could not be serialized")
        }
        return try ContentLines.refold(text)
    }

    /// Borrowed read access to this component for the duration of `body`.
    func withRef<R, E: Error>(_ body: (ICalComponentRef) throws(E) -> R) throws(E) -> R {
        try body(ICalComponentRef(handle))
    }
}

/// DTSTART or DTEND.
enum ICalTimeProperty { case start, end }
