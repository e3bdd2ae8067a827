import CLibical
import Foundation

/// A feed read back through libical's C API, independently of ForumCalendar's wrappers.
struct ParsedCalendar {
    /// One property: its value (TEXT unescaped) and parameters as `NAME=value` strings.
    struct Property: Equatable {
        var value: String
        var parameters: [String]
    }

    /// Calendar-level properties by name.
    var properties: [String: [Property]] = [:]
    /// VTIMEZONE TZIDs.
    var timeZones: [String] = []
    /// Events by UID: properties by name, plus DTSTART/DTEND as UTC seconds.
    var events: [String: [String: [Property]]] = [:]
    var startUTC: [String: Int] = [:]
    var endUTC: [String: Int] = [:]
    /// UIDs in file order.
    var order: [String] = []

    init?(_ text: String) {
        guard let root = icalparser_parse_string(text) else { return nil }
        defer { icalcomponent_free(root) }
        guard icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT, icalcomponent_count_errors(root) == 0 else { return nil }
        properties = Self.properties(of: root)
        var it = icalcomponent_begin_component(root, ICAL_ANY_COMPONENT)
        while let child = icalcompiter_deref(&it) {
            if icalcomponent_isa(child) == ICAL_VTIMEZONE_COMPONENT, let p = icalcomponent_get_first_property(child, ICAL_TZID_PROPERTY) {
                timeZones.append(String(cString: icalproperty_get_tzid(p)))
            }
            if icalcomponent_isa(child) == ICAL_VEVENT_COMPONENT {
                let uid = String(cString: icalcomponent_get_uid(child))
                order.append(uid)
                events[uid] = Self.properties(of: child)
                let start = icalcomponent_get_dtstart(child)
                startUTC[uid] = Int(icaltime_as_timet_with_zone(start, start.zone ?? icaltimezone_get_utc_timezone()))
                let end = icalcomponent_get_dtend(child)
                endUTC[uid] = Int(icaltime_as_timet_with_zone(end, end.zone ?? icaltimezone_get_utc_timezone()))
            }
            icalcompiter_next(&it)
        }
    }

    private static func properties(of component: OpaquePointer) -> [String: [Property]] {
        var result: [String: [Property]] = [:]
        var p = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)
        while let property = p {
            let name = String(cString: icalproperty_get_property_name(property))
            var value: String
            if let v = icalproperty_get_value(property), icalvalue_isa(v) == ICAL_TEXT_VALUE {
                value = String(cString: icalvalue_get_text(v))
            } else {
                let raw = icalproperty_get_value_as_string_r(property)!
                value = String(cString: raw)
                free(raw)
            }
            var parameters: [String] = []
            var q = icalproperty_get_first_parameter(property, ICAL_ANY_PARAMETER)
            while let parameter = q {
                let raw = icalparameter_as_ical_string_r(parameter)!
                parameters.append(String(cString: raw))
                free(raw)
                q = icalproperty_get_next_parameter(property, ICAL_ANY_PARAMETER)
            }
            result[name, default: []].append(Property(value: value, parameters: parameters))
            p = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
        }
        return result
    }

    /// The single value of an event property.
    func value(_ uid: String, _ name: String) -> String? { events[uid]?[name]?.first?.value }
}

/// The VEVENT blocks of a feed's raw text by UID (for byte-identity checks).
func eventBlocks(_ text: String) -> [String: String] {
    var result: [String: String] = [:]
    for block in text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
        let body = block.components(separatedBy: "END:VEVENT\r\n")[0]
        let uidLine = body.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } ?? ""
        result[String(uidLine.dropFirst(4))] = body
    }
    return result
}
