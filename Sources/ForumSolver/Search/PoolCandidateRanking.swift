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
    /// Candidate positions (within the session's pool), best day key first.
    private(set) var order: [Int32] = []
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
        order.sort { keys[Int($0)] < keys[Int($1)] }
        occurrence = o
        day = d
        venue = v
    }

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
