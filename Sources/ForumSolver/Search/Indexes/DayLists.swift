/// Which occurrences each (owner, day) holds, where owners are groups or trainers: one unordered
/// list per pair, read by moves and by the day-level constraints.
///
/// Each list is doubly linked through one node per (occurrence, slot of the owner's kind): a group
/// of its session, or a trainer slot. Memory is one head and one count per (owner, day) plus three
/// entries per node, whatever the number of occurrences an owner could be given (a pool trainer is a
/// candidate for thousands in a large plan, but leads a few a day); adding and removing are O(1).
struct DayLists {
    private let days: Int
    /// First node of each (owner, day) list (-1: empty), and how many nodes it has.
    private let head: P32, listed: P32
    /// Neighbours of each node in its list (-1: none), and the occurrence the node belongs to.
    private let nextNode: P32, previousNode: P32, nodeOccurrence: P32
    /// Occurrence `o`'s nodes start at `slotOffsets[o]`.
    private let slotOffsets: P32

    /// Lists for `owners` owners over `days` days; occurrence `o` has one node per slot from
    /// `slotOffsets[o]` to `slotOffsets[o + 1]`.
    init(owners: Int, days: Int, slotOffsets: P32, occurrences: Int, arena: Arena) {
        self.days = days
        head = arena.make(owners * days, -1)
        listed = arena.make(owners * days, 0)
        let nodes = Int(slotOffsets[occurrences])
        nextNode = arena.make(nodes, -1)
        previousNode = arena.make(nodes, -1)
        nodeOccurrence = arena.make(nodes, -1)
        for o in 0..<occurrences {
            for k in Int(slotOffsets[o])..<Int(slotOffsets[o + 1]) { nodeOccurrence[k] = Int32(o) }
        }
        self.slotOffsets = slotOffsets
    }

    /// How many occurrences `owner` has on day `d`.
    @inline(__always) func count(_ owner: Int, _ d: Int) -> Int { Int(listed[owner * days + d]) }

    /// The occurrences of `owner` on day `d`, in no particular order.
    @inline(__always) func occurrences(_ owner: Int, _ d: Int) -> DayList {
        DayList(node: head[owner * days + d], nextNode: nextNode, nodeOccurrence: nodeOccurrence)
    }

    /// The `i`-th occurrence of `owner` on day `d` in the order of `occurrences` (`i` below
    /// `count(owner, d)`; walks `i` entries).
    @inline(__always) func occurrence(_ owner: Int, _ d: Int, _ i: Int) -> Int {
        var node = Int(head[owner * days + d])
        for _ in 0..<i { node = Int(nextNode[node]) }
        return Int(nodeOccurrence[node])
    }

    /// Lists `o`, whose slot `j` is `owner`'s, on day `d`.
    @inline(__always) func add(_ o: Int, owner: Int, slot j: Int, day d: Int) {
        let list = owner * days + d, node = Int(slotOffsets[o]) + j
        let first = Int(head[list])
        nextNode[node] = Int32(first)
        previousNode[node] = -1
        if first >= 0 { previousNode[first] = Int32(node) }
        head[list] = Int32(node)
        listed[list] += 1
    }

    /// Takes `o`, whose slot `j` is `owner`'s, off `owner`'s list of day `d`.
    @inline(__always) func remove(_ o: Int, owner: Int, slot j: Int, day d: Int) {
        let list = owner * days + d, node = Int(slotOffsets[o]) + j
        let previous = Int(previousNode[node]), next = Int(nextNode[node])
        if previous >= 0 { nextNode[previous] = Int32(next) } else { head[list] = Int32(next) }
        if next >= 0 { previousNode[next] = Int32(previous) }
        listed[list] -= 1
    }
}

/// The occurrences of one (owner, day) list of `DayLists`.
struct DayList: Sequence, IteratorProtocol {
    fileprivate var node: Int32
    fileprivate let nextNode: P32, nodeOccurrence: P32

    @inline(__always) mutating func next() -> Int? {
        guard node >= 0 else { return nil }
        let o = Int(nodeOccurrence[Int(node)])
        node = nextNode[Int(node)]
        return o
    }
}
