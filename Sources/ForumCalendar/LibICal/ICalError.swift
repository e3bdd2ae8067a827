import CLibical

/// An error libical reported through its thread-local `icalerrno`, with the call that raised it.
public struct ICalError: Error, CustomStringConvertible, Sendable, Equatable {
    /// libical's error class, named as libical names it (`MALFORMEDDATA`, `NEWFAILED`, …).
    public var code: String
    /// The libical function (or wrapper step) that failed.
    public var function: String
    /// What we were doing: which property, component or zone.
    public var context: String

    /// Creates an error; `code` is libical's own name for it.
    public init(code: String, function: String, context: String) {
        self.code = code
        self.function = function
        self.context = context
    }

    /// One line naming the libical error, the call and its context.
    public var description: String {
        "libical error \(code) in \(function)" + (context.isEmpty ? "" : " (\(context))")
    }

    /// Maps libical's error enum to its printable name.
    init(_ errno: icalerrorenum, function: String, context: String) {
        let name: String
        switch errno {
        case ICAL_BADARG_ERROR: name = "BADARG"
        case ICAL_NEWFAILED_ERROR: name = "NEWFAILED"
        case ICAL_ALLOCATION_ERROR: name = "ALLOCATION"
        case ICAL_MALFORMEDDATA_ERROR: name = "MALFORMEDDATA"
        case ICAL_PARSE_ERROR: name = "PARSE"
        case ICAL_INTERNAL_ERROR: name = "INTERNAL"
        case ICAL_FILE_ERROR: name = "FILE"
        case ICAL_USAGE_ERROR: name = "USAGE"
        case ICAL_UNIMPLEMENTED_ERROR: name = "UNIMPLEMENTED"
        default: name = "UNKNOWN(\(errno.rawValue))"
        }
        self.init(code: name, function: function, context: context)
    }
}
