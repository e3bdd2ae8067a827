/// The stable names of the constraint catalogue, as used in plan files and reports.
///
/// The solver implements each one; this list only names them and gives their default level and weight.
public enum ConstraintID: String, CaseIterable, Hashable, Sendable, Comparable {
    // Hard by default.
    case roomDoubleBooked = "room-double-booked"
    case roomCapacity = "room-capacity"
    case roomFeatures = "room-features"
    case trainerDoubleBooked = "trainer-double-booked"
    case trainerUnavailable = "trainer-unavailable"
    case groupOverlap = "group-overlap"
    case outsideHours = "outside-hours"
    case trainerLanguage = "trainer-language"
    case trainerSkill = "trainer-skill"
    case trainerCount = "trainer-count"
    case precedence = "precedence"
    case pinned = "pinned"
    case trainerDailyLoad = "trainer-daily-load"
    case groupDailyLoad = "group-daily-load"
    // Soft by default.
    case groupCompactness = "group-compactness"
    case groupGaps = "group-gaps"
    case spreadOverDays = "spread-over-days"
    case roomStability = "room-stability"
    case trainerContinuity = "trainer-continuity"
    case timeRegularity = "time-regularity"
    case venueChanges = "venue-changes"
    case trainerPreferences = "trainer-preferences"
    case loadBalance = "load-balance"
    case lateFinish = "late-finish"
    case popularInLargeRooms = "popular-in-large-rooms"
    // Medium by default, and only counted when re-planning against a baseline schedule.
    case disruption = "disruption"

    /// Level and weight when the plan does not override them.
    public var defaultSetting: ConstraintSetting {
        switch self {
        case .roomDoubleBooked, .roomCapacity, .roomFeatures, .trainerDoubleBooked, .trainerUnavailable,
            .groupOverlap, .outsideHours, .trainerLanguage, .trainerSkill, .trainerCount, .precedence,
            .pinned, .trainerDailyLoad, .groupDailyLoad:
            return ConstraintSetting(level: .hard, weight: 1)
        case .groupCompactness: return ConstraintSetting(level: .soft, weight: 30)
        case .groupGaps: return ConstraintSetting(level: .soft, weight: 1)
        case .spreadOverDays: return ConstraintSetting(level: .soft, weight: 60)
        case .roomStability: return ConstraintSetting(level: .soft, weight: 10)
        case .trainerContinuity: return ConstraintSetting(level: .soft, weight: 3000)
        case .timeRegularity: return ConstraintSetting(level: .soft, weight: 20)
        case .venueChanges: return ConstraintSetting(level: .soft, weight: 60)
        case .trainerPreferences: return ConstraintSetting(level: .soft, weight: 1)
        case .loadBalance: return ConstraintSetting(level: .soft, weight: 1)
        case .lateFinish: return ConstraintSetting(level: .soft, weight: 1)
        case .popularInLargeRooms: return ConstraintSetting(level: .soft, weight: 1)
        case .disruption: return ConstraintSetting(level: .medium, weight: 1)
        }
    }

    public static func < (a: ConstraintID, b: ConstraintID) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How much a constraint counts: `hard` breaks feasibility, `soft` lowers quality, `off` ignores it.
public enum ConstraintLevel: String, CaseIterable, Hashable, Sendable {
    case hard, medium, soft, off
}

/// A constraint's effective level and weight (penalty units are multiplied by the weight).
public struct ConstraintSetting: Hashable, Sendable {
    public var level: ConstraintLevel
    public var weight: Int

    public init(level: ConstraintLevel, weight: Int) {
        self.level = level
        self.weight = weight
    }
}

/// One entry of the plan's `constraints:` block; nil fields keep the default.
public struct ConstraintOverride: Hashable, Sendable {
    public var id: ConstraintID
    public var level: ConstraintLevel?
    public var weight: Int?

    public init(id: ConstraintID, level: ConstraintLevel? = nil, weight: Int? = nil) {
        self.id = id
        self.level = level
        self.weight = weight
    }
}
