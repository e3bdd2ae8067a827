/// The rules that keep re-exports safe for subscribers.
///
/// - A new occurrence is published with SEQUENCE 0; DTSTAMP, LAST-MODIFIED and CREATED are `now`.
/// - When its time, room or trainers change (the fingerprint), SEQUENCE goes up by one and
///   DTSTAMP/LAST-MODIFIED become `now`. Other visible changes (title, notes) move DTSTAMP and
///   LAST-MODIFIED but keep SEQUENCE. Nothing changed: the event is written byte for byte as before.
/// - **Cancellation.** An occurrence that disappears from the schedule is published once more as
///   STATUS:CANCELLED with SEQUENCE+1, in the feeds it was last in, for a grace period: until
///   `cancellationGraceDays` (30) days after the export that first noticed its removal, or until
///   the occurrence's own end has passed, whichever comes first; then it is dropped from the feeds.
///   Clients differ: Google Calendar removes cancelled events from subscribed calendars, Apple
///   Calendar and Thunderbird strike them through, Outlook shows them as cancelled. Every client
///   drops an event that is missing from a refreshed subscription, so dropping after the grace
///   period is safe. The UID's record is kept forever, so if the occurrence comes back its
///   SEQUENCE continues above the cancelled one.
/// - An occurrence that stays scheduled but leaves a feed (another room, trainer or group) simply
///   disappears from that feed, as subscription clients expect.
public struct PublicationPolicy: Hashable, Sendable {
    /// Days a cancelled event stays in the feeds after its removal was first exported.
    public var cancellationGraceDays: Int
    /// REFRESH-INTERVAL and X-PUBLISHED-TTL, in minutes.
    public var refreshMinutes: Int

    /// The defaults: 30 days of grace, hourly refresh.
    public init(cancellationGraceDays: Int = 30, refreshMinutes: Int = 60) {
        self.cancellationGraceDays = cancellationGraceDays
        self.refreshMinutes = refreshMinutes
    }
}

/// Applies ``PublicationPolicy`` to the previous manifest and the current schedule.
struct PublicationHistory {
    /// An occurrence as the current schedule has it.
    struct Live {
        var uid: String
        var snapshot: EventSnapshot
        var feeds: [String]
    }

    /// Counts of what changed, for the export report.
    struct Changes: Hashable {
        var added = 0
        var rescheduled = 0
        var edited = 0
        var cancelled = 0
    }

    /// The new manifest, the events to publish (live and cancelled in grace), and what changed.
    ///
    /// - Parameter endSeconds: UTC end of an occurrence, to stop announcing past cancellations.
    static func update(
        _ old: PublicationManifest, live: [Live], now: Int, policy: PublicationPolicy, endSeconds: (EventSnapshot) -> Int
    ) -> (manifest: PublicationManifest, events: [(event: FeedEvent, feeds: [String])], changes: Changes) {
        var manifest = old
        var changes = Changes()
        var published: [String: (event: FeedEvent, feeds: [String])] = [:]
        var liveUIDs: Set<String> = []
        for item in live {
            liveUIDs.insert(item.uid)
            var record: PublicationManifest.Record
            if var previous = old.events[item.uid] {
                if previous.cancelled != nil || previous.snapshot.fingerprint != item.snapshot.fingerprint {
                    previous.sequence += 1
                    previous.modified = now
                    changes.rescheduled += 1
                } else if previous.snapshot != item.snapshot {
                    previous.modified = now
                    changes.edited += 1
                }
                previous.cancelled = nil
                previous.snapshot = item.snapshot
                previous.feeds = item.feeds
                record = previous
            } else {
                record = .init(snapshot: item.snapshot, sequence: 0, created: now, modified: now, cancelled: nil, feeds: item.feeds)
                changes.added += 1
            }
            manifest.events[item.uid] = record
            published[item.uid] = (event(item.uid, record), record.feeds)
        }
        for uid in old.events.keys.sorted() where !liveUIDs.contains(uid) {
            guard var record = old.events[uid] else { continue }
            if record.cancelled == nil {
                record.cancelled = now
                record.sequence += 1
                record.modified = now
                manifest.events[uid] = record
                changes.cancelled += 1
            }
            let since = record.cancelled ?? now
            if now < since + policy.cancellationGraceDays * 86_400 && now < endSeconds(record.snapshot) {
                published[uid] = (event(uid, record), record.feeds)
            }
        }
        let events = published.keys.sorted().compactMap { published[$0] }
        return (manifest, events, changes)
    }

    private static func event(_ uid: String, _ r: PublicationManifest.Record) -> FeedEvent {
        FeedEvent(uid: uid, snapshot: r.snapshot, sequence: r.sequence, created: r.created, modified: r.modified, cancelled: r.cancelled != nil)
    }
}
