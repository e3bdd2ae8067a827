/// The pool candidates of one occurrence ranked for one day and venue, for construction's quick
/// pool guess (see `SearchWorker.guessPools`).
///
/// Everything that depends only on the day and venue is ranked once per (occurrence, day, venue)
/// instead of once per start: the static hard cost and the daily load (lower bounds of the
/// obstacles), whether the candidate already leads a meeting of the series, whether they work at the
/// venue (or at all) that day, and their minutes that day. A start then walks the ranking and stops
/// at the first candidate whose day key is no better than the best full key so far, so a guess costs
/// a few candidates instead of the whole pool, however many trainers the plan has.
struct PoolCandidateRanking {
    /// Candidate positions (within the session's pool), best day key first as far as `sorted`.
    private var order: [Int32] = []
    /// How many of `order` are in place: the search asks for a few best candidates, so they are
    /// selected one by one (`selectedPrefix` at most) before the rest is sorted at once.
    private var sorted = 0
    /// Packed day key per candidate position (see ``pack(obstacles:newcomer:elsewhere:load:candidate:)``).
    private(set) var keys: [Int] = []
    /// The occurrence, day and venue the ranking is for (-2: none).
    private var occurrence = -2, day = -2, venue = -2

    /// Whether the ranking is for occurrence `o` on day `d` at venue `v`.
    func holds(_ o: Int, day d: Int, venue v: Int) -> Bool { occurrence == o && day == d && venue == v }

    /// Forgets the ranking (the state has changed since it was made).
    mutating func invalidate() { occurrence = -2 }

    /// Replaces the ranking with `dayKeys` (one per candidate position) for occurrence `o`, day `d`, venue `v`.
    mutating func rank(_ o: Int, day d: Int, venue v: Int, dayKeys: (Int) -> Int, count: Int) {
        keys.removeAll(keepingCapacity: true)
        for c in 0..<count { keys.append(dayKeys(c)) }
        order.removeAll(keepingCapacity: true)
        order.append(contentsOf: (0..<Int32(count)))
        sorted = 0
        occurrence = o
        day = d
        venue = v
    }

    /// How many candidates the ranking holds.
    var count: Int { order.count }

    /// The candidate position ranked `i`th (0: the best day key). Keys are distinct (they end in the
    /// candidate position), so the order is the full sort's however far it has been made.
    @inline(__always) mutating func candidate(_ i: Int) -> Int {
        if i >= sorted { extendOrder(through: i) }
        return Int(order[i])
    }

    /// Puts `order` in place through rank `i`: the next best by selection while few are placed, then the rest sorted.
    private mutating func extendOrder(through i: Int) {
        guard sorted < Self.selectedPrefix else {
            let keys = self.keys
            order[sorted...].sort { keys[Int($0)] < keys[Int($1)] }
            sorted = order.count
            return
        }
        while sorted <= i {
            var best = sorted
            for j in sorted + 1..<order.count where keys[Int(order[j])] < keys[Int(order[best])] { best = j }
            order.swapAt(sorted, best)
            sorted += 1
        }
    }

    /// How many best candidates are selected one by one before the rest is sorted.
    static let selectedPrefix = 8

    /// One integer ordering like the tuple (obstacles, newcomer, elsewhere, load, candidate).
    ///
    /// Obstacles take the top 12 bits (capped at 4095), newcomer 1 bit, elsewhere 2 bits, the day's
    /// minutes 27 bits (capped), the candidate position the low 20 bits (pools have far fewer).
    @inline(__always) static func pack(obstacles: Int, newcomer: Int, elsewhere: Int, load: Int, candidate: Int) -> Int {
        min(obstacles, 4095) << 50 | newcomer << 49 | elsewhere << 47 | min(max(0, load), (1 << 27) - 1) << 20 | candidate
    }

    /// `key` with `extra` more obstacles.
    @inline(__always) static func adding(obstacles extra: Int, to key: Int) -> Int {
        let obstacles = min(4095, key >> 50 + extra)
        return obstacles << 50 | key & ((1 << 50) - 1)
    }
}
