/// Which occurrences each (trainer, day) holds, for the trainers who need travel or break time
/// between sessions: the day lists read by moves and by trainer-double-booked's gaps.
struct TrainerDayIndex {
    /// Whether any trainer is listed.
    let isActive: Bool
    /// Whether trainer `tr` is listed (needs time between sessions).
    private let isListed: UnsafeMutablePointer<Bool>
    private let lists: DayLists

    init(_ p: Problem, needsGap: [Bool], occTrainerOff: P32, arena: Arena) {
        isActive = needsGap.contains(true)
        isListed = arena.copy(needsGap)
        lists = DayLists(
            owners: isActive ? p.trainerCount : 0, days: p.grid.dayCount, slotOffsets: occTrainerOff,
            occurrences: isActive ? p.occurrenceCount : 0, arena: arena)
    }

    /// Whether trainer `tr`'s days are listed here.
    @inline(__always) func lists(_ tr: Int) -> Bool { isActive && isListed[tr] }

    /// How many occurrences trainer `tr` has on day `d`.
    @inline(__always) func count(_ tr: Int, _ d: Int) -> Int { lists.count(tr, d) }

    /// The occurrences of trainer `tr` on day `d`.
    @inline(__always) func occurrences(_ tr: Int, _ d: Int) -> DayList { lists.occurrences(tr, d) }

    /// Lists `o`, whose trainer slot `j` is `tr`, on day `d`.
    @inline(__always) func add(_ o: Int, trainer tr: Int, slot j: Int, day d: Int) { lists.add(o, owner: tr, slot: j, day: d) }

    /// Takes `o`, whose trainer slot `j` is `tr`, off trainer `tr`'s list of day `d`.
    @inline(__always) func remove(_ o: Int, trainer tr: Int, slot j: Int, day d: Int) { lists.remove(o, owner: tr, slot: j, day: d) }
}
