import ForumModel

/// A plan compiled for search: dense integer indices, precomputed domains and static costs.
///
/// Compile once with ``init(_:)`` (or ``init(plan:baseline:lockBefore:)`` to re-plan a published
/// schedule), then ``solve(_:options:progress:)`` it or ``evaluate(_:against:)`` any schedule
/// against it. Occurrences are numbered `0 ..< n` in the order of `Plan.occurrences()`; rooms,
/// trainers, groups and sessions in plan order.
///
/// Hard settings prune: a start time, room or pool trainer that would break a hard constraint on
/// its own is left out of the search (and if that leaves nothing, everything is allowed and the
/// violation is reported instead). Soft and off settings never prune.
public struct Problem: Sendable {
    /// The plan it was compiled from (busy calendars already merged into trainers' `unavailable`).
    public let plan: Plan
    /// What can never work, found before search.
    public internal(set) var infeasibilities: [Infeasibility]

    let grid: TimeGrid
    let occurrences: [Occurrence]
    let occurrenceIndex: [OccurrenceID: Int]
    let roomIndex: [String: Int]
    let trainerIndex: [String: Int]
    let groupIndex: [String: Int]
    let venueIndex: [String: Int]
    /// The published schedule being re-planned (nil: planning from scratch).
    var replan: Replan?
    /// Level weights by `ConstraintID.allCases` position.
    let weights: [LevelWeights]

    // Occurrences.
    let occSession: [Int32]
    let occSize: [Int32]
    /// Series index: one series per (session, section); its runs should share days and a room.
    let occSeries: [Int32]
    /// Split-run index (session, run) for sessions split into sections, -1 otherwise.
    let occSplitRun: [Int32]
    /// Precedence pair indices per occurrence.
    let occPrecedence: FlatLists

    // Sessions.
    let sesSlots: [Int32]
    let sesMinutes: [Int32]
    let sesGroups: FlatLists
    let sesNamed: FlatLists
    let sesPoolCount: [Int32]
    /// Pool candidates per session; `sesPoolCost` is parallel to `sesPool.values`.
    let sesPool: FlatLists
    let sesPoolCost: [Cost3]
    /// Costs of a placed occurrence that do not depend on time or room (named trainers' languages).
    let sesFixedCost: [Cost3]
    /// Allowed start slots per session.
    let sesDomain: FlatLists
    /// Whether session `s` may start at slot `t`: index `s * slotCount + t`.
    let sesTimeAllowed: SharedTable<Bool>
    /// Static cost of session `s` starting at slot `t`: index `s * slotCount + t`.
    let sesTimeCost: SharedTable<Cost3>
    /// Allowed rooms per session.
    let sesRooms: FlatLists
    /// Whether session `s` may use room `r`: index `s * roomCount + r`.
    let sesRoomAllowed: SharedTable<Bool>
    /// Static cost of session `s` in room `r` (capacity excluded: it depends on the section's size).
    let sesRoomCost: SharedTable<Cost3>

    // Rooms and venues.
    /// Seats, `Int32.max` for online rooms.
    let roomCapacity: [Int32]
    /// Venue of each room, -1 for online rooms (no travel, no venue changes).
    let roomPhysicalVenue: [Int32]
    /// Id of the venue each room belongs to (online rooms too).
    let roomVenueID: [String]
    let venueCount: Int
    /// Travel minutes between venues: index `a * venueCount + b`.
    let travel: [Int32]

    // Trainers.
    /// Most minutes per day, `Int32.max` when unlimited.
    let trMaxDaily: [Int32]
    let trMinBreak: [Int32]
    /// Unavailable minutes in slots before `t`: index `trainer * (slotCount + 1) + t`.
    let trUnavailablePrefix: [Int32]
    /// Avoided minutes in slots before `t`: index `trainer * (slotCount + 1) + t`.
    let trAvoidPrefix: [Int32]
    /// Fair share of minutes for `load-balance`, -1 for trainers who fill no pool.
    let trFairShare: [Int32]
    /// Per trainer and day: unavailable minutes (complement of availability plus unavailable).
    let trUnavailable: [[MinuteRanges]]
    /// Per trainer and day: avoided minutes.
    let trAvoid: [[MinuteRanges]]

    // Groups, series, split runs, precedence.
    /// Home venue per group, -1 when none.
    let groupHome: [Int32]
    /// `repeats.min_days` per series, 0 when the session does not repeat.
    let seriesMinDays: [Int32]
    /// Whether runs of the series are counted for `room-stability` and `time-regularity` (the session repeats).
    let seriesRepeats: [Bool]
    /// Whether the series' pool trainers are counted for `trainer-continuity` (it repeats, has a pool
    /// and does not ask to rotate).
    let seriesContinuity: [Bool]
    /// The session of each series.
    let seriesSession: [Int32]
    /// Most minutes per day for each group (`group-daily-load`), `Int32.max` when unlimited.
    let groupMaxDaily: [Int32]
    let splitRunCount: Int
    let precedence: [PrecedencePair]

    /// Number of occurrences.
    public var occurrenceCount: Int { occurrences.count }
    var slotCount: Int { grid.slotCount }
    var roomCount: Int { roomCapacity.count }
    var trainerCount: Int { trMaxDaily.count }
    var groupCount: Int { groupHome.count }
    var seriesCount: Int { seriesMinDays.count }
    var sessionCount: Int { sesSlots.count }

    /// The weights of catalogue constraint `id`.
    func weights(_ id: ConstraintID) -> LevelWeights { weights[id.catalogueIndex] }
}

/// A static penalty split by score level (already weighted).
struct Cost3: Sendable, Equatable {
    var hard: Int32
    var medium: Int32
    var soft: Int32

    static let zero = Cost3(hard: 0, medium: 0, soft: 0)

    /// Adds `units` of a constraint with weights `w`.
    mutating func add(_ units: Int, _ w: LevelWeights) {
        hard += Int32(units * w.hard)
        medium += Int32(units * w.medium)
        soft += Int32(units * w.soft)
    }
}

/// Two occurrences whose times are tied: `later` starts after `earlier` ends, or both on one day.
struct PrecedencePair: Sendable, Equatable, Hashable {
    enum Kind: Sendable, Hashable { case after, sameDay }
    let earlier: Int32
    let later: Int32
    let kind: Kind
}

extension ConstraintID {
    /// Position in `allCases`, used to index per-constraint tables.
    var catalogueIndex: Int { ConstraintID.allCases.firstIndex(of: self)! }
}
