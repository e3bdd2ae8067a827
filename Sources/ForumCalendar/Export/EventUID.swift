import ForumModel

/// Stable iCalendar UIDs: derived from the forum and occurrence ids, never from times or positions.
public enum EventUID {
    /// `<session>[/r<run>][/s<section>]@<forum>.forumplanner`, e.g. `leaders/r2/s4@taraz-2019.forumplanner`.
    ///
    /// `/` cannot appear in plan ids, so different occurrences never share a UID.
    public static func make(forum: String, occurrence id: OccurrenceID) -> String {
        var s = id.session
        if let run = id.run { s += "/r\(run)" }
        if let section = id.section { s += "/s\(section)" }
        return s + "@" + forum + ".forumplanner"
    }
}
