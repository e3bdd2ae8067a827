/// The cost of an ITC-2007 track 3 solution by the competition's own rules, independent of our solver.
///
/// Like the official validator it reads the solution into a (course, period) → room table, so two
/// lines of one course in one period count once (and the course is then a lecture short).
/// Components are unweighted counts; `soft` applies the ITC weights (1, 5, 2, 1).
public struct CTTCost: Hashable, Sendable {
    /// Lectures not scheduled.
    public var lectures = 0
    /// Pairs of courses sharing a teacher or a curriculum taught in the same period, per period.
    public var conflicts = 0
    /// Lectures in periods their course is unavailable.
    public var availability = 0
    /// Lectures beyond the first in one room and period.
    public var roomOccupancy = 0
    /// Students without a seat, summed over lectures.
    public var roomCapacity = 0
    /// Working days short of each course's minimum.
    public var minWorkingDays = 0
    /// (Curriculum, period) pairs with a lecture and none of the curriculum in an adjacent period of the day.
    public var curriculumCompactness = 0
    /// Distinct rooms beyond the first, per course.
    public var roomStability = 0

    /// Hard violations (the ITC validator's "violations").
    public var hard: Int { lectures + conflicts + availability + roomOccupancy }
    /// The weighted soft cost.
    public var soft: Int {
        Rule.roomCapacity.weight * roomCapacity + Rule.minWorkingDays.weight * minWorkingDays
            + Rule.curriculumCompactness.weight * curriculumCompactness + Rule.roomStability.weight * roomStability
    }

    public init(
        lectures: Int = 0, conflicts: Int = 0, availability: Int = 0, roomOccupancy: Int = 0,
        roomCapacity: Int = 0, minWorkingDays: Int = 0, curriculumCompactness: Int = 0, roomStability: Int = 0
    ) {
        self.lectures = lectures
        self.conflicts = conflicts
        self.availability = availability
        self.roomOccupancy = roomOccupancy
        self.roomCapacity = roomCapacity
        self.minWorkingDays = minWorkingDays
        self.curriculumCompactness = curriculumCompactness
        self.roomStability = roomStability
    }

    /// The ITC-2007 rules, in the order the validator lists them.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        case lectures = "lectures", conflicts = "conflicts", availability = "availability"
        case roomOccupancy = "room occupancy", roomCapacity = "room capacity", minWorkingDays = "min working days"
        case curriculumCompactness = "curriculum compactness", roomStability = "room stability"

