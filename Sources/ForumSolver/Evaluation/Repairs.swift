import ForumModel

/// Finds repairs of a schedule's hard violations with everything else pinned: each occurrence a
/// violation involves is tried with every other free pool trainer, in every other room at the same
/// time, and at other allowed starts and rooms (nearest to the current time first, at most `budget`).
///
/// A repair listed under a violation removes that violation (the same constraint about the same
/// trainers, rooms and groups no longer involves any of its sessions) and lowers the hard score, so it
/// never trades the conflict for another as bad. Candidates that would clash with another
/// occurrence's room, trainers or groups are skipped before scoring. The rest are scored in two
/// steps on the occurrences they can affect (see `Neighbourhood`): the hard constraints alone for
/// every candidate (each occurrence is searched once and remembered, so violations sharing one are
/// cheap), then the full score only for the candidates that remove the violation, at most
/// `scoredPerViolation` of them, fewest hard conflicts left first (then pool trainers, same-time rooms, nearest moves), to rank them.
public struct RepairSearch {
    let schedule: Schedule
    let problem: Problem
    let budget: Int
    /// Most candidates per violation given a full score (the soft constraints are the costly part).
    let scoredPerViolation = 20
    private let before: (score: Score, hard: Int)
    private let ids: [String: Int]
    private let busy: BusyTimes
    private let neighbourhood: Neighbourhood
    private var found: [Int: [Candidate]] = [:]

    /// A change of one occurrence that lowers the hard score, with the hard findings its neighbourhood
    /// has afterwards (to tell which violations it removes) and, once asked for, its full score.
    private struct Candidate {
        var assignment: Assignment
        var change: Repair.Change
        var hardScore: Int
        var hardRemoved: Int
        var findingsAfter: [HardFinding]
        var words: (action: String, changes: String)
        var score: Score?
    }

    /// Prepares to repair `schedule`; nothing is searched until ``repairs(for:limit:)`` is asked.
    public init(schedule: Schedule, problem: Problem, budget: Int = 200) {
        self.schedule = schedule
        self.problem = problem
        self.budget = budget
        let counted = hardCountedScore(schedule, against: problem)
        before = (counted.score, counted.hard)
        var ids: [String: Int] = [:]
        for o in 0..<problem.occurrenceCount { ids[problem.occurrences[o].id.description] = o }
        self.ids = ids
        busy = BusyTimes(schedule, problem: problem)
        neighbourhood = Neighbourhood(schedule, problem: problem)
    }

    /// Changes to one occurrence of `violation` that remove it and lower the hard score, best resulting
    /// score first; empty when no single change does.
    public mutating func repairs(for violation: Violation, limit: Int = 3) -> [Repair] {
        guard before.score.hard > 0, violation.level == .hard else { return [] }
        var fixing: [(o: Int, k: Int)] = []
        for o in violation.sessions.compactMap({ ids[$0] }) {
            if found[o] == nil { found[o] = search(o) }
            for (k, c) in found[o]!.enumerated() where !c.findingsAfter.contains(where: { $0.continues(violation) }) {
                fixing.append((o, k))
            }
        }
        let fewestLeft = fixing.enumerated().sorted { a, b in
            (found[a.element.o]![a.element.k].hardScore, a.offset) < (found[b.element.o]![b.element.k].hardScore, b.offset)
        }.prefix(scoredPerViolation).map(\.element)
        var all: [Repair] = []
        for (o, k) in fewestLeft {
            if found[o]![k].score == nil {
                found[o]![k].score = before.score + neighbourhood.delta(replacing: o, with: found[o]![k].assignment, hardOnly: false).score
            }
            let c = found[o]![k], score = c.score!
            let others = c.hardRemoved - 1
            let effect =
                others > 0
                ? "removes this and \(Explain.count(others, "other hard conflict"))"
                : others < 0
                    ? "removes this but adds \(Explain.count(-others, "other hard conflict"))"
                    : "removes this conflict"
            all.append(
                Repair(
                    occurrence: c.assignment.id, change: c.change, score: score, hardViolationsRemoved: c.hardRemoved,
                    description: "\(c.words.action) (\(c.words.changes); \(effect); score \(score))"))
        }
        all.sort { ($0.score, -$0.hardViolationsRemoved, $0.description) < ($1.score, -$1.hardViolationsRemoved, $1.description) }
        var result: [Repair] = []
        for r in all where !result.contains(where: { $0.occurrence == r.occurrence && $0.change == r.change }) {
            result.append(r)
            if result.count == limit { break }
        }
        return result
    }

