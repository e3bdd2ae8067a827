/// Which occurrences each (group, day) holds: one unordered list per pair, read by moves and by the
/// day-level constraints (compactness, gaps, venue changes).
///
/// Each group has room for all its occurrences on every day; removal swaps the last entry in.
struct GroupDayIndex {
    private let days: Int
    /// Where each group's lists start in `entries`, and the room of each of its day lists.
    private let firstEntry: P32, capacity: P32
    /// Occurrences listed per (group, day).
    private let listed: P32
    private let entries: P32
    /// Position of each (occurrence, group of its session) in its day list; -1 when not listed.
    private let position: P32
    private let occGroupOff: P32, occSession: P32, sesGroupsOff: P32, sesGroups: P32

    init(_ p: Problem, occGroupOff: P32, occSession: P32, sesGroupsOff: P32, sesGroups: P32, arena: Arena) {
        days = p.grid.dayCount
        var perGroup = [Int32](repeating: 0, count: p.groupCount)
        for o in 0..<p.occurrenceCount { for g in p.sesGroups[Int(p.occSession[o])] { perGroup[Int(g)] += 1 } }
        var first: [Int32] = [], total = 0
        for g in 0..<p.groupCount {
            first.append(Int32(total))
            total += Int(perGroup[g]) * days
        }
        firstEntry = arena.copy(first)
        capacity = arena.copy(perGroup)
        listed = arena.make(p.groupCount * days, 0)
        entries = arena.make(total, -1)
        position = arena.make(Int(occGroupOff[p.occurrenceCount]), -1)
        self.occGroupOff = occGroupOff
        self.occSession = occSession
        self.sesGroupsOff = sesGroupsOff
        self.sesGroups = sesGroups
    }

    /// How many occurrences group `g` has on day `d`.
    @inline(__always) func count(_ g: Int, _ d: Int) -> Int { Int(listed[g * days + d]) }

    /// The `i`-th occurrence of group `g` on day `d` (`i` below `count(g, d)`).
    @inline(__always) func occurrence(_ g: Int, _ d: Int, _ i: Int) -> Int {
        Int(entries[Int(firstEntry[g]) + d * Int(capacity[g]) + i])
    }

    /// Lists `o` (whose session's `gi`-th group is `g`) on day `d`.
    @inline(__always) func add(_ o: Int, group g: Int, slot gi: Int, day d: Int) {
        let c = count(g, d)
        entries[Int(firstEntry[g]) + d * Int(capacity[g]) + c] = Int32(o)
        position[Int(occGroupOff[o]) + gi] = Int32(c)
        listed[g * days + d] = Int32(c + 1)
    }

    /// Takes `o` off group `g`'s list of day `d`; the inverse of `add`.
    @inline(__always) func remove(_ o: Int, group g: Int, slot gi: Int, day d: Int) {
        let base = Int(firstEntry[g]) + d * Int(capacity[g])
        let c = count(g, d) - 1
        let pos = Int(position[Int(occGroupOff[o]) + gi])
        let last = Int(entries[base + c])
        entries[base + pos] = Int32(last)
        if last != o {
            let first = Int(sesGroupsOff[Int(occSession[last])])
            var k = first
            while Int(sesGroups[k]) != g { k += 1 }
            position[Int(occGroupOff[last]) + k - first] = Int32(pos)
        }
        listed[g * days + d] = Int32(c)
    }
}
