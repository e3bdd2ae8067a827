import Foundation

/// The JSON Schema (draft 2020-12) of the plan format, built from the decoder's own key lists,
/// kinds, constraint ids and limits, so the schema in docs/plan.schema.json cannot drift from it
/// (a test compares the two). It checks shape only: keys, types, spellings, ranges; references,
/// capacities, pins and time zones are `validate`'s work.
public enum PlanSchema {
    /// The schema as pretty-printed JSON with sorted keys and a final line break.
    public static func json() -> String {
        let data = try! JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/$defs/\(name)"] }
    static func list(_ item: [String: Any]) -> [String: Any] { ["type": "array", "items": item] }
    static func integer(_ range: ClosedRange<Int>) -> [String: Any] { ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound] }
    static func object(_ keys: [String], _ properties: [String: [String: Any]], required: [String] = [], description: String? = nil) -> [String: Any]
    {
        precondition(Set(keys) == Set(properties.keys), "schema properties differ from the decoder's keys: \(keys)")
        var o: [String: Any] = ["type": "object", "additionalProperties": false, "properties": properties]
        if !required.isEmpty { o["required"] = required }
        if let description { o["description"] = description }
        return o
    }

    static var schema: [String: Any] {
        let text: [String: Any] = ["type": "string"]
        let languageCodes = Language.allCases.map(\.rawValue)
        let localized = ref("localizedText")
        let ids = list(ref("id"))
        let windows = list(ref("window"))
        let maxPeople = PlanDecoder.maxPeople
        let defs: [String: Any] = [
            "id": [
                "type": ["string", "integer"], "pattern": "^[^\\s.\\-_][^\\s]{0,63}$",
                "description": "letters, digits, '-', '_', '.'; starts with a letter or digit; at most 64 characters"
            ],
            "date": ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "description": "YYYY-MM-DD"],
            "time": ["type": "string", "pattern": "^[0-9]{1,2}:[0-9]{2}$", "description": "HH:MM, 24-hour; quote it"],
            "duration": ["type": "string", "pattern": "^(?=[0-9])([0-9]+h)?([0-9]+m)?$", "description": "90m, 1h30m, 3h"],
            "window": [
                "type": "string", "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2} )?[0-9]{1,2}:[0-9]{2}-[0-9]{1,2}:[0-9]{2}$",
                "description": "\"[DATE ]HH:MM-HH:MM\""
            ],
            "dayOrWindow": ["anyOf": [ref("date"), ref("window")]],
            "path": ["type": "string", "minLength": 1],
            "level": ["enum": PlanDecoder.planLevels.map(\.rawValue)],
            "localizedText": [
                "oneOf": [
                    text,
                    [
                        "type": "object", "additionalProperties": false, "minProperties": 1,
                        "properties": Dictionary(uniqueKeysWithValues: languageCodes.map { ($0, ["type": ["string", "null"]]) })
                    ]
                ], "description": "one text for every language, or a map by language: {kk: \"…\", ru: \"…\"}"
            ]
        ]
        let forum = object(
            PlanDecoder.forumKeys,
            [
                "id": ref("id"), "title": localized,
                "languages": [
                    "type": "array", "items": ["enum": languageCodes], "minItems": 1, "uniqueItems": true,
                    "description": "the forum's languages, default first"
                ],
                "time_zone": ["type": "string", "description": "IANA name, e.g. Asia/Almaty"],
                "days": [
                    "oneOf": [
                        ["type": "array", "items": ref("date"), "minItems": 1],
                        object(
                            ["from", "to", "weekdays", "except"],
                            [
                                "from": ref("date"), "to": ref("date"),
                                "weekdays": list(["enum": Weekday.allCases.map(\.rawValue)]), "except": list(ref("date"))
                            ], required: ["from", "to"])
                    ]
                ],
                "hours": object(["start", "end"], ["start": ref("time"), "end": ref("time")], required: ["start", "end"]),
                "breaks": windows, "grid": ["enum": ["5m", "10m", "15m", "20m", "30m", "60m", "1h"]],
                "late_after": ref("time"), "holidays": list(ref("path")), "description": localized
            ], required: ["id", "title", "time_zone", "days", "hours"])
        let room = object(
            PlanDecoder.roomKeys,
            [
                "id": ref("id"), "name": localized, "capacity": integer(1...maxPeople), "features": ids, "online": ["type": "boolean"]
            ], required: ["id"])
        let venue = object(
            PlanDecoder.venueKeys,
            [
                "id": ref("id"), "name": localized, "town": localized, "address": localized, "rooms": list(room)
            ], required: ["id"])
        let travel = object(
            ["between", "time"],
            [
                "between": ["type": "array", "items": ref("id"), "minItems": 2, "maxItems": 2], "time": ref("duration")
            ], required: ["between", "time"])
        let trainer = object(
            PlanDecoder.trainerKeys,
            [
                "id": ref("id"), "name": localized, "email": text, "languages": ids, "skills": ids, "availability": windows,
                "unavailable": windows, "busy_calendars": list(ref("path")), "avoid": windows, "home_venue": ref("id"),
                "max_daily_load": ref("duration"), "min_break": ref("duration")
            ], required: ["id", "name"])
        let group = object(
            PlanDecoder.groupKeys,
            [
                "id": ref("id"), "name": localized, "size": integer(1...maxPeople), "home_venue": ref("id"),
                "max_daily_load": ref("duration")
            ], required: ["id", "size"])
        let session = object(
            PlanDecoder.sessionKeys,
            [
                "id": ref("id"), "title": localized, "kind": ["enum": SessionKind.allCases.map(\.rawValue)], "description": localized,
                "duration": ref("duration"), "groups": ids, "attendance": integer(0...maxPeople), "features": ids,
                "language": ref("id"), "trainers": ids,
                "pool": object(
                    PlanDecoder.poolKeys, ["count": integer(1...100), "skills": ids, "languages": ids, "rotate": ["type": "boolean"]],
                    required: ["count"]),
                "repeats": object(
                    ["count", "min_days"], ["count": integer(1...PlanDecoder.maxRepeats), "min_days": integer(1...PlanDecoder.maxRepeats)],
                    required: ["count"]),
                "sections": [
                    "oneOf": [
                        object(["max_size"], ["max_size": integer(1...maxPeople)], required: ["max_size"]),
                        object(["count"], ["count": integer(1...PlanDecoder.maxRepeats)], required: ["count"])
                    ]
                ],
                "after": ids, "before": ids, "same_day": ids,
                "pin": object(["day", "start", "room"], ["day": ref("date"), "start": ref("time"), "room": ref("id")]),
                "unavailable": list(ref("dayOrWindow")), "venue": ref("id"), "locked": ["type": "boolean"], "notes": localized
            ], required: ["id", "title", "duration"])
        let constraintValue: [String: Any] = [
            "oneOf": [
                ref("level"),
                object(["level", "weight"], ["level": ref("level"), "weight": integer(0...1_000_000)])
            ]
        ]
        let constraints: [String: Any] = [
            "type": "object", "additionalProperties": false,
            "properties": Dictionary(uniqueKeysWithValues: ConstraintID.allCases.map { ($0.rawValue, constraintValue) })
        ]
        var root = object(
            PlanDecoder.rootKeys,
            [
                "forum": forum, "venues": list(venue), "travel": list(travel), "trainers": list(trainer),
                "groups": list(group), "sessions": ["type": "array", "items": session, "minItems": 1], "constraints": constraints
            ], required: ["forum", "venues", "sessions"], description: "A ForumPlanner plan file (docs/plan-format.md).")
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://forumplanner.kz/schema/plan.schema.json"
        root["title"] = "ForumPlanner plan"
        root["$defs"] = defs
        return root
    }
}
