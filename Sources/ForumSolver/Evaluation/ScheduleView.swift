import ForumModel

/// One assignment of a schedule resolved against the problem's indices.
struct Placement {
    /// Occurrence index.
    let occurrence: Int
    /// Session index.
    let session: Int
    let date: LocalDate
    /// Forum day index, nil when the date is not a forum day.
    let day: Int?
    /// Minutes of day.
    let start: Int
    let end: Int
    /// Room index, nil when open or not in the plan.
    let room: Int?
    /// The room id as written (nil when left open).
    let roomID: String?
    /// Known trainer indices, duplicates dropped, in the order written.
    let trainers: [Int]
    /// Trainer ids written that the plan does not know.
    let unknownTrainers: [String]

    /// Minutes on an absolute timeline (days since 1970 × 1440 + minute of day).
    var absoluteStart: Int { date.daysSinceEpoch * 1440 + start }
    var absoluteEnd: Int { date.daysSinceEpoch * 1440 + end }
    var minutes: Int { max(0, end - start) }

    /// Minutes both take place at once.
    func overlap(_ other: Placement) -> Int {
        guard date == other.date else { return 0 }
        return max(0, min(end, other.end) - max(start, other.start))
    }
}

/// A schedule seen through a problem: placements by occurrence, and occurrences with no placement.
///
/// Assignments of unknown occurrences are ignored; for an occurrence assigned twice the first counts.
/// A view of part of a schedule (`countingMissing: false`) lists no missing occurrences, and costs
/// time in its assignments only, not in the whole problem.
struct ScheduleView {
    let problem: Problem
    /// Placements in occurrence order.
    let placements: [Placement]
    /// Occurrences with no assignment.
    let missing: [Int]

    init(_ schedule: Schedule, problem: Problem, countingMissing: Bool = true) {
        self.problem = problem
        guard countingMissing else {
            var seen = Set<Int>()
            placements = schedule.assignments.compactMap { a -> Placement? in
                guard let o = problem.occurrenceIndex[a.id], seen.insert(o).inserted else { return nil }
                return Self.placement(a, o, problem)
            }.sorted { $0.occurrence < $1.occurrence }
            missing = []
            return
        }
        var byOccurrence = [Placement?](repeating: nil, count: problem.occurrenceCount)
        for a in schedule.assignments {
            guard let o = problem.occurrenceIndex[a.id], byOccurrence[o] == nil else { continue }
            byOccurrence[o] = Self.placement(a, o, problem)
        }
        placements = byOccurrence.compactMap { $0 }
        missing = byOccurrence.indices.filter { byOccurrence[$0] == nil }
    }

    /// Assignment `a` of occurrence `o` resolved against `problem`.
    static func placement(_ a: Assignment, _ o: Int, _ problem: Problem) -> Placement {
        var known: [Int] = [], unknown: [String] = []
        for id in a.trainers {
            if let t = problem.trainerIndex[id] { if !known.contains(t) { known.append(t) } } else if !unknown.contains(id) { unknown.append(id) }
        }
        return Placement(
            occurrence: o, session: Int(problem.occSession[o]), date: a.date,
            day: problem.grid.dayIndex(of: a.date), start: a.start.minutes, end: a.end.minutes,
            room: a.room.flatMap { problem.roomIndex[$0] }, roomID: a.room, trainers: known,
            unknownTrainers: unknown)
    }

    /// Placements per trainer (indices into `placements`).
    func byTrainer() -> [[Int]] {
        var lists = [[Int]](repeating: [], count: problem.trainerCount)
        for (i, p) in placements.enumerated() { for t in p.trainers { lists[t].append(i) } }
        return lists
    }

    /// Placements per group (indices into `placements`).
    func byGroup() -> [[Int]] {
        var lists = [[Int]](repeating: [], count: problem.groupCount)
        for (i, p) in placements.enumerated() { for g in problem.sesGroups[p.session] { lists[Int(g)].append(i) } }
        return lists
    }

    /// Placements per series (indices into `placements`, in occurrence order).
    func bySeries() -> [[Int]] {
        var lists = [[Int]](repeating: [], count: problem.seriesCount)
        for (i, p) in placements.enumerated() { lists[Int(problem.occSeries[p.occurrence])].append(i) }
        return lists
    }

    /// `'Title'` or `'Title' section 2`: the series of occurrence `o` in words.
    func seriesLabel(_ o: Int) -> String {
        let section = problem.occurrences[o].id.section.map { " section \($0)" } ?? ""
        return "'\(problem.plan.sessions[Int(problem.occSession[o])].title)'\(section)"
    }

    /// Index lists grouped by date, dates ascending.
    func byDate(_ indices: [Int]) -> [(LocalDate, [Int])] {
        var groups: [LocalDate: [Int]] = [:]
        for i in indices { groups[placements[i].date, default: []].append(i) }
        return groups.keys.sorted().map { ($0, groups[$0]!) }
    }

    /// The session of a placement.
    func session(_ p: Placement) -> Session { problem.plan.sessions[p.session] }

    /// The physical venue index of a placement's room, nil when online, open or unknown.
    func physicalVenue(_ p: Placement) -> Int? {
        guard let r = p.room, problem.roomPhysicalVenue[r] >= 0 else { return nil }
        return Int(problem.roomPhysicalVenue[r])
    }
}
