/// The group-day rebuild neighbourhood, aimed at compact days: one group's meetings of one day
/// (plus, half of the time, an isolated meeting of the group brought in from another day) are
/// taken out and put back in the best way over that day's starts, each in its own room when that
/// is free there, else in the free allowed room that fits the audience best.
///
/// The best placement is found exactly by a depth-first search over the members' starts, scored by
/// the state itself (each step an `insert`, undone by `remove`), pruned where a member would meet
/// its own group or add a hard violation; a node budget bounds it on days with many starts. The
/// result is an ordinary compound move (a placement change per member that moves), which the
/// worker then scores and accepts like any other.
struct GroupDayRebuild {
    /// Most meetings rebuilt at once, and most `insert` calls of one search.
    static let maxMembers = 5, nodeBudget = 2_000
    /// Most meetings rebuilt at once when a meeting is brought to a day its series lacks and the
    /// days of all its groups are rebuilt together (see `SearchWorker.rebuildGroupDay`).
    static let maxMembersAllGroups = 7

    /// The members: occurrence, length, start and room before the move.
    private(set) var members: [(o: Int, len: Int, t: Int, r: Int)] = []
    /// Candidate starts of each member (`startsOff`, members + 1 offsets, into `starts`).
    private var startsOff: [Int] = [], starts: [Int] = []
    /// The placement being built, and the best one found with its score (hard, medium·1000 + soft; Int.max: none).
    private var current: [(t: Int, r: Int)] = [], best: [(t: Int, r: Int)] = []
    private(set) var bestKey = (hard: Int.max, soft: Int.max)
    /// Hard score the state may have after `i` members are back (the hard score before the move
    /// minus what the unplaced members cost).
    private var hardCap: [Int] = []
    /// `insert` calls of the last search.
    private(set) var nodes = 0

    /// Chooses the members: the movable meetings of `groups` on day `d` (at most `limit`, a random
    /// choice where there are more), with `x` (a meeting of one of them on another day, or -1) added;
    /// false when there is nothing to rebuild or a member cannot start on `d`.
    mutating func choose(
        _ st: SearchState, groups: [Int], day d: Int, bringing x: Int, limit: Int = maxMembers, rng: inout Xoshiro
    ) -> Bool {
        members.removeAll(keepingCapacity: true)
        var pool: [Int] = []
        for g in groups {
            for i in 0..<st.groupDays.count(g, d) {
                let o = st.groupDays.occurrence(g, d, i)
                if st.isMovable(o) && !pool.contains(o) { pool.append(o) }
            }
        }
        while pool.count > (x >= 0 ? limit - 1 : limit) { pool.remove(at: rng.below(pool.count)) }
        if x >= 0 { pool.append(x) }
        guard pool.count >= (x >= 0 ? 1 : 2) else { return false }
        startsOff = [0]
        starts.removeAll(keepingCapacity: true)
        let dayStart = d * st.perDay, dayEnd = dayStart + st.perDay
        for o in pool {
            let s = Int(st.occSession[o])
            let len = Int(st.sesSlots[s])
            members.append((o, len, Int(st.start[o]), Int(st.room[o])))
            for t in dayStart..<max(dayStart, dayEnd - len + 1) where st.sesTimeAllowed[s * st.slots + t] { starts.append(t) }
            guard starts.count > startsOff.last! else { return false }
            startsOff.append(starts.count)
        }
        return true
    }

    /// Searches the best placement of the members (the state is left as it was); returns the
    /// members whose start or room changes, with their new start and room (empty: none better found).
    mutating func search(_ st: SearchState) -> [(o: Int, t: Int, r: Int)] {
        let h0 = st.hard
        for m in members { st.remove(m.o) }
        // Unplaced members cost their minutes outside the hours; each member put back refunds its own.
        hardCap = [Int](repeating: 0, count: members.count + 1)
        hardCap[members.count] = h0
        for i in stride(from: members.count - 1, through: 0, by: -1) {
            let minutes = Int(st.sesMinutes[Int(st.occSession[members[i].o])])
            hardCap[i] = hardCap[i + 1] + minutes * st.outsideHours.hard
        }
        current = members.map { ($0.t, $0.r) }
        best = current
        bestKey = (Int.max, Int.max)
        nodes = 0
        place(0, st)
        for m in members { st.insert(m.o, at: m.t, room: m.r) }
        guard bestKey.hard < Int.max else { return [] }
        var changes: [(o: Int, t: Int, r: Int)] = []
        for (i, m) in members.enumerated() where best[i].t != m.t || best[i].r != m.r { changes.append((m.o, best[i].t, best[i].r)) }
        return changes
    }

