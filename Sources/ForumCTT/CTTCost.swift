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
    public var soft: Int { roomCapacity + 5 * minWorkingDays + 2 * curriculumCompactness + roomStability }

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

    /// Scores `solution` (as read by `CTTSolution.lectures`) against `instance`.
    public init(_ solution: [CTTSolution.Lecture], instance: CTTInstance) {
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

        for (c, course) in instance.courses.enumerated() {
            var scheduled = 0, days = Set<Int>(), rooms = Set<Int>()
            for p in 0..<periods where table[c * periods + p] >= 0 {
                let r = table[c * periods + p]
                scheduled += 1
                days.insert(p / ppd)
                rooms.insert(r)
                if unavailable.contains(c * periods + p) { availability += 1 }
                roomCapacity += max(0, course.students - instance.rooms[r].capacity)
                for c2 in (c + 1)..<courses where table[c2 * periods + p] >= 0 && conflicting(c, c2) { conflicts += 1 }
            }
            lectures += max(0, course.lectures - scheduled)
            minWorkingDays += max(0, course.minWorkingDays - days.count)
            roomStability += max(0, rooms.count - 1)
        }
        for p in 0..<periods {
            var inRoom = [Int](repeating: 0, count: instance.rooms.count)
            for c in 0..<courses where table[c * periods + p] >= 0 { inRoom[table[c * periods + p]] += 1 }
            roomOccupancy += inRoom.reduce(0) { $0 + max(0, $1 - 1) }
        }
        for q in curricula {
            func busy(_ p: Int) -> Bool { q.contains { table[$0 * periods + p] >= 0 } }
            for p in 0..<periods where busy(p) {
                let before = p % ppd > 0 && busy(p - 1), after = p % ppd < ppd - 1 && busy(p + 1)
                if !before && !after { curriculumCompactness += 1 }
            }
        }
    }
}
