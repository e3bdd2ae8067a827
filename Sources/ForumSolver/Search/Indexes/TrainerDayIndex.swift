/// Which occurrences each (trainer, day) holds, for the trainers who need travel or break time
/// between sessions: one unordered list per pair, read by moves and by trainer-double-booked's gaps.
struct TrainerDayIndex {
    /// Whether any trainer is listed.
    let isActive: Bool
    /// Whether trainer `tr` is listed (needs time between sessions).
    let isListed: UnsafeMutablePointer<Bool>
    private let days: Int
    private let firstEntry: P32, capacity: P32, listed: P32, entries: P32
    /// Position of each (occurrence, trainer slot) in its day list.
    private let position: P32
    private let occTrainerOff: P32

    init(_ p: Problem, needsGap: [Bool], occTrainerOff: P32, arena: Arena) {
        days = p.grid.dayCount
        isActive = needsGap.contains(true)
        isListed = arena.copy(needsGap)
        var perTrainer = [Int32](repeating: 0, count: p.trainerCount)
        if isActive {
            for o in 0..<p.occurrenceCount {
                let s = Int(p.occSession[o])
                for t in p.sesNamed[s] { perTrainer[Int(t)] += 1 }
                if p.sesPoolCount[s] > 0 { for t in p.sesPool[s] { perTrainer[Int(t)] += 1 } }
            }
        }
        var first: [Int32] = [], total = 0
        for t in 0..<p.trainerCount {
            first.append(Int32(total))
            total += Int(perTrainer[t]) * days
        }
        firstEntry = arena.copy(first)
        capacity = arena.copy(perTrainer)
        listed = arena.make(p.trainerCount * days, 0)
        entries = arena.make(total, -1)
        position = arena.make(Int(occTrainerOff[p.occurrenceCount]), -1)
        self.occTrainerOff = occTrainerOff
    }

    /// Whether trainer `tr`'s days are listed here.
    @inline(__always) func lists(_ tr: Int) -> Bool { isActive && isListed[tr] }

    /// How many occurrences trainer `tr` has on day `d`.
    @inline(__always) func count(_ tr: Int, _ d: Int) -> Int { Int(listed[tr * days + d]) }

    /// The `i`-th occurrence of trainer `tr` on day `d`.
    @inline(__always) func occurrence(_ tr: Int, _ d: Int, _ i: Int) -> Int {
        Int(entries[Int(firstEntry[tr]) + d * Int(capacity[tr]) + i])
    }

    /// Lists `o`, whose trainer slot `j` is `tr`, on day `d`.
    @inline(__always) func add(_ o: Int, trainer tr: Int, slot j: Int, day d: Int) {
        let c = count(tr, d)
        entries[Int(firstEntry[tr]) + d * Int(capacity[tr]) + c] = Int32(o)
        position[Int(occTrainerOff[o]) + j] = Int32(c)
        listed[tr * days + d] = Int32(c + 1)
    }

    /// Takes `o` off trainer `tr`'s list of day `d`; `slotOf(q)` is the slot in which `tr` leads `q`.
    @inline(__always) func remove(_ o: Int, trainer tr: Int, slot j: Int, day d: Int, slotOf: (Int) -> Int) {
        let base = Int(firstEntry[tr]) + d * Int(capacity[tr])
        let c = count(tr, d) - 1
        let pos = Int(position[Int(occTrainerOff[o]) + j])
        let last = Int(entries[base + c])
        entries[base + pos] = Int32(last)
        if last != o { position[Int(occTrainerOff[last]) + slotOf(last)] = Int32(pos) }
        listed[tr * days + d] = Int32(c)
    }
}
