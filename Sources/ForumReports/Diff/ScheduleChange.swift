import ForumModel

/// What happened to one occurrence between two versions of a schedule.
public struct ScheduleChange: Hashable, Sendable {
    /// The kinds of change, in the order announcements list them.
    public enum Kind: String, Hashable, Sendable, Comparable, CaseIterable {
        case cancelled, moved, restaffed, added

        public static func < (a: Kind, b: Kind) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var kind: Kind
    public var id: OccurrenceID
    /// The occurrence before (nil when added).
    public var old: Assignment?
    /// The occurrence after (nil when cancelled).
    public var new: Assignment?
    /// Whether the time changed (moved only).
    public var timeChanged: Bool
    /// Whether the room changed (moved only).
    public var roomChanged: Bool
    /// Whether the trainers changed (moved or restaffed).
    public var trainersChanged: Bool
}
