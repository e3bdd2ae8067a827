/// Which occurrences each (owner, day) holds, where owners are groups or trainers: one unordered
/// list per pair, read by moves and by the day-level constraints.
///
/// Each owner has room for all of its occurrences on every day; an occurrence is listed once per
/// slot it gives the owner (a group of its session, a trainer slot), and removal swaps the last
/// entry in.
struct DayLists {
    private let days: Int
    /// Where each owner's lists start in `entries`, and the room of each of its day lists.
    private let firstEntry: P32, capacity: P32
    /// Occurrences listed per (owner, day).
    private let listed: P32
    private let entries: P32
    /// Position of each (occurrence, slot) in its day list; occurrence `o`'s slots start at `slotOffsets[o]`.
    private let position: P32, slotOffsets: P32

    /// Lists for owners that can hold `capacity[owner]` occurrences, over `days` days.
    init(capacity perOwner: [Int32], days: Int, slotOffsets: P32, occurrences: Int, arena: Arena) {
        self.days = days
        var first: [Int32] = [], total = 0
        for count in perOwner {
            first.append(Int32(total))
            total += Int(count) * days
        }
        firstEntry = arena.copy(first)
        capacity = arena.copy(perOwner)
        listed = arena.make(perOwner.count * days, 0)
        entries = arena.make(total, -1)
        position = arena.make(Int(slotOffsets[occurrences]), -1)
        self.slotOffsets = slotOffsets
    }

    /// How many occurrences `owner` has on day `d`.
    @inline(__always) func count(_ owner: Int, _ d: Int) -> Int { Int(listed[owner * days + d]) }

    /// The `i`-th occurrence of `owner` on day `d` (`i` below `count(owner, d)`).
    @inline(__always) func occurrence(_ owner: Int, _ d: Int, _ i: Int) -> Int {
        Int(entries[Int(firstEntry[owner]) + d * Int(capacity[owner]) + i])
    }

    /// Lists `o`, whose slot `j` is `owner`'s, on day `d`.
    @inline(__always) func add(_ o: Int, owner: Int, slot j: Int, day d: Int) {
        let c = count(owner, d)
        entries[Int(firstEntry[owner]) + d * Int(capacity[owner]) + c] = Int32(o)
        position[Int(slotOffsets[o]) + j] = Int32(c)
        listed[owner * days + d] = Int32(c + 1)
    }

    /// Takes `o` off `owner`'s list of day `d`; `slotOf(q)` is the slot of occurrence `q` that is `owner`'s.
    @inline(__always) func remove(_ o: Int, owner: Int, slot j: Int, day d: Int, slotOf: (Int) -> Int) {
        let base = Int(firstEntry[owner]) + d * Int(capacity[owner])
        let c = count(owner, d) - 1
        let pos = Int(position[Int(slotOffsets[o]) + j])
        let last = Int(entries[base + c])
        entries[base + pos] = Int32(last)
        if last != o { position[Int(slotOffsets[last]) + slotOf(last)] = Int32(pos) }
        listed[owner * days + d] = Int32(c)
    }
}
