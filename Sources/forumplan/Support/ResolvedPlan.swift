import ForumCalendar
import ForumModel

/// The plan of `document` with its busy and holiday calendars read; a calendar that cannot be read
/// is reported against the plan file `path` and ends the command with exit status 2.
func resolvedPlan(_ document: PlanDocument, path: String) throws -> Plan {
    do {
        return try PlanCalendars.resolve(document)
    } catch {
        printError("\(path): error: \(error.description)")
        throw ExitStatus.badInput
    }
}