    /// Every candidate change of occurrence `o` that lowers the hard score: all pool-trainer changes and
    /// same-time room changes, then moves within the budget.
    private func search(_ o: Int) -> [Candidate] {
        let current = schedule.assignment(for: problem.occurrences[o].id)
        let all = trainerChanges(of: o, in: schedule, problem: problem, busy: busy) + moves(of: o, in: schedule, problem: problem, busy: busy)
        var moved = 0
        var result: [Candidate] = []
        for (assignment, change) in all {
            if case .move = change, current?.start != assignment.start || current?.date != assignment.date {
                guard moved < budget else { continue }
                moved += 1
            }
            let delta = neighbourhood.delta(replacing: o, with: assignment, hardOnly: true)
            let hardScore = before.score.hard + delta.score.hard
            guard hardScore < before.score.hard else { continue }
            result.append(
                Candidate(
                    assignment: assignment, change: change, hardScore: hardScore, hardRemoved: -delta.hard,
                    findingsAfter: delta.findingsAfter, words: words(change, o, current, problem)))
        }
        return result
    }
}

/// A hard finding of a partial schedule: enough to tell whether a violation is still there.
struct HardFinding {
    var constraint: ConstraintID
    var sessions: [String]
    var trainers: [String]
    var rooms: [String]
    var groups: [String]

    /// Whether this is `violation` still going on: the same constraint about the same trainers, rooms
    /// and groups, involving at least one of its sessions (a conflict moved to another day counts as
    /// still there; a clash with another trainer instead does not).
    func continues(_ violation: Violation) -> Bool {
        constraint == violation.constraint && Set(trainers) == Set(violation.trainers) && Set(rooms) == Set(violation.rooms)
            && Set(groups) == Set(violation.groups) && sessions.contains(where: violation.sessions.contains)
    }
}

/// The score, the number of hard violations (findings with penalty) and those findings of a schedule.
/// With `countingMissing` false, occurrences the schedule lacks are ignored (for partial schedules);
/// with `hardOnly`, only the hard constraints are scored; the rule `skipping` names is not scored.
func hardCountedScore(
    _ schedule: Schedule, against problem: Problem, countingMissing: Bool = true, hardOnly: Bool = false,
    skipping: ConstraintID? = nil
) -> (score: Score, hard: Int, findings: [HardFinding]) {
    let view = ScheduleView(schedule, problem: problem, countingMissing: countingMissing)
    var score = Score.zero
    var hard = 0
    var findings: [HardFinding] = []
    for rule in catalogue where rule.id != skipping {
        let w = LevelWeights(problem.plan.setting(for: rule.id))
        guard w.isActive, !hardOnly || w.hard != 0 else { continue }
        for f in rule.findings(in: view) where f.units != 0 {
            score = score + w.score(f.units)
            guard w.hard != 0 else { continue }
            hard += 1
            findings.append(HardFinding(constraint: rule.id, sessions: f.sessions, trainers: f.trainers, rooms: f.rooms, groups: f.groups))
        }
    }
    return (score, hard, findings)
}

