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
            calendar.add(component(event, in: feed.language, marked: feed.marksLanguage))
        }
        return try calendar.serialized()
    }

    /// One VEVENT with its texts in `language` (with LANGUAGE parameters when `marked`); every
    /// property comes from the event, none from the clock.
    private func component(_ e: FeedEvent, in language: Language, marked: Bool) -> ICalComponent {
        let s = e.snapshot
        let text = s.text(in: language)
        let tag = marked ? language : nil
        let event = ICalComponent(.event)
        event.add(.uid(e.uid))
        event.add(.dtstamp(utcSeconds: e.modified))
        event.add(.created(utcSeconds: e.created))
        event.add(.lastModified(utcSeconds: e.modified))
        event.add(.sequence(e.sequence))
        event.setTime(.start, date: s.localDate, minutes: s.start, zone: zone)
        event.setTime(.end, date: s.localDate, minutes: s.end, zone: zone)
        // TEXT that is empty once cleaned is left out: libical would refuse the property on reading.
        if ICalText.hasContent(text.summary) { event.add(.summary(text.summary, language: tag)) }
        if ICalText.hasContent(text.description) { event.add(.description(text.description, language: tag)) }
        if ICalText.hasContent(text.location) { event.add(.location(text.location, language: tag)) }
        event.add(.category(s.category))
        event.add(.status(cancelled: e.cancelled))
        if let organizer = text.people.first {
            event.add(.organizer(email: organizer.email, name: organizer.name))
        }
        for person in text.people {
            event.add(.attendee(email: person.email, name: person.name))
        }
        return event
    }
}