        /// Points per counted unit: the ITC soft weights (1, 5, 2, 1); 1 for a hard violation.
        public var weight: Int {
            switch self {
            case .minWorkingDays: 5
            case .curriculumCompactness: 2
            default: 1
            }
        }
    }

    /// One counted violation or cost: what a score is made of, for a reader looking for where it is lost.
    public struct Item: Hashable, Sendable, CustomStringConvertible {
        public var rule: Rule
        /// Violations for a hard rule, soft points (ITC weight applied) for a soft one.
        public var points: Int
        /// What was counted, naming the course or curriculum, the room, day and period.
        public var message: String

        public var description: String { "\(rule.rawValue), \(points): \(message)" }
    }

    /// Scores `solution` (as read by `CTTSolution.lectures`) against `instance`; `report`, when
    /// given, receives every counted item (their points add up to `hard` and `soft`).
    public init(_ solution: [CTTSolution.Lecture], instance: CTTInstance, report: ((Item) -> Void)? = nil) {
        self.init()
        let courseIndex = Dictionary(uniqueKeysWithValues: instance.courses.enumerated().map { ($1.id, $0) })
        let roomIndex = Dictionary(uniqueKeysWithValues: instance.rooms.enumerated().map { ($1.id, $0) })
        let ppd = instance.periodsPerDay, periods = instance.days * ppd
        let courses = instance.courses.count
        var table = [Int](repeating: -1, count: courses * periods)
        for l in solution {
            guard let c = courseIndex[l.course], let r = roomIndex[l.room] else { continue }
            table[c * periods + l.day * ppd + l.period] = r
        }
        let curricula = instance.curricula.map { q in q.courses.compactMap { courseIndex[$0] } }
        var shareCurriculum = Set<Int>()
        for q in curricula { for a in q { for b in q { shareCurriculum.insert(a * courses + b) } } }
        func conflicting(_ a: Int, _ b: Int) -> Bool {
            instance.courses[a].teacher == instance.courses[b].teacher || shareCurriculum.contains(a * courses + b)
        }
        var unavailable = Set<Int>()
        for u in instance.unavailability { unavailable.insert(courseIndex[u.course]! * periods + u.day * ppd + u.period) }
        var curriculaOf = [Int](repeating: 0, count: courses)
        for q in curricula { for c in Set(q) { curriculaOf[c] += 1 } }
        func at(_ p: Int) -> String { "day \(p / ppd) period \(p % ppd)" }
        func count(_ n: Int, _ noun: String, _ plural: String) -> String { "\(n) \(n == 1 ? noun : plural)" }

        for (c, course) in instance.courses.enumerated() {
            var scheduled = 0, days = Set<Int>(), rooms = Set<Int>()
            for p in 0..<periods where table[c * periods + p] >= 0 {
                let r = table[c * periods + p]
                scheduled += 1
                days.insert(p / ppd)
                rooms.insert(r)
                if unavailable.contains(c * periods + p) {
                    availability += 1
                    report?(Item(rule: .availability, points: 1, message: "\(course.id) at \(at(p)), where it cannot be taught"))
                }
                let short = max(0, course.students - instance.rooms[r].capacity)
                roomCapacity += short
                if short > 0 {
                    report?(
                        Item(
                            rule: .roomCapacity, points: short,
                            message: "\(course.id) in \(instance.rooms[r].id) at \(at(p)): \(short) students without a seat"))
                }
                for c2 in (c + 1)..<courses where table[c2 * periods + p] >= 0 && conflicting(c, c2) {
                    conflicts += 1
                    let shared = course.teacher == instance.courses[c2].teacher ? "teacher \(course.teacher)" : "a curriculum"
                    report?(Item(rule: .conflicts, points: 1, message: "\(course.id) and \(instance.courses[c2].id) at \(at(p)) share \(shared)"))
                }
            }
            if course.lectures > scheduled {
                lectures += course.lectures - scheduled
                report?(
                    Item(
                        rule: .lectures, points: course.lectures - scheduled,
                        message: "\(course.id) has \(scheduled) of its \(course.lectures) lectures"))
            }
            if course.minWorkingDays > days.count {
                minWorkingDays += course.minWorkingDays - days.count
                report?(
                    Item(
                        rule: .minWorkingDays, points: Rule.minWorkingDays.weight * (course.minWorkingDays - days.count),
                        message: "\(course.id) meets on \(count(days.count, "day", "days")), its minimum is \(course.minWorkingDays) "
                            + "(a course of \(count(curriculaOf[c], "curriculum", "curricula")))"))
            }
            if rooms.count > 1 {
                roomStability += rooms.count - 1
                let names = rooms.sorted().map { instance.rooms[$0].id }.joined(separator: ", ")
                report?(Item(rule: .roomStability, points: rooms.count - 1, message: "\(course.id) uses \(rooms.count) rooms (\(names))"))
            }
        }
        for p in 0..<periods {
            var inRoom = [Int](repeating: 0, count: instance.rooms.count)
            for c in 0..<courses where table[c * periods + p] >= 0 { inRoom[table[c * periods + p]] += 1 }
            for (r, n) in inRoom.enumerated() where n > 1 {
                roomOccupancy += n - 1
                report?(Item(rule: .roomOccupancy, points: n - 1, message: "\(instance.rooms[r].id) at \(at(p)) holds \(n) lectures"))
            }
        }
        for (qi, q) in curricula.enumerated() {
            func busy(_ p: Int) -> Bool { q.contains { table[$0 * periods + p] >= 0 } }
            for p in 0..<periods where busy(p) {
                let before = p % ppd > 0 && busy(p - 1), after = p % ppd < ppd - 1 && busy(p + 1)
                guard !before && !after else { continue }
                curriculumCompactness += 1
                guard let report else { continue }
                let dayStart = p - p % ppd
                let alone = !(dayStart..<(dayStart + ppd)).contains { $0 != p && busy($0) }
                let here = q.filter { table[$0 * periods + p] >= 0 }.map { instance.courses[$0].id }.joined(separator: ", ")
                report(
                    Item(
                        rule: .curriculumCompactness, points: Rule.curriculumCompactness.weight,
                        message: "\(instance.curricula[qi].id): \(here) at \(at(p)) has no lecture of the curriculum next to it"
                            + (alone ? " (its only lecture that day)" : "")))
            }
        }
    }
}
