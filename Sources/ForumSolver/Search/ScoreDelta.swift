/// A score change split by level.
struct ScoreDelta {
    var hard = 0, medium = 0, soft = 0

    @inline(__always) mutating func add(_ units: Int, _ w: LevelWeights) {
        hard &+= units &* w.hard
        medium &+= units &* w.medium
        soft &+= units &* w.soft
    }

    @inline(__always) mutating func add(_ new: Cost3, minus old: Cost3) {
        hard &+= Int(new.hard) &- Int(old.hard)
        medium &+= Int(new.medium) &- Int(old.medium)
        soft &+= Int(new.soft) &- Int(old.soft)
    }
}

extension ScoreDelta {
    /// Adds another change.
    @inline(__always) static func += (a: inout ScoreDelta, b: ScoreDelta) {
        a.hard &+= b.hard
        a.medium &+= b.medium
        a.soft &+= b.soft
    }
}
