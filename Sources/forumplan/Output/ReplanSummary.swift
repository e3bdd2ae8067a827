import ForumModel
import ForumReports

/// What `solve --baseline` adds to its report: the changes against the baseline, worded as
/// `forumplan diff` words them, and their counts.
struct ReplanSummary {
    /// Counts of the changes by kind, plus unchanged and locked occurrences.
    struct Counts: Encodable, Equatable {
        var moved = 0, restaffed = 0, added = 0, cancelled = 0, unchanged = 0, locked = 0
    }

    var baseline: String
    var diff: ScheduleDiff
    var counts: Counts

    init(baseline: String, old: Schedule, diff: ScheduleDiff, locked: Int) {
        self.baseline = baseline
        self.diff = diff
        var counts = Counts(locked: locked)
        for change in diff.changes {
            switch change.kind {
            case .moved: counts.moved += 1
            case .restaffed: counts.restaffed += 1
            case .added: counts.added += 1
            case .cancelled: counts.cancelled += 1
            }
        }
        counts.unchanged = max(0, old.assignments.count - counts.moved - counts.restaffed - counts.cancelled)
        self.counts = counts
    }

    /// `Against v1.yaml: 2 moved, 1 re-staffed, ...` followed by one sentence per change.
    var lines: [String] {
        let c = counts
        var lines = [
            "Against \(baseline): \(c.moved) moved, \(c.restaffed) re-staffed, \(c.added) added, \(c.cancelled) cancelled, \(c.unchanged) unchanged (\(c.locked) locked)"
        ]
        // For the organizer on stderr: English, as every diagnostic.
        lines += diff.changes.map { "  " + diff.sentence(for: $0, language: .en) }
        lines += diff.handovers.map { "  " + diff.sentence(for: $0, language: .en) }
        return lines
    }

    /// The `replan` object of `solve --format json`.
    var json: JSON { JSON(baseline: baseline, counts: counts, changes: DiffJSON(diff: diff, notices: [], language: .en).changes) }

    struct JSON: Encodable {
        var baseline: String
        var counts: Counts
        var changes: [DiffJSON.Change]
    }
}
