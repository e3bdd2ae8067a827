/// A busy-time or holiday calendar that cannot be used, naming the file and what is wrong.
public struct CalendarFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong with the file.
    public enum Problem: Sendable, Equatable {
        /// The file could not be read at all.
        case unreadable(reason: String)
        /// It holds a NUL byte (libical would silently stop reading there).
        case containsNUL
        /// libical could not parse it as iCalendar text at all (empty, not iCalendar, unterminated).
        case notICalendar
        /// It parsed, but its top level is not VCALENDAR (e.g. a bare VEVENT).
        case noCalendar(found: String)
        /// libical marked properties it could not parse (its X-LIC-ERROR texts).
        case parseErrors([String])
        /// An event has no DTSTART.
        case missingStart(event: String)
        /// A date or time that does not exist, e.g. `20260230T100000`.
        case invalidTime(event: String, property: String, value: String)
        /// A TZID that neither the file (VTIMEZONE) nor the system tzdata defines.
        case unknownTimeZone(event: String, tzid: String)
        /// An event ends before it starts.
        case endBeforeStart(event: String)
        /// A recurrence expands to more occurrences in the forum's days than we accept.
        case tooManyOccurrences(event: String, limit: Int)
        /// The forum's own time zone is unknown to the system tzdata.
        case unknownForumTimeZone(String)
    }

    /// The file as the plan names it.
    public var file: String
    /// What is wrong with it.
    public var problem: Problem

    /// Creates an error about `file`.
    public init(file: String, problem: Problem) {
        self.file = file
        self.problem = problem
    }

    /// `file: error: what is wrong. What to do.`
    public var description: String {
        "\(file): error: "
            + {
                switch problem {
                case .unreadable(let reason):
                    return "cannot read the calendar (\(reason)). Check the path in the plan."
                case .containsNUL:
                    return "the file contains a NUL byte, so it is not an iCalendar text file. Export the calendar again as .ics."
                case .notICalendar:
                    return
                        "not an iCalendar file (libical could not parse it: empty, not iCalendar text, or missing END lines). Export the calendar again as .ics."
                case .noCalendar(let found):
                    return "the file's top level is \(found), not VCALENDAR. Wrap the events in BEGIN:VCALENDAR … END:VCALENDAR."
                case .parseErrors(let messages):
                    return "libical could not parse \(messages.count == 1 ? "a property" : "\(messages.count) properties"): "
                        + messages.joined(separator: "; ") + ". Fix or remove these lines."
                case .missingStart(let event):
                    return "event \(event) has no DTSTART. Give it a start time or remove it."
                case let .invalidTime(event, property, value):
                    return "event \(event) has \(property) \(value), which is not a real date and time. Correct the date."
                case let .unknownTimeZone(event, tzid):
                    return
                        "event \(event) uses TZID '\(tzid)', which neither the file (no VTIMEZONE) nor the system time zone data defines. Use an IANA name such as Asia/Almaty or include its VTIMEZONE."
                case .endBeforeStart(let event):
                    return "event \(event) ends before it starts. Correct DTEND or DURATION."
                case let .tooManyOccurrences(event, limit):
                    return "event \(event) repeats more than \(limit) times within the forum's days. Check its RRULE."
                case .unknownForumTimeZone(let name):
                    return "the forum's time zone '\(name)' is not in the system time zone data. Use an IANA name or install tzdata."
                }
            }()
    }
}