/// Scores a change to one occurrence on the part of the schedule it can affect.
///
/// Every catalogue finding concerns one occurrence, or occurrences sharing a room on one day, a
/// trainer, a group, a series or split run, a precedence pair, or overlapping time (popular rooms).
/// Scoring the schedule restricted to the occurrences sharing any of these with the old or new
/// assignment, before and after, gives the exact change of the full score: findings among the others
/// are the same in both, and occurrences left out are ignored in both.
///
/// Popular-in-large-rooms pairs an occurrence with everything overlapping it that day, and its
/// findings are pairs: unless it is hard (then its findings are needed), it is left out of that
/// restricted scoring, and its change is the old and the new placement's pairs alone.
struct Neighbourhood {
    let schedule: Schedule
    let problem: Problem
    /// Occurrence index of each assignment (-1 when the plan does not know it).
    private var occurrence: [Int] = []
    private var byRoomDay: [String: [Int]] = [:]
    private var byTrainer: [String: [Int]] = [:]
    private var byGroup: [Int: [Int]] = [:]
    private var bySeries: [Int: [Int]] = [:]
    private var bySplitRun: [Int: [Int]] = [:]
    private var byDay: [Int: [Int]] = [:]
    private var byOccurrence: [Int: [Int]] = [:]
    private var partners: [Int: [Int]] = [:]
    /// Whether popular-in-large-rooms counts (the only rule pairing occurrences by time alone).
    private let overlapMatters: Bool
    /// Whether it is hard (so hard-only scoring must look at every overlapping occurrence too).
    private let overlapIsHard: Bool
    /// The placement of each occurrence's first assignment (the one a view counts), by occurrence.
    private var placements: [Int: Placement] = [:]
    /// Occurrences in seated rooms per day (days since 1970), for popular-in-large-rooms pairs.
    private var seatedByDay: [Int: [Int]] = [:]

    init(_ schedule: Schedule, problem p: Problem) {
        self.schedule = schedule
        problem = p
        overlapMatters = p.weights(.popularInLargeRooms).isActive
        overlapIsHard = p.weights(.popularInLargeRooms).hard != 0
        for (i, a) in schedule.assignments.enumerated() {
            guard let o = p.occurrenceIndex[a.id] else {
                occurrence.append(-1)
                continue
            }
            occurrence.append(o)
            if byOccurrence[o] == nil {
                let placement = ScheduleView.placement(a, o, p)
                placements[o] = placement
                if overlapMatters, PopularInLargeRooms.isSeated(placement, p) { seatedByDay[a.date.daysSinceEpoch, default: []].append(o) }
            }
            byOccurrence[o, default: []].append(i)
            for key in Self.keys(a, o, p) {
                switch key {
                case .roomDay(let k): byRoomDay[k, default: []].append(i)
                case .trainer(let t): byTrainer[t, default: []].append(i)
                case .group(let g): byGroup[g, default: []].append(i)
                case .series(let s): bySeries[s, default: []].append(i)
                case .splitRun(let r): bySplitRun[r, default: []].append(i)
                case .day(let d): byDay[d, default: []].append(i)
                }
            }
        }
        for pair in p.precedence {
            partners[Int(pair.earlier), default: []].append(Int(pair.later))
            partners[Int(pair.later), default: []].append(Int(pair.earlier))
        }
    }

    private enum Key { case roomDay(String), trainer(String), group(Int), series(Int), splitRun(Int), day(Int) }

    private static func keys(_ a: Assignment, _ o: Int, _ p: Problem) -> [Key] {
        var keys: [Key] = [.day(a.date.daysSinceEpoch), .series(Int(p.occSeries[o]))]
        if let room = a.room { keys.append(.roomDay("\(room)|\(a.date.daysSinceEpoch)")) }
        if p.occSplitRun[o] >= 0 { keys.append(.splitRun(Int(p.occSplitRun[o]))) }
        for t in a.trainers { keys.append(.trainer(t)) }
        for g in p.sesGroups[Int(p.occSession[o])] { keys.append(.group(Int(g))) }
        return keys
    }

