import ForumModel

/// Reads and writes the official ITC-2007 solution format: one `CourseID RoomID Day Period` line per lecture.
public enum CTTSolution {
    /// The solution lines for a schedule of an instance's plan, sorted by course, day and period.
    public static func encode(_ schedule: Schedule, instance: CTTInstance) -> String {
        let rows = schedule.assignments.map { a in
            (course: a.id.session, room: a.room ?? "-",
             day: a.date.daysSinceEpoch - CTTInstance.firstDay.daysSinceEpoch,
             period: (a.start.minutes - CTTInstance.firstPeriod.minutes) / 60)
        }.sorted { ($0.course, $0.day, $0.period, $0.room) < ($1.course, $1.day, $1.period, $1.room) }
        return rows.map { "\($0.course) \($0.room) \($0.day) \($0.period)\n" }.joined()
    }

    /// A schedule from solution lines; each course's lectures become its runs 1, 2, … in file order.
    public static func decode(_ text: String, instance: CTTInstance, file: String) throws(CTTError) -> Schedule {
        let courses = Dictionary(uniqueKeysWithValues: instance.courses.map { ($0.id, $0) })
        let roomIDs = Set(instance.rooms.map(\.id))
        var runs: [String: Int] = [:]
        var assignments: [Assignment] = []
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
            assignments.append(Assignment(
                id: OccurrenceID(session: course.id, run: run),
                date: CTTInstance.firstDay.adding(days: day),
                start: instance.time(ofPeriod: period), end: instance.time(ofPeriod: period + 1),
                room: f[1], trainers: [course.teacher]))
        }
        return Schedule(forumID: instance.plan().forum.id, assignments: assignments)
    }
}
