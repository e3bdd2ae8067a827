import ForumModel

/// Finds, before any search, demands that no schedule can meet: fixed-time clashes, more work for
/// a set of rooms or trainers than they offer over the forum, groups with more sessions than time.
///
/// Every finding names a hard constraint; nothing is checked for constraints that are not hard.
struct FeasibilityCheck {
    private(set) var findings: [Infeasibility] = []
    private let problem: Problem
    /// Minutes of one slot usable by sessions (break minutes excluded when breaks are hard).
    private let usable: [Int]

    init(problem: Problem) {
        self.problem = problem
        let breaksHard = problem.weights(.outsideHours).hard > 0
        let grid = problem.grid
        usable = (0..<grid.slotCount).map { grid.gridMinutes - (breaksHard ? Int(grid.slotBreakMinutes[$0]) : 0) }
        if problem.weights(.trainerDoubleBooked).hard > 0 || problem.weights(.groupOverlap).hard > 0
            || problem.weights(.roomDoubleBooked).hard > 0
        {
            checkFixedClashes()
        }
        if problem.weights(.roomDoubleBooked).hard > 0 { checkRoomDemand() }
        if problem.weights(.trainerDoubleBooked).hard > 0 { checkTrainerDemand() }
        if problem.weights(.trainerDailyLoad).hard > 0 { checkDailyLoad() }
        if problem.weights(.groupOverlap).hard > 0 { checkGroupTime() }
    }

    private var totalUsable: Int { usable.reduce(0, +) }

    private func title(_ s: Int) -> String { "'\(problem.plan.sessions[s].title)'" }

    private func titles(_ sessions: [Int]) -> String {
        let shown = sessions.prefix(4).map(title).joined(separator: ", ")
        return sessions.count > 4 ? shown + " and \(sessions.count - 4) more" : shown
    }

    /// Occurrences with a single possible start that share a named trainer, a group or a single room.
    private mutating func checkFixedClashes() {
        let p = problem
        var fixed: [(o: Int, t: Int)] = []
        for o in 0..<p.occurrenceCount {
            let s = Int(p.occSession[o])
            if p.sesDomain.range(s).count == 1 { fixed.append((o, Int(p.sesDomain[s].first!))) }
        }
        var reported = Set<[Int]>()
        for i in fixed.indices {
            for j in fixed.indices where j > i {
                let (a, ta) = fixed[i], (b, tb) = fixed[j]
                let sa = Int(p.occSession[a]), sb = Int(p.occSession[b])
                guard p.grid.day(ofSlot: ta) == p.grid.day(ofSlot: tb),
                    ta < tb + Int(p.sesSlots[sb]), tb < ta + Int(p.sesSlots[sa])
                else { continue }
                let when = "on \(p.grid.dates[p.grid.day(ofSlot: ta)])"
                let both =
                    "\(Explain.label(p, a)) (\(Explain.span(p, slot: ta, session: sa))) and \(Explain.label(p, b)) (\(Explain.span(p, slot: tb, session: sb)))"
                let sessions = [p.plan.sessions[sa].id, p.plan.sessions[sb].id]
                if p.weights(.trainerDoubleBooked).hard > 0 {
                    for t in p.sesNamed[sa] where p.sesNamed[sb].contains(t) && reported.insert([0, sa, sb, Int(t)]).inserted {
                        findings.append(
                            Infeasibility(
                                constraint: .trainerDoubleBooked,
                                message: "\(p.plan.trainers[Int(t)].name) is pinned to \(both) \(when): they overlap.",
                                sessions: sessions))
                    }
                }
                if p.weights(.groupOverlap).hard > 0 && (p.occSplitRun[a] < 0 || p.occSplitRun[a] != p.occSplitRun[b]) {
                    for g in p.sesGroups[sa] where p.sesGroups[sb].contains(g) && reported.insert([1, sa, sb, Int(g)]).inserted {
                        findings.append(
                            Infeasibility(
                                constraint: .groupOverlap,
                                message: "Group \(p.plan.groups[Int(g)].name) is pinned to \(both) \(when): they overlap.",
                                sessions: sessions))
                    }
                }
                if p.weights(.roomDoubleBooked).hard > 0, p.sesRooms.range(sa).count == 1, p.sesRooms.range(sb).count == 1,
                    let r = p.sesRooms[sa].first, r == p.sesRooms[sb].first, reported.insert([2, sa, sb, Int(r)]).inserted
                {
                    findings.append(
                        Infeasibility(
                            constraint: .roomDoubleBooked,
                            message: "\(p.plan.rooms[Int(r)].name) is the only room for \(both) \(when): they overlap.",
                            sessions: sessions))
                }
            }
        }
    }

    /// For every distinct set of candidate rooms: the sessions confined to it need more time than it offers.
    private mutating func checkRoomDemand() {
        let p = problem
        var minutes = [Int](repeating: 0, count: p.sessionCount)
        for o in 0..<p.occurrenceCount { minutes[Int(p.occSession[o])] += Int(p.sesMinutes[Int(p.occSession[o])]) }
        for (set, inside) in Self.confinedSessions(
            p.sesRooms, universe: p.roomCount, listed: { _ in true },
            where: { minutes[$0] > 0 }) where !set.isEmpty
        {
            let demand = inside.reduce(0) { $0 + minutes[$1] }
            let supply = set.count * totalUsable
            guard demand > supply else { continue }
            let names = set.prefix(5).map { p.plan.rooms[Int($0)].name }.joined(separator: ", ") + (set.count > 5 ? " …" : "")
            findings.append(
                Infeasibility(
                    constraint: .roomDoubleBooked,
                    message:
                        "\(titles(inside)) can only use \(set.count == 1 ? "room" : "rooms") \(names): they need \(DurationText.format(demand)) but \(set.count == 1 ? "it offers" : "those rooms offer") \(DurationText.format(supply)) over the forum.",
                    sessions: inside.map { p.plan.sessions[$0].id }))
        }
    }