    /// Score and hard-violation count after minus before replacing occurrence `o`'s assignment by `new`,
    /// and the hard findings among the affected occurrences afterwards. With `hardOnly`, only the hard
    /// constraints are scored, on the fewer occurrences they can involve (no neighbours by time overlap
    /// alone unless popular-in-large-rooms is hard).
    func delta(replacing o: Int, with new: Assignment, hardOnly: Bool = false) -> (score: Score, hard: Int, findingsAfter: [HardFinding]) {
        let own = byOccurrence[o] ?? []
        let old = own.first.map { schedule.assignments[$0] }
        /// Popular-in-large-rooms scored apart, by its pairs with `o` (see the type's comment).
        let pairsApart = overlapMatters && !overlapIsHard
        var members = Set(own)
        for a in [old, new].compactMap({ $0 }) {
            for key in Self.keys(a, o, problem) {
                switch key {
                case .roomDay(let k): members.formUnion(byRoomDay[k] ?? [])
                case .trainer(let t): members.formUnion(byTrainer[t] ?? [])
                case .group(let g): members.formUnion(byGroup[g] ?? [])
                case .series(let s): members.formUnion(bySeries[s] ?? [])
                case .splitRun(let r): members.formUnion(bySplitRun[r] ?? [])
                case .day(let d):
                    guard overlapMatters, overlapIsHard else { continue }
                    for i in byDay[d] ?? [] {
                        let b = schedule.assignments[i]
                        if b.start < a.end && a.start < b.end { members.insert(i) }
                    }
                }
            }
        }
        for partner in partners[o] ?? [] { members.formUnion(byOccurrence[partner] ?? []) }
        let sorted = members.sorted()
        let before = sorted.map { schedule.assignments[$0] }
        var after = before
        if let first = own.first, let k = sorted.firstIndex(of: first) { after[k] = new } else { after.append(new) }
        let skipping = pairsApart ? ConstraintID.popularInLargeRooms : nil
        let b = hardCountedScore(
            Schedule(forumID: schedule.forumID, assignments: before), against: problem, countingMissing: false,
            hardOnly: hardOnly, skipping: skipping)
        let a = hardCountedScore(
            Schedule(forumID: schedule.forumID, assignments: after), against: problem, countingMissing: false,
            hardOnly: hardOnly, skipping: skipping)
        var score = a.score - b.score
        if pairsApart && !hardOnly {
            let units = pairedUnits(ScheduleView.placement(new, o, problem), except: o) - (placements[o].map { pairedUnits($0, except: o) } ?? 0)
            score = score + problem.weights(.popularInLargeRooms).score(units)
        }
        return (score, a.hard - b.hard, a.findings)
    }

    /// Popular-in-large-rooms units of `placement` with every other occurrence seated that day.
    private func pairedUnits(_ placement: Placement, except o: Int) -> Int {
        guard PopularInLargeRooms.isSeated(placement, problem) else { return 0 }
        var units = 0
        for other in seatedByDay[placement.date.daysSinceEpoch] ?? [] where other != o {
            units += PopularInLargeRooms.units(placement, placements[other]!, problem)
        }
        return units
    }
}

/// Moves of occurrence `o` to allowed starts and rooms where its room, trainers and groups are free,
/// nearest to its current day and time first.
private func moves(of o: Int, in schedule: Schedule, problem p: Problem, busy: BusyTimes) -> [(Assignment, Repair.Change)] {
    let id = p.occurrences[o].id
    let s = Int(p.occSession[o])
    let session = p.plan.sessions[s]
    let current = schedule.assignment(for: id)
    let trainers = current?.trainers ?? session.trainers
    let trainerIndices = trainers.compactMap { p.trainerIndex[$0] }
    let groups = p.sesGroups[s].map(Int.init)
    let minutes = Int(p.sesMinutes[s])
    var result: [(key: (Int, Int, Int), assignment: Assignment, change: Repair.Change)] = []
    for t in p.sesDomain[s].map(Int.init) {
        let date = p.grid.dates[p.grid.day(ofSlot: t)]
        let from = p.grid.minuteOfDay(slot: t), to = from + minutes
        guard to <= 1440, let start = TimeOfDay(minutes: from), let end = TimeOfDay(minutes: to) else { continue }
        guard !trainerIndices.contains(where: { busy.trainerBusy($0, date, from, to, except: o) }),
            !groups.contains(where: { busy.groupBusy($0, date, from, to, except: o) })
        else { continue }
        for r in p.sesRooms[s].map(Int.init) {
            let room = p.plan.rooms[r].id
            if let current, current.date == date, current.start == start, current.room == room { continue }
            guard !busy.roomBusy(r, date, from, to, except: o), Int(p.roomCapacity[r]) >= p.occurrences[o].size else { continue }
            let dayDistance = current.map { abs($0.date.daysSinceEpoch - date.daysSinceEpoch) } ?? 0
            let timeDistance = current.map { abs($0.start.minutes - from) } ?? 0
            result.append(
                (
                    (dayDistance, timeDistance, r),
                    Assignment(id: id, date: date, start: start, end: end, room: room, trainers: trainers),
                    .move(date: date, start: start, end: end, room: room)
                ))
        }
    }
    result.sort { $0.key < $1.key }
    return result.map { ($0.assignment, $0.change) }
}

