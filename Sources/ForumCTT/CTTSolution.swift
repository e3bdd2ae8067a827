import ForumModel

/// Reads and writes the official ITC-2007 solution format: one `CourseID RoomID Day Period` line per lecture.
public enum CTTSolution {
    /// The solution lines for a schedule of an instance's plan, sorted by course, day and period.
    public static func encode(_ schedule: Schedule, instance: CTTInstance) -> String {
        let rows = schedule.assignments.map { a in
            (
                course: a.id.session, room: a.room ?? "-",
                day: a.date.daysSinceEpoch - CTTInstance.firstDay.daysSinceEpoch,
                period: (a.start.minutes - CTTInstance.firstPeriod.minutes) / 60
            )
        }.sorted { ($0.course, $0.day, $0.period, $0.room) < ($1.course, $1.day, $1.period, $1.room) }
        return rows.map { "\($0.course) \($0.room) \($0.day) \($0.period)\n" }.joined()
    }

    /// One line of a solution: a lecture of `course` in `room` on `day` at `period` (0-based).
    public struct Lecture: Hashable, Sendable {
        public var course: String
        public var room: String
        public var day: Int
        public var period: Int

        public init(course: String, room: String, day: Int, period: Int) {
            self.course = course
            self.room = room
            self.day = day
            self.period = period
        }
    }

    /// The lectures of solution lines, checked against the instance (known course and room, day and
    /// period in range, no more lines for a course than it has lectures).
    public static func lectures(_ text: String, instance: CTTInstance, file: String) throws(CTTError) -> [Lecture] {
        let courses = Dictionary(uniqueKeysWithValues: instance.courses.map { ($0.id, $0) })
        let roomIDs = Set(instance.rooms.map(\.id))
        var runs: [String: Int] = [:]
        var lectures: [Lecture] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let f = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if f.isEmpty { continue }
            func fail(_ m: String) -> CTTError { CTTError(file: file, line: number + 1, message: m) }
            guard f.count == 4 else { throw fail("expected 'CourseID RoomID Day Period'") }
            guard let course = courses[f[0]] else { throw fail("unknown course '\(f[0])'") }
            guard roomIDs.contains(f[1]) else { throw fail("unknown room '\(f[1])'") }
            guard let day = Int(f[2]), (0..<instance.days).contains(day) else { throw fail("day '\(f[2])' is out of range") }
            guard let period = Int(f[3]), (0..<instance.periodsPerDay).contains(period) else {
                throw fail("period '\(f[3])' is out of range")
            }
            let run = (runs[course.id] ?? 0) + 1
            guard run <= course.lectures else { throw fail("course \(course.id) has only \(course.lectures) lectures") }
            runs[course.id] = run
            lectures.append(Lecture(course: course.id, room: f[1], day: day, period: period))
        }
        return lectures
    }

    /// A schedule from solution lines; each course's lectures become its runs 1, 2, … in file order.
    public static func decode(_ text: String, instance: CTTInstance, file: String) throws(CTTError) -> Schedule {
        let teachers = Dictionary(uniqueKeysWithValues: instance.courses.map { ($0.id, $0.teacher) })
        var runs: [String: Int] = [:]
        let assignments = try lectures(text, instance: instance, file: file).map { l in
            let run = (runs[l.course] ?? 0) + 1
            runs[l.course] = run
            return Assignment(
                id: OccurrenceID(session: l.course, run: run),
                date: CTTInstance.firstDay.adding(days: l.day),
                start: instance.time(ofPeriod: l.period), end: instance.time(ofPeriod: l.period + 1),
                room: l.room, trainers: [teachers[l.course]!])
        }
        return Schedule(forumID: instance.plan().forum.id, assignments: assignments)
    }
}