    /// Puts member `i` and the following ones back in every allowed way, keeping the best complete placement.
    private mutating func place(_ i: Int, _ st: SearchState) {
        if i == members.count {
            let key = (hard: st.hard, soft: st.medium &* 1000 &+ st.soft)
            if key < bestKey {
                bestKey = key
                best = current
            }
            return
        }
        let m = members[i]
        let s = Int(st.occSession[m.o])
        for k in startsOff[i]..<startsOff[i + 1] {
            guard nodes < Self.nodeBudget else { return }
            let t = starts[k]
            guard groupsFree(m.o, s, t, m.len, st) else { continue }
            let r = room(for: m.o, at: t, len: m.len, preferring: m.r, st)
            guard r >= 0 else { continue }
            nodes += 1
            st.insert(m.o, at: t, room: r)
            if st.hard <= hardCap[i + 1] {
                current[i] = (t, r)
                place(i + 1, st)
            }
            st.remove(m.o)
        }
    }

    /// Whether none of `o`'s groups has a meeting in the `len` slots from `t` (sections of one run
    /// may share them: the state's score decides there).
    @inline(__always) private func groupsFree(_ o: Int, _ s: Int, _ t: Int, _ len: Int, _ st: SearchState) -> Bool {
        guard st.occSplitRun[o] < 0 else { return true }
        for gi in Int(st.sesGroupsOff[s])..<Int(st.sesGroupsOff[s + 1]) {
            let base = Int(st.sesGroups[gi]) * st.slots + t
            for k in 0..<len where st.groupSlot[base + k] > 0 { return false }
        }
        return true
    }

    /// `preferred` when it is free for `len` slots from `t`, else the free allowed room with the
    /// fewest seats short of `o`'s audience, then the fewest seats; -1 when every room is taken.
    @inline(__always) private func room(for o: Int, at t: Int, len: Int, preferring preferred: Int, _ st: SearchState) -> Int {
        @inline(__always) func free(_ r: Int) -> Bool {
            for k in 0..<len where st.roomSlot[r * st.slots + t + k] > 0 { return false }
            return true
        }
        if free(preferred) { return preferred }
        return st.bestFittingRoom(for: o, where: free)
    }
}

extension SearchWorker {
    /// A rebuild's trial placements stay under one in this many moves (a trial costs more than most
    /// moves, which a peek rejects: at an eighth, forum plans lost a quarter of their moves per second).
    static let groupDayShare = 32

    /// A group-day rebuild (see `GroupDayRebuild`) around `o`: when `o`'s series meets on too few
    /// days and `o` shares its day with a sibling, a day that the series lacks, where the meetings of
    /// all of `o`'s groups are rebuilt together with `o` brought in (so that it lands next to each
    /// group's meetings, not only one's); else one of its groups' day that has an isolated meeting,
    /// rebuilt with its own meetings, or with `o` (isolated) brought in from its day to another day of
    /// the group. False when nothing was found.
    func rebuildGroupDay(_ o: Int) -> Bool {
        let st = state
        let s = Int(st.occSession[o])
        let gFirst = Int(st.sesGroupsOff[s]), gCount = Int(st.sesGroupsOff[s + 1]) - gFirst
        guard gCount > 0 else { return false }
        let g = Int(st.sesGroups[gFirst + rng.below(gCount)])
        let d0 = Int(st.start[o]) / st.perDay
        guard groupDayWork <= moves / Self.groupDayShare else { return false }
        let sr = Int(st.occSeries[o])
        let spread = st.tallies.spread
        var d = d0, x = -1, allGroups = false
        if spread.gainsDay(sr, leaving: d0) {
            d = rng.below(st.days)
            guard spread.meetings(sr, onDay: d) == 0 else { return false }
            x = o
            allGroups = gCount > 1
        } else if st.tallies.compactness.isolated(g, onDay: d0) == 0 {
            return false
        } else if rng.below(2) == 0 {
            d = rng.below(st.days)
            guard d != d0, st.groupDays.count(g, d) > 0 else { return false }
            x = o
        }
        let groups = allGroups ? (gFirst..<(gFirst + gCount)).map { Int(st.sesGroups[$0]) } : [g]
        let limit = allGroups ? GroupDayRebuild.maxMembersAllGroups : GroupDayRebuild.maxMembers
        guard groupDay.choose(st, groups: groups, day: d, bringing: x, limit: limit, rng: &rng) else { return false }
        let changes = groupDay.search(st)
        groupDayWork += groupDay.nodes
        guard !changes.isEmpty, changes.count <= Self.maxChain else { return false }
        for c in changes { record(c.o, c.t, c.r) }
        return true
    }
}
