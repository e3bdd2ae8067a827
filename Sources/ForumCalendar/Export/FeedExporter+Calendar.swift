import ForumModel
import Foundation

extension FeedExporter {
    /// One standalone calendar holding the given occurrences (e.g. `forumplan agenda --format ics`).
    ///
    /// It has no publication history: every event has SEQUENCE 0 and DTSTAMP `now`. UIDs, text,
    /// VTIMEZONE and time zone handling are those of the published feeds, so importing it next to a
    /// subscription updates the same events instead of duplicating them. Event texts are in `language`.
    public static func calendar(
        plan: Plan, schedule: Schedule, occurrences: [OccurrenceID], title: String, language: Language, now: Date,
        policy: PublicationPolicy = PublicationPolicy()
    ) throws -> String {
        guard schedule.forumID == plan.forum.id else {
            throw ExportError.scheduleMismatch(planForum: plan.forum.id, scheduleForum: schedule.forumID)
        }
        guard LibICal.warmUp(zones: [plan.forum.timeZone]).isEmpty, let zone = ICalTimeZone(named: plan.forum.timeZone) else {
            throw ExportError.unknownTimeZone(plan.forum.timeZone)
        }
        let seconds = Int(now.timeIntervalSince1970.rounded(.down))
        let content = EventContent(plan: plan, language: language)
        let wanted = Set(occurrences)
        var events: [FeedEvent] = []
        for a in schedule.assignments where wanted.contains(a.id) {
            guard let snapshot = content.snapshot(of: a) else { continue }
            events.append(
                FeedEvent(
                    uid: EventUID.make(forum: plan.forum.id, occurrence: a.id), snapshot: snapshot,
                    sequence: 0, created: seconds, modified: seconds, cancelled: false))
        }
        events.sort { $0.uid < $1.uid }
        let renderer = FeedRenderer(zone: zone, zoneStart: zoneStart(plan.forum.days + events.map(\.snapshot.localDate)), policy: policy)
        let feed = Feed(
            key: "agenda", kind: .forum, subject: plan.forum.id, title: title, path: "agenda.ics",
            language: language, marksLanguage: false)
        do {
            return try renderer.render(feed, events: events)
        } catch {
            throw ExportError.calendar(feed: "the calendar", error)
        }
    }
}
