import ForumModel
import Foundation

/// Folds the calendars a plan refers to into the plan itself.
public enum PlanCalendars {
    /// The document's plan with its busy and holiday calendars folded in (paths relative to the plan file).
    ///
    /// See ``resolve(_:relativeTo:)``.
    public static func resolve(_ document: PlanDocument) throws(CalendarFileError) -> Plan {
        try resolve(document.plan, locate: document.resolve)
    }

    /// The plan with every trainer's busy calendars added to `Trainer.unavailable` and the days
    /// that `forum.blockedCalendars` (holidays) touch removed from `forum.days`.
    ///
    /// Busy windows are computed for the forum's days after holidays are removed. Paths are
    /// relative to `baseDirectory` (the plan file's folder); absolute paths and `file://` URLs are used as they are.
    /// - Throws: ``CalendarFileError`` for the first calendar that cannot be read.
    public static func resolve(_ plan: Plan, relativeTo baseDirectory: URL) throws(CalendarFileError) -> Plan {
        try resolve(plan) { path in
            if path.hasPrefix("file://"), let url = URL(string: path) { return url }
            return path.hasPrefix("/") ? URL(fileURLWithPath: path) : baseDirectory.appendingPathComponent(path)
        }
    }

    private static func resolve(_ plan: Plan, locate url: (String) -> URL) throws(CalendarFileError) -> Plan {
        var result = plan
        let zone = plan.forum.timeZone
        var blocked: Set<LocalDate> = []
        for path in plan.forum.blockedCalendars {
            let text = try BusyCalendar.read(url(path), fileName: path)
            blocked.formUnion(try BusyCalendar.blockedDays(icsText: text, fileName: path, timeZone: zone, days: plan.forum.days))
        }
        result.forum.days = plan.forum.days.filter { !blocked.contains($0) }
        for (index, trainer) in plan.trainers.enumerated() {
            for path in trainer.busyCalendars {
                let windows = try BusyCalendar.busyWindows(
                    contentsOf: url(path), fileName: path, timeZone: zone, days: result.forum.days)
                result.trainers[index].unavailable += windows
            }
        }
        return result
    }
}