    /// Named trainers with more sessions than available time, and pools with more demand than their trainers offer.
    private mutating func checkTrainerDemand() {
        let p = problem
        let spanned = p.grid.slotCount + 1
        let available: [Int] = (0..<p.trainerCount).map { t in
            var total = 0
            for slot in 0..<p.grid.slotCount {
                let off = Int(p.trUnavailablePrefix[t * spanned + slot + 1] - p.trUnavailablePrefix[t * spanned + slot])
                total += max(0, usable[slot] - off)
            }
            return total
        }
        var named = [Int](repeating: 0, count: p.trainerCount)
        var namedSessions = [[Int]](repeating: [], count: p.trainerCount)
        var poolDemand = [Int](repeating: 0, count: p.sessionCount)
        for o in 0..<p.occurrenceCount {
            let s = Int(p.occSession[o])
            for t in p.sesNamed[s] {
                named[Int(t)] += Int(p.sesMinutes[s])
                if !namedSessions[Int(t)].contains(s) { namedSessions[Int(t)].append(s) }
            }
            poolDemand[s] += Int(p.sesMinutes[s]) * min(Int(p.sesPoolCount[s]), p.sesPool.range(s).count)
        }
        for t in 0..<p.trainerCount where named[t] > available[t] {
            findings.append(
                Infeasibility(
                    constraint: .trainerDoubleBooked,
                    message:
                        "\(p.plan.trainers[t].name) runs \(titles(namedSessions[t])) for \(DurationText.format(named[t])) in total but is available for only \(DurationText.format(available[t])) of forum time.",
                    sessions: namedSessions[t].map { p.plan.sessions[$0].id }))
        }
        for (set, inside) in Self.confinedSessions(
            p.sesPool, universe: p.trainerCount, listed: { poolDemand[$0] > 0 },
            where: { poolDemand[$0] > 0 })
        {
            let demand = inside.reduce(0) { $0 + poolDemand[$1] } + set.reduce(0) { $0 + named[Int($1)] }
            let supply = set.reduce(0) { $0 + available[Int($1)] }
            guard demand > supply else { continue }
            findings.append(
                Infeasibility(
                    constraint: .trainerDoubleBooked,
                    message:
                        "\(titles(inside)) need \(DurationText.format(demand)) from \(set.count) pool trainer\(set.count == 1 ? "" : "s") (their own named sessions included) who are available for only \(DurationText.format(supply)).",
                    sessions: inside.map { p.plan.sessions[$0].id }))
        }
    }

    /// Every distinct candidate list (rooms or pool trainers) of the sessions `listed` accepts, in order
    /// of first appearance, with the sessions `include` accepts whose candidates all lie within it.
    /// - Complexity: O(distinct lists × (universe + total candidates)), not a list comparison per session pair.
    private static func confinedSessions(
        _ lists: FlatLists, universe: Int, listed: (Int) -> Bool,
        where include: (Int) -> Bool
    ) -> [(set: [Int32], inside: [Int])] {
        var sets: [[Int32]] = []
        var seen = Set<[Int32]>()
        for s in 0..<lists.count where listed(s) && seen.insert(Array(lists[s])).inserted { sets.append(Array(lists[s])) }
        let included = (0..<lists.count).filter(include)
        var member = [Bool](repeating: false, count: universe)
        return sets.map { set in
            for x in set { member[Int(x)] = true }
            defer { for x in set { member[Int(x)] = false } }
            return (set, included.filter { s in lists[s].allSatisfy { member[Int($0)] } })
        }
    }

    /// Named trainers whose sessions exceed their daily limit on every day of the forum.
    private mutating func checkDailyLoad() {
        let p = problem
        var named = [Int](repeating: 0, count: p.trainerCount)
        for o in 0..<p.occurrenceCount {
            let s = Int(p.occSession[o])
            for t in p.sesNamed[s] { named[Int(t)] += Int(p.sesMinutes[s]) }
        }
        for t in 0..<p.trainerCount where p.trMaxDaily[t] != Int32.max {
            let limit = Int(p.trMaxDaily[t]) * p.grid.dayCount
            guard named[t] > limit else { continue }
            findings.append(
                Infeasibility(
                    constraint: .trainerDailyLoad,
                    message:
                        "\(p.plan.trainers[t].name) has \(DurationText.format(named[t])) of named sessions but may work at most \(DurationText.format(Int(p.trMaxDaily[t]))) a day on \(p.grid.dayCount) day\(p.grid.dayCount == 1 ? "" : "s").",
                    sessions: []))
        }
    }

    /// Groups whose sessions (parallel sections counted once per run) need more time than the forum has.
    private mutating func checkGroupTime() {
        let p = problem
        var demand = [Int](repeating: 0, count: p.groupCount)
        var sessions = [[Int]](repeating: [], count: p.groupCount)
        for (s, session) in p.plan.sessions.enumerated() {
            let runs = max(1, session.repeats?.count ?? 1)
            for g in p.sesGroups[s] {
                demand[Int(g)] += runs * Int(p.sesMinutes[s])
                sessions[Int(g)].append(s)
            }
        }
        let supply = totalUsable
        for g in 0..<p.groupCount where demand[g] > supply {
            findings.append(
                Infeasibility(
                    constraint: .groupOverlap,
                    message:
                        "Group \(p.plan.groups[g].name) attends \(DurationText.format(demand[g])) of sessions (\(titles(sessions[g]))) but the forum offers only \(DurationText.format(supply)) of session time.",
                    sessions: sessions[g].map { p.plan.sessions[$0].id }))
        }
    }
}
