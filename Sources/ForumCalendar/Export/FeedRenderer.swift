import ForumModel

/// Builds the iCalendar text of one feed through libical (never by string concatenation).
struct FeedRenderer {
    /// PRODID of every feed.
    static let productID = "-//ForumPlanner//forumplan//EN"

    let zone: ICalTimeZone
    /// UTC instant the VTIMEZONE starts at; it precedes every event of the export.
    let zoneStart: Int
    let policy: PublicationPolicy

    /// The VCALENDAR text of `feed` holding `events` (in the given order).
    func render(_ feed: Feed, events: [FeedEvent]) throws(ICalError) -> String {
        let calendar = ICalComponent(.calendar)
        calendar.add(.version())
        calendar.add(.prodid(Self.productID))
        calendar.add(.calscale())
        if ICalText.hasContent(feed.title) {
            calendar.add(.name(feed.title))
            calendar.add(.xText("X-WR-CALNAME", feed.title))
        }
        calendar.add(.xText("X-WR-TIMEZONE", zone.name))
        calendar.add(.refreshInterval(minutes: policy.refreshMinutes))
        calendar.add(.xDuration("X-PUBLISHED-TTL", minutes: policy.refreshMinutes))
        if let vtimezone = zone.vtimezone(fromUTC: zoneStart) {
            calendar.add(vtimezone)
        }
        for event in events {
            calendar.add(component(event))
        }
        return try calendar.serialized()
    }

    /// One VEVENT; every property comes from the event, none from the clock.
    private func component(_ e: FeedEvent) -> ICalComponent {
        let s = e.snapshot
        let event = ICalComponent(.event)
        event.add(.uid(e.uid))
        event.add(.dtstamp(utcSeconds: e.modified))
        event.add(.created(utcSeconds: e.created))
        event.add(.lastModified(utcSeconds: e.modified))
        event.add(.sequence(e.sequence))
        event.setTime(.start, date: s.localDate, minutes: s.start, zone: zone)
        event.setTime(.end, date: s.localDate, minutes: s.end, zone: zone)
        // TEXT that is empty once cleaned is left out: libical would refuse the property on reading.
        if ICalText.hasContent(s.summary) { event.add(.summary(s.summary)) }
        if ICalText.hasContent(s.description) { event.add(.description(s.description)) }
        if ICalText.hasContent(s.location) { event.add(.location(s.location)) }
        event.add(.category(s.category))
        event.add(.status(cancelled: e.cancelled))
        if let organizer = s.people.first {
            event.add(.organizer(email: organizer.email, name: organizer.name))
        }
        for person in s.people {
            event.add(.attendee(email: person.email, name: person.name))
        }
        return event
    }
}
