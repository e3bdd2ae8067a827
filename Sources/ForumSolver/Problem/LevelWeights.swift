import ForumModel

/// What one unit of a constraint's penalty adds to each score level (at most one is non-zero).
struct LevelWeights: Sendable, Equatable {
    var hard: Int
    var medium: Int
    var soft: Int

    /// Weights for a catalogue setting: `weight` on its level, zero elsewhere (all zero when off).
    init(_ setting: ConstraintSetting) {
        hard = setting.level == .hard ? setting.weight : 0
        medium = setting.level == .medium ? setting.weight : 0
        soft = setting.level == .soft ? setting.weight : 0
    }

    /// Whether the constraint counts at all.
    var isActive: Bool { hard != 0 || medium != 0 || soft != 0 }

    /// The score of `units` penalty units.
    func score(_ units: Int) -> Score { Score(hard: units * hard, medium: units * medium, soft: units * soft) }
}
