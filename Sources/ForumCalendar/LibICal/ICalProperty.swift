import CLibical
import ForumModel

/// Sole owner of one libical property until it is handed to a component.
///
/// Text goes in through libical's typed constructors, which escape `,` `;` `\` and newlines
/// (X- properties and CATEGORIES, which 3.0.16 leaves unescaped, through ``escapedText(_:_:)``);
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
    /// SUMMARY, DESCRIPTION and LOCATION, with a LANGUAGE parameter (RFC 5545 3.2.10) when `language` is given.
    static func summary(_ text: String, language: Language? = nil) -> ICalProperty {
        ICalProperty(icalproperty_new_summary(ICalText.clean(text)), "summary").inLanguage(language)
    }
    static func description(_ text: String, language: Language? = nil) -> ICalProperty {
        ICalProperty(icalproperty_new_description(ICalText.clean(text)), "description").inLanguage(language)
    }
    static func location(_ text: String, language: Language? = nil) -> ICalProperty {
        ICalProperty(icalproperty_new_location(ICalText.clean(text)), "location").inLanguage(language)
    }

    /// The property with `LANGUAGE=<code>` added, or unchanged for nil.
    private consuming func inLanguage(_ language: Language?) -> ICalProperty {
        if let language { adding(icalparameter_new_language(language.rawValue)) }
        return self
    }
    /// RFC 7986 NAME of a calendar.
    static func name(_ text: String) -> ICalProperty { ICalProperty(icalproperty_new_name(ICalText.clean(text)), "name") }
    /// One category, its commas and semicolons escaped (see ``escapedText(_:_:)``).
    static func category(_ text: String) -> ICalProperty { escapedText(ICalProperty(icalproperty_new(ICAL_CATEGORIES_PROPERTY), "categories"), text) }
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
        let p = ICalProperty(icalproperty_new_organizer("mailto:" + ICalText.address(email)), "organizer")
        p.adding(icalparameter_new_cn(ICalText.parameter(name)))
        return p
    }
    /// ATTENDEE;CN=name;ROLE=CHAIR:mailto:email (a trainer runs the session).
    static func attendee(email: String, name: String) -> ICalProperty {
        let p = ICalProperty(icalproperty_new_attendee("mailto:" + ICalText.address(email)), "attendee")
        p.adding(icalparameter_new_cn(ICalText.parameter(name)))
        p.adding(icalparameter_new_role(ICAL_ROLE_CHAIR))
        return p
    }
    /// An X- property holding TEXT (`X-WR-CALNAME;VALUE=TEXT:…`), escaped as TEXT (see ``escapedText(_:_:)``).
    static func xText(_ name: String, _ text: String) -> ICalProperty {
        let p = ICalProperty(icalproperty_new(ICAL_X_PROPERTY), "x")
        icalproperty_set_x_name(p.handle, name)
        return escapedText(p, text)
    }

    /// Gives `p` a TEXT value escaped per RFC 5545 §3.3.11, for the properties libical 3.0.16
    /// writes without escaping `,` and `;`: X- properties (fixed upstream in 3.0.17) and
    /// CATEGORIES (where it takes every comma for a list separator).
    ///
    /// libical's own TEXT escaper does the escaping, on a value that belongs to no property (it only
    /// skips commas for the properties above); the result is handed over as a value libical writes
    /// verbatim, under an explicit `VALUE=TEXT` (omitted where TEXT is the default), so readers,
    /// libical included, decode it as TEXT.
    private static func escapedText(_ p: consuming ICalProperty, _ text: String) -> ICalProperty {
        guard let value = icalvalue_new_text(ICalText.clean(text)) else { preconditionFailure("icalvalue_new_text failed") }
        let escaped = LibICal.takeString(icalvalue_as_ical_string_r(value)) ?? ""
        icalvalue_free(value)
        p.adding(icalparameter_new_value(ICAL_VALUE_TEXT))
        icalproperty_set_value(p.handle, icalvalue_new_uri(escaped))
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
    /// Drops C0 controls (except tab and newline) and DEL, and the blanks (space, tab) at either end;
    /// CR and CRLF become a newline. libical's parser strips blanks around every value and TEXT has
    /// no escape for them, so they could not be read back.
    static func clean(_ text: String) -> String {
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
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        while let last = out.last, isBlank(last) { out.removeLast() }
        return String(String.UnicodeScalarView(out.drop(while: isBlank)))
    }

    /// Whether `text` still has something to write once cleaned (libical refuses an empty TEXT
    /// value on reading: "No value for SUMMARY property", and drops the property).
    static func hasContent(_ text: String) -> Bool { !clean(text).isEmpty }

    /// A parameter value (CN) as libical writes it correctly: cleaned, tabs as spaces, `^` doubled and
    /// no trailing backslash. libical itself writes newlines as `^n` and `"` as `^'`
    /// (RFC 6868) and reads `^^` back as `^`, but before 3.0.18 it does not write `^^`; a trailing
    /// backslash has no escape at all (libical and other readers then take the closing quote or the
    /// `:` for escaped, and the line breaks).
    static func parameter(_ text: String) -> String {
        var s = String(clean(text).map { $0 == "\t" ? " " : $0 })
        while s.hasSuffix("\\") || s.hasSuffix(" ") { s.removeLast() }
        return LibICal.escapesCaret ? s : String(s.flatMap { $0 == "^" ? ["^", "^"] : [$0] })
    }

    /// An email address for a `mailto:` value: no controls, no white space.
    static func address(_ email: String) -> String {
        String(clean(email).unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
