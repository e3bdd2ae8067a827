import CLibical

/// Sole owner of one libical property until it is handed to a component.
///
/// Text goes in through libical's typed constructors, which escape `,` `;` `\` and newlines;
/// ``ICalText/clean(_:)`` strips the controls libical would otherwise write raw.
struct ICalProperty: ~Copyable {
    private let handle: OpaquePointer

    private init(_ handle: OpaquePointer?, _ function: String) {
        guard let handle else { preconditionFailure("libical could not create a property in \(function)") }
        self.handle = handle
    }

    deinit { icalproperty_free(handle) }

    /// Gives the handle to a new owner (a component) without freeing it.
    consuming func relinquish() -> OpaquePointer {
        let h = handle
        discard self
        return h
    }

    /// Adds a parameter; the property owns it from then on.
    private func adding(_ parameter: OpaquePointer?) {
        guard let parameter else { preconditionFailure("libical could not create a parameter") }
        icalproperty_add_parameter(handle, parameter)
    }

    static func version() -> ICalProperty { ICalProperty(icalproperty_new_version("2.0"), "version") }
    static func prodid(_ text: String) -> ICalProperty { ICalProperty(icalproperty_new_prodid(text), "prodid") }
    static func calscale() -> ICalProperty { ICalProperty(icalproperty_new_calscale("GREGORIAN"), "calscale") }
    static func uid(_ text: String) -> ICalProperty { ICalProperty(icalproperty_new_uid(ICalText.clean(text)), "uid") }
    static func summary(_ text: String) -> ICalProperty {
        ICalProperty(icalproperty_new_summary(ICalText.clean(text)), "summary")
    }
    static func description(_ text: String) -> ICalProperty {
        ICalProperty(icalproperty_new_description(ICalText.clean(text)), "description")
    }
    static func location(_ text: String) -> ICalProperty {
        ICalProperty(icalproperty_new_location(ICalText.clean(text)), "location")
    }
    /// RFC 7986 NAME of a calendar.
    static func name(_ text: String) -> ICalProperty { ICalProperty(icalproperty_new_name(ICalText.clean(text)), "name") }
    /// One category; commas and semicolons are removed because libical 3.0.16 does not escape them here.
    static func category(_ text: String) -> ICalProperty {
        let safe = ICalText.clean(text).filter { $0 != "," && $0 != ";" }
        return ICalProperty(icalproperty_new_categories(safe), "categories")
    }
    static func sequence(_ n: Int) -> ICalProperty { ICalProperty(icalproperty_new_sequence(Int32(clamping: n)), "sequence") }
    static func dtstamp(utcSeconds: Int) -> ICalProperty {
        ICalProperty(icalproperty_new_dtstamp(ICalTime.utc(utcSeconds)), "dtstamp")
    }
    static func lastModified(utcSeconds: Int) -> ICalProperty {
        ICalProperty(icalproperty_new_lastmodified(ICalTime.utc(utcSeconds)), "lastmodified")
    }
    static func created(utcSeconds: Int) -> ICalProperty {
        ICalProperty(icalproperty_new_created(ICalTime.utc(utcSeconds)), "created")
    }
    static func status(cancelled: Bool) -> ICalProperty {
        ICalProperty(icalproperty_new_status(cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED), "status")
    }
    /// RFC 7986 REFRESH-INTERVAL;VALUE=DURATION.
    static func refreshInterval(minutes: Int) -> ICalProperty {
        let p = ICalProperty(icalproperty_new_refreshinterval(ICalTime.duration(minutes: minutes)), "refreshinterval")
        p.adding(icalparameter_new_value(ICAL_VALUE_DURATION))
        return p
    }
    /// ORGANIZER;CN=name:mailto:email.
    static func organizer(email: String, name: String) -> ICalProperty {
        let p = ICalProperty(icalproperty_new_organizer("mailto:" + ICalText.parameter(email)), "organizer")
        p.adding(icalparameter_new_cn(ICalText.parameter(name)))
        return p
    }
    /// ATTENDEE;CN=name;ROLE=CHAIR:mailto:email (a trainer runs the session).
    static func attendee(email: String, name: String) -> ICalProperty {
        let p = ICalProperty(icalproperty_new_attendee("mailto:" + ICalText.parameter(email)), "attendee")
        p.adding(icalparameter_new_cn(ICalText.parameter(name)))
        p.adding(icalparameter_new_role(ICAL_ROLE_CHAIR))
        return p
    }
    /// An X- property holding TEXT, escaped as TEXT (libical's `icalproperty_new_x` would not escape).
    static func xText(_ name: String, _ text: String) -> ICalProperty {
        let p = ICalProperty(icalproperty_new(ICAL_X_PROPERTY), "x")
        icalproperty_set_x_name(p.handle, name)
        icalproperty_set_value(p.handle, icalvalue_new_text(ICalText.clean(text)))
        return p
    }
    /// An X- property holding a DURATION value (X-PUBLISHED-TTL).
    static func xDuration(_ name: String, minutes: Int) -> ICalProperty {
        let p = ICalProperty(icalproperty_new(ICAL_X_PROPERTY), "x")
        icalproperty_set_x_name(p.handle, name)
        icalproperty_set_value(p.handle, icalvalue_new_duration(ICalTime.duration(minutes: minutes)))
        return p
    }
}

/// Text clean-up for what libical 3.0.16 writes without escaping.
enum ICalText {
    /// Drops C0 controls (except tab and newline) and DEL; CR and CRLF become a newline.
    static func clean(_ text: String) -> String {
        if !text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 == 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x0D {
                out.append("\n")
                previousCR = true
                continue
            }
            defer { previousCR = false }
            if v == 0x0A && previousCR { continue }
            if (v < 0x20 && v != 0x09 && v != 0x0A) || v == 0x7F { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// A parameter value: one line, no controls, no `^` (3.0.16 does not escape it per RFC 6868)
    /// and no trailing backslash (which 3.0.16 writes raw, breaking the line).
    static func parameter(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "^") || $0 == UInt8(ascii: "\\") }) { return text }
        var s = clean(text).replacingNewlines().filter { $0 != "^" }
        while s.hasSuffix("\\") { s.removeLast() }
        return s
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }
}
