import ForumModel

/// popular-in-large-rooms: of two occurrences held at the same time at the same venue, the one with
/// more people is not in the room with fewer seats (online rooms take no part). Rooms of different
/// venues are not compared: a group in one town cannot take a room in another, and counting such
/// pairs would grow with the square of a many-town rollout.
///
/// Penalty: minutes the two overlap, per such inverted pair.
enum PopularInLargeRooms: CatalogueRule {
    static let id = ConstraintID.popularInLargeRooms

    /// Whether occurrence sizes and room capacities are inverted (a bigger one in a smaller room).
    @inline(__always) static func inverted(sizeA: Int32, capA: Int32, sizeB: Int32, capB: Int32) -> Bool {
        (sizeA > sizeB && capA < capB) || (sizeB > sizeA && capB < capA)
    }

    /// Whether `a` is in a room with a seat count (not open, not online): the only ones taking part.
    static func isSeated(_ a: Placement, _ p: Problem) -> Bool {
        a.room.map { p.roomCapacity[$0] != Int32.max } ?? false
    }

    /// The penalty units of two seated placements: the minutes they overlap when at one venue and
    /// inverted, else 0.
    static func units(_ a: Placement, _ b: Placement, _ p: Problem) -> Int {
        guard p.roomPhysicalVenue[a.room!] == p.roomPhysicalVenue[b.room!] else { return 0 }
        let overlap = a.overlap(b)
        guard overlap > 0,
            inverted(
                sizeA: p.occSize[a.occurrence], capA: p.roomCapacity[a.room!],
                sizeB: p.occSize[b.occurrence], capB: p.roomCapacity[b.room!])
        else { return 0 }
        return overlap
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        let seated = v.placements.indices.filter { isSeated(v.placements[$0], p) }
        var out: [Finding] = []
        for (_, day) in v.byDate(seated) {
            var byVenue = [[Int]](repeating: [], count: p.venueCount)
            for i in day { byVenue[Int(p.roomPhysicalVenue[v.placements[i].room!])].append(i) }
            for venue in byVenue {
                for (x, i) in venue.enumerated() {
                    for j in venue[(x + 1)...] {
                        let overlap = units(v.placements[i], v.placements[j], p)
                        guard overlap > 0 else { continue }
                        var a = v.placements[i], b = v.placements[j]
                        if p.occSize[a.occurrence] < p.occSize[b.occurrence] { swap(&a, &b) }
                        let big = p.occSize[a.occurrence], small = p.occSize[b.occurrence]
                        out.append(
                            Finding(
                                units: overlap,
                                message:
                                    "\(Explain.place(v, a)) has \(big) people in \(p.roomCapacity[a.room!]) seats while \(Explain.place(v, b)) has \(small) in \(p.roomCapacity[b.room!]) on \(a.date): \(Explain.minutes(overlap)) at once",
                                sessions: [Explain.id(p, a.occurrence), Explain.id(p, b.occurrence)],
                                rooms: [a.roomID, b.roomID].compactMap { $0 }, date: a.date,
                                start: max(a.start, b.start), end: min(a.end, b.end)))
                    }
                }
            }
        }
        return out
    }
}

extension PopularInLargeRooms {
    /// The incremental part: per (venue, slot), a 2-D Fenwick table over (capacity rank within the
    /// venue, size rank) of the seated occurrences in it, so an occurrence's inverted pairs are four
    /// prefix counts a slot.
    struct Tally {
        /// Whether the constraint counts.
        let isActive: Bool
        let weights: LevelWeights
        /// 1-based rank of each occurrence's size among the distinct sizes, and of each room's seats
        /// among the distinct finite capacities of its venue (0: online); how many size ranks there are.
        private let sizeRank: P32, capacityRank: P32, sizes: Int
        /// Each room's venue; per venue, its distinct capacities and where its tables start.
        private let roomVenue: P32, venueCapacities: P32, venueBase: UnsafeMutablePointer<Int>
        private let tree: P32
        private let grid: Int

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(PopularInLargeRooms.id)
            isActive = weights.isActive
            let sizeList = Array(Set(p.occSize)).sorted()
            sizeRank = arena.copy(p.occSize.map { s in Int32(sizeList.firstIndex(of: s)! + 1) })
            sizes = sizeList.count
            var perVenue = [[Int32]](repeating: [], count: p.venueCount)
            for r in 0..<p.roomCount where p.roomPhysicalVenue[r] >= 0 && p.roomCapacity[r] != Int32.max {
                perVenue[Int(p.roomPhysicalVenue[r])].append(p.roomCapacity[r])
            }
            perVenue = perVenue.map { Array(Set($0)).sorted() }
            capacityRank = arena.copy(
                (0..<p.roomCount).map { r in
                    let v = Int(p.roomPhysicalVenue[r])
                    guard v >= 0, p.roomCapacity[r] != Int32.max else { return Int32(0) }
                    return Int32(perVenue[v].firstIndex(of: p.roomCapacity[r])! + 1)
                })
            roomVenue = arena.copy(p.roomPhysicalVenue)
            venueCapacities = arena.copy(perVenue.map { Int32($0.count) })
            var base: [Int] = [], total = 0
            for list in perVenue {
                base.append(total)
                total += p.slotCount * (list.count + 1) * (sizeList.count + 1)
            }
            venueBase = arena.copy(base)
            tree = arena.make(isActive ? total : 0, 0)
            grid = p.grid.gridMinutes
        }

        /// Minutes of inverted size/capacity pairs between `o` (at `t` for `len` slots in room `r`)
        /// and everyone counted in those slots at the same venue.
        /// - Complexity: O(len × log capacities × log sizes).
        func units(_ o: Int, _ t: Int, _ len: Int, _ r: Int) -> Int {
            let c = Int(capacityRank[r])
            guard c > 0 else { return 0 }
            let a = Int(sizeRank[o])
            let v = Int(roomVenue[r]), capacities = Int(venueCapacities[v])
            let stride = (capacities + 1) * (sizes + 1)
            var pairs = 0
            for k in 0..<len {
                let base = venueBase[v] + (t + k) * stride
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
            let v = Int(roomVenue[r]), capacities = Int(venueCapacities[v])
            let stride = (capacities + 1) * (sizes + 1)
            for k in 0..<len {
                let base = venueBase[v] + (t + k) * stride
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

        /// Counted occurrences in the table starting at `base` with capacity rank ≤ `c` and size rank ≤ `s`.
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
