import ForumModel

/// One calendar file of a published feed set and the events it holds.
public struct Feed: Hashable, Sendable {
    /// What the feed is for.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
        case forum, group, section, room, venue, trainer
    }

    /// Stable key independent of tokens: `forum`, `group:<id>`, `section:<session>-<n>`, `room:<id>`, `venue:<id>`, `trainer:<id>`.
    public var key: String
    /// Whose occurrences it holds.
    public var kind: Kind
    /// The id the feed is about (group, room, venue, trainer id, `<session>-<n>`; the forum id for the whole forum).
    public var subject: String
    /// Calendar name shown by clients (X-WR-CALNAME).
    public var title: String
    /// Path below the output folder, e.g. `groups/directors.ics`, `trainers/<token>/<id>.ics`.
    public var path: String
    /// Trainer feeds: served only under their token and never listed in the index.
    public var isPrivate: Bool { kind == .trainer }
}

/// Decides which feeds a plan gets and which occurrences belong to each.
struct FeedCatalog {
    /// Every feed in a stable order: forum, groups, sections, rooms, venues, trainers (plan order).
    let feeds: [Feed]
    private let plan: Plan

    init(plan: Plan, tokens: [String: String]) {
        self.plan = plan
        let title = plan.forum.title
        var feeds = [Feed(key: "forum", kind: .forum, subject: plan.forum.id, title: title, path: "forum.ics")]
        for g in plan.groups {
            feeds.append(Feed(key: "group:\(g.id)", kind: .group, subject: g.id, title: "\(title): \(g.name)", path: "groups/\(g.id).ics"))
        }
        for occurrenceSession in plan.sessions where occurrenceSession.sections != nil {
            for n in 1...plan.sectionCount(of: occurrenceSession) {
                let subject = "\(occurrenceSession.id)-\(n)"
                feeds.append(Feed(
                    key: "section:\(subject)", kind: .section, subject: subject,
                    title: "\(title): \(occurrenceSession.title), section \(n)", path: "sections/\(subject).ics"))
            }
        }
        for r in plan.rooms {
            feeds.append(Feed(key: "room:\(r.id)", kind: .room, subject: r.id, title: "\(title): \(r.name)", path: "rooms/\(r.id).ics"))
        }
        for v in plan.venues {
            feeds.append(Feed(key: "venue:\(v.id)", kind: .venue, subject: v.id, title: "\(title): \(v.name)", path: "venues/\(v.id).ics"))
        }
        for t in plan.trainers {
            let token = tokens[t.id] ?? ""
            feeds.append(Feed(key: "trainer:\(t.id)", kind: .trainer, subject: t.id, title: "\(title): \(t.name)", path: "trainers/\(token)/\(t.id).ics"))
        }
        self.feeds = feeds
    }

    /// Keys of the feeds an assignment belongs to.
    func keys(for a: Assignment, session: Session) -> [String] {
        var keys = ["forum"]
        for g in session.groups { keys.append("group:\(g)") }
        if let section = a.id.section { keys.append("section:\(a.id.session)-\(section)") }
        if let room = a.room {
            keys.append("room:\(room)")
            if let venue = plan.venue(ofRoom: room) { keys.append("venue:\(venue.id)") }
        }
        for t in a.trainers { keys.append("trainer:\(t)") }
        var seen: [String] = []
        for k in keys where !seen.contains(k) { seen.append(k) }
        return seen
    }
}
