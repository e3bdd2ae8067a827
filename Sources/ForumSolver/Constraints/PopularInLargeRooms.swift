import ForumModel

/// popular-in-large-rooms: of two occurrences held at the same time, the one with more people is
/// not in the room with fewer seats (online rooms take no part).
///
/// Penalty: minutes the two overlap, per such inverted pair.
enum PopularInLargeRooms: CatalogueRule {
    static let id = ConstraintID.popularInLargeRooms

    /// Whether occurrence sizes and room capacities are inverted (a bigger one in a smaller room).
    @inline(__always) static func inverted(sizeA: Int32, capA: Int32, sizeB: Int32, capB: Int32) -> Bool {
        (sizeA > sizeB && capA < capB) || (sizeB > sizeA && capB < capA)
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        let seated = v.placements.indices.filter { i in
            v.placements[i].room.map { p.roomCapacity[$0] != Int32.max } ?? false
        }
        var out: [Finding] = []
        for (_, day) in v.byDate(seated) {
            for (x, i) in day.enumerated() {
                for j in day[(x + 1)...] {
                    var a = v.placements[i], b = v.placements[j]
                    let overlap = a.overlap(b)
                    let sizeA = p.occSize[a.occurrence], sizeB = p.occSize[b.occurrence]
                    let capA = p.roomCapacity[a.room!], capB = p.roomCapacity[b.room!]
                    guard overlap > 0, inverted(sizeA: sizeA, capA: capA, sizeB: sizeB, capB: capB) else { continue }
                    if sizeA < sizeB { swap(&a, &b) }
                    let big = p.occSize[a.occurrence], small = p.occSize[b.occurrence]
                    out.append(Finding(
                        units: overlap,
                        message: "\(Explain.place(v, a)) has \(big) people in \(p.roomCapacity[a.room!]) seats while \(Explain.place(v, b)) has \(small) in \(p.roomCapacity[b.room!]) on \(a.date): \(Explain.minutes(overlap)) at once",
                        sessions: [Explain.id(p, a.occurrence), Explain.id(p, b.occurrence)],
                        rooms: [a.roomID, b.roomID].compactMap { $0 }, date: a.date,
                        start: max(a.start, b.start), end: min(a.end, b.end)))
                }
            }
        }
        return out
    }
}

extension PopularInLargeRooms {
    /// The incremental part: per slot, a 2-D Fenwick table over (capacity rank, size rank) of the
    /// seated occurrences in it, so an occurrence's inverted pairs are four prefix counts a slot.
    struct Tally {
        /// Whether the constraint counts.
        let isActive: Bool
        let weights: LevelWeights
        /// 1-based rank of each occurrence's size among the distinct sizes, and of each room's seats
        /// among the distinct finite capacities (0: unlimited); how many ranks there are.
        private let sizeRank: P32, capacityRank: P32, sizes: Int, capacities: Int
        private let tree: P32
        private let grid: Int

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(PopularInLargeRooms.id)
            isActive = weights.isActive
            let sizeList = Array(Set(p.occSize)).sorted()
            let capacityList = Array(Set(p.roomCapacity.filter { $0 != Int32.max })).sorted()
            sizeRank = arena.copy(p.occSize.map { s in Int32(sizeList.firstIndex(of: s)! + 1) })
            capacityRank = arena.copy(p.roomCapacity.map { c in c == Int32.max ? 0 : Int32(capacityList.firstIndex(of: c)! + 1) })
            sizes = sizeList.count
            capacities = capacityList.count
            tree = arena.make(isActive ? p.slotCount * (capacities + 1) * (sizes + 1) : 0, 0)
            grid = p.grid.gridMinutes
        }

        /// Minutes of inverted size/capacity pairs between `o` (at `t` for `len` slots in room `r`)
        /// and everyone counted in those slots.
        /// - Complexity: O(len × log capacities × log sizes).
        func units(_ o: Int, _ t: Int, _ len: Int, _ r: Int) -> Int {
            let c = Int(capacityRank[r])
            guard c > 0 else { return 0 }
            let a = Int(sizeRank[o])
            let stride = (capacities + 1) * (sizes + 1)
            var pairs = 0
            for k in 0..<len {
                let base = (t + k) * stride
                // Smaller groups in larger rooms, plus larger groups in smaller rooms (equal sizes never invert).
                pairs += count(base, capacities, a - 1) - count(base, c, a - 1)
                pairs += count(base, c - 1, sizes) - count(base, c - 1, a)
            }
            return pairs * grid
        }

        /// Counts `o` in room `r` (`delta` 1) or stops counting it (-1) in the `len` slots from `t`.
        @inline(__always) func add(_ o: Int, _ t: Int, _ len: Int, _ r: Int, _ delta: Int32) {
            let c = Int(capacityRank[r])
            guard c > 0 else { return }
            let a = Int(sizeRank[o])
            let stride = (capacities + 1) * (sizes + 1)
            for k in 0..<len {
                let base = (t + k) * stride
                var i = c
                while i <= capacities {
                    let row = base + i * (sizes + 1)
                    var j = a
                    while j <= sizes {
                        tree[row + j] += delta
                        j += j & -j
                    }
                    i += i & -i
                }
            }
        }

        /// Counted occurrences in the slot whose table starts at `base` with capacity rank ≤ `c` and size rank ≤ `s`.
        @inline(__always) private func count(_ base: Int, _ c: Int, _ s: Int) -> Int {
            var sum = 0
            var i = c
            while i > 0 {
                let row = base + i * (sizes + 1)
                var j = s
                while j > 0 {
                    sum += Int(tree[row + j])
                    j &= j - 1
                }
                i &= i - 1
            }
            return sum
        }
    }
}
