/// A lexicographic score: fewer hard points always wins, then medium (re-planning disruption), then soft.
public struct Score: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hard: Int
    public var medium: Int
    public var soft: Int

    public init(hard: Int = 0, medium: Int = 0, soft: Int = 0) {
        self.hard = hard
        self.medium = medium
        self.soft = soft
    }

    public static let zero = Score()

    /// Whether no hard constraint is violated.
    public var isFeasible: Bool { hard == 0 }

    /// `3hard/120soft`, or `0hard/4medium/120soft` when the medium level is in use.
    public var description: String {
        medium == 0 ? "\(hard)hard/\(soft)soft" : "\(hard)hard/\(medium)medium/\(soft)soft"
    }

    public static func < (a: Score, b: Score) -> Bool {
        (a.hard, a.medium, a.soft) < (b.hard, b.medium, b.soft)
    }

    public static func + (a: Score, b: Score) -> Score {
        Score(hard: a.hard + b.hard, medium: a.medium + b.medium, soft: a.soft + b.soft)
    }

    public static func - (a: Score, b: Score) -> Score {
        Score(hard: a.hard - b.hard, medium: a.medium - b.medium, soft: a.soft - b.soft)
    }
}
