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
        var perTrainer = [Int32](repeating: 0, count: p.trainerCount)
        if isActive {
            for o in 0..<p.occurrenceCount {
                let s = Int(p.occSession[o])
                for t in p.sesNamed[s] where needsGap[Int(t)] { perTrainer[Int(t)] += 1 }
                if p.sesPoolCount[s] > 0 { for t in p.sesPool[s] where needsGap[Int(t)] { perTrainer[Int(t)] += 1 } }
            }
        }
        lists = DayLists(
            capacity: perTrainer, days: p.grid.dayCount, slotOffsets: occTrainerOff, occurrences: p.occurrenceCount, arena: arena)
    }

    /// Whether trainer `tr`'s days are listed here.
    @inline(__always) func lists(_ tr: Int) -> Bool { isActive && isListed[tr] }

    /// How many occurrences trainer `tr` has on day `d`.
    @inline(__always) func count(_ tr: Int, _ d: Int) -> Int { lists.count(tr, d) }

    /// The `i`-th occurrence of trainer `tr` on day `d`.
    @inline(__always) func occurrence(_ tr: Int, _ d: Int, _ i: Int) -> Int { lists.occurrence(tr, d, i) }

    /// Lists `o`, whose trainer slot `j` is `tr`, on day `d`.
    @inline(__always) func add(_ o: Int, trainer tr: Int, slot j: Int, day d: Int) { lists.add(o, owner: tr, slot: j, day: d) }

    /// Takes `o` off trainer `tr`'s list of day `d`; `slotOf(q)` is the slot in which `tr` leads `q`.
    @inline(__always) func remove(_ o: Int, trainer tr: Int, slot j: Int, day d: Int, slotOf: (Int) -> Int) {
        lists.remove(o, owner: tr, slot: j, day: d, slotOf: slotOf)
    }
}