/// Pool trainers of occurrence `o` replaced by (or, when too few, joined by) a candidate who is free then.
private func trainerChanges(of o: Int, in schedule: Schedule, problem p: Problem, busy: BusyTimes) -> [(Assignment, Repair.Change)] {
    let s = Int(p.occSession[o])
    guard let current = schedule.assignment(for: p.occurrences[o].id), p.sesPoolCount[s] > 0 else { return [] }
    let named = Set(p.plan.sessions[s].trainers)
    let picks = current.trainers.filter { !named.contains($0) }
    let (from, to) = (current.start.minutes, current.end.minutes)
    let free = p.sesPool[s].map { p.plan.trainers[Int($0)].id }.filter { candidate in
        !current.trainers.contains(candidate)
            && !busy.trainerBusy(p.trainerIndex[candidate]!, current.date, from, to, except: o)
    }
    var result: [(Assignment, Repair.Change)] = []
    for old in picks {
        for new in free {
            var changed = current
            changed.trainers = current.trainers.map { $0 == old ? new : $0 }
            result.append((changed, .replaceTrainer(old: old, new: new)))
        }
    }
    if picks.count < Int(p.sesPoolCount[s]) {
        for new in free {
            var changed = current
            changed.trainers.append(new)
            result.append((changed, .addTrainer(new: new)))
        }
    }
    return result
}

/// The repair in words, and what it changes: ("move 'X' to 2019-08-21 12:15 in Hall", "a new time, the same room").
private func words(_ change: Repair.Change, _ o: Int, _ current: Assignment?, _ p: Problem) -> (action: String, changes: String) {
    let label = Explain.label(p, o)
    func name(_ id: String) -> String { p.plan.trainers.first { $0.id == id }?.name ?? id }
    switch change {
    case let .move(date, start, _, room):
        let roomName = p.plan.rooms.first { $0.id == room }?.name ?? room
        let newRoom = current?.room != room
        let time = current.map { $0.date != date ? "a new day and time" : $0.start != start ? "a new time" : "the same time" } ?? "a time"
        return ("move \(label) to \(date) \(start) in \(roomName)", "\(time), \(newRoom ? "a new room" : "the same room")")
    case let .replaceTrainer(old, new):
        return ("give \(label) to \(name(new)) instead of \(name(old))", "a new trainer, free then; the same time and room")
    case let .addTrainer(new):
        return ("add \(name(new)) to \(label)", "a new trainer, free then; the same time and room")
    }
}

/// Who and what is taken when, from a schedule, to skip candidates that clash outright.
private struct BusyTimes {
    /// (occurrence, date, start, end) per room, trainer and group index.
    typealias Slot = (occurrence: Int, day: Int, start: Int, end: Int)
    var rooms: [[Slot]]
    var trainers: [[Slot]]
    var groups: [[Slot]]

    init(_ schedule: Schedule, problem p: Problem) {
        rooms = Array(repeating: [], count: p.roomCount)
        trainers = Array(repeating: [], count: p.trainerCount)
        groups = Array(repeating: [], count: p.groupCount)
        let view = ScheduleView(schedule, problem: p)
        for pl in view.placements {
            let slot: Slot = (pl.occurrence, pl.date.daysSinceEpoch, pl.start, pl.end)
            if let r = pl.room { rooms[r].append(slot) }
            for t in pl.trainers { trainers[t].append(slot) }
            for g in p.sesGroups[pl.session] { groups[Int(g)].append(slot) }
        }
    }

    private static func clash(_ list: [Slot], _ date: LocalDate, _ from: Int, _ to: Int, except o: Int) -> Bool {
        list.contains { $0.occurrence != o && $0.day == date.daysSinceEpoch && $0.start < to && from < $0.end }
    }

    func roomBusy(_ r: Int, _ date: LocalDate, _ from: Int, _ to: Int, except o: Int) -> Bool {
        Self.clash(rooms[r], date, from, to, except: o)
    }

    func trainerBusy(_ t: Int, _ date: LocalDate, _ from: Int, _ to: Int, except o: Int) -> Bool {
        Self.clash(trainers[t], date, from, to, except: o)
    }

    func groupBusy(_ g: Int, _ date: LocalDate, _ from: Int, _ to: Int, except o: Int) -> Bool {
        Self.clash(groups[g], date, from, to, except: o)
    }
}
