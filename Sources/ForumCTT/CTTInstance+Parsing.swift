extension CTTInstance {
    /// Parses the ITC-2007 `.ctt` text format; `file` names the source in errors.
    ///
    /// The header lines come in the fixed order of the format; sections follow with one record a line.
    public init(parsing text: String, file: String) throws(CTTError) {
        var reader = LineReader(text: text, file: file)
        name = try reader.header("Name")
        let courseCount = try reader.headerInt("Courses")
        let roomCount = try reader.headerInt("Rooms")
        days = try reader.headerInt("Days")
        periodsPerDay = try reader.headerInt("Periods_per_day")
        let curriculumCount = try reader.headerInt("Curricula")
        let constraintCount = try reader.headerInt("Constraints")
        guard (1...31).contains(days), (1...24).contains(periodsPerDay) else {
            throw reader.error("Days must be 1…31 and Periods_per_day 1…24 (got \(days) and \(periodsPerDay))")
        }

        try reader.section("COURSES:")
        courses = try (0..<courseCount).map { _ throws(CTTError) in
            let f = try reader.fields(5, "<CourseID> <Teacher> <#Lectures> <MinWorkingDays> <#Students>")
            return Course(
                id: f[0], teacher: f[1], lectures: try reader.int(f[2], min: 1),
                minWorkingDays: try reader.int(f[3], min: 0), students: try reader.int(f[4], min: 0))
        }
        try reader.section("ROOMS:")
        rooms = try (0..<roomCount).map { _ throws(CTTError) in
            let f = try reader.fields(2, "<RoomID> <Capacity>")
            return Room(id: f[0], capacity: try reader.int(f[1], min: 1))
        }
        try reader.section("CURRICULA:")
        curricula = try (0..<curriculumCount).map { _ throws(CTTError) in
            let f = try reader.fields(nil, "<CurriculumID> <#Courses> <CourseID> ...")
            let n = try reader.int(f[1], min: 0)
            guard f.count == n + 2 else {
                throw reader.error("curriculum \(f[0]) announces \(n) courses but lists \(f.count - 2)")
            }
            return Curriculum(id: f[0], courses: Array(f[2...]))
        }
        try reader.section("UNAVAILABILITY_CONSTRAINTS:")
        let d = days, p = periodsPerDay
        unavailability = try (0..<constraintCount).map { _ throws(CTTError) in
            let f = try reader.fields(3, "<CourseID> <Day> <Day_Period>")
            return Unavailability(
                course: f[0], day: try reader.int(f[1], min: 0, max: d - 1),
                period: try reader.int(f[2], min: 0, max: p - 1))
        }
        try reader.section("END.")
        try checkReferences(file: file)
    }

    private func checkReferences(file: String) throws(CTTError) {
        let courseIDs = Set(courses.map(\.id))
        for c in curricula {
            for id in c.courses where !courseIDs.contains(id) {
                throw CTTError(file: file, line: 0, message: "curriculum \(c.id) lists unknown course \(id)")
            }
        }
        for u in unavailability where !courseIDs.contains(u.course) {
            throw CTTError(file: file, line: 0, message: "unavailability names unknown course \(u.course)")
        }
        if courseIDs.count != courses.count {
            throw CTTError(file: file, line: 0, message: "a course id appears twice")
        }
    }
}

/// Reads a `.ctt` file line by line, skipping blank lines, with errors that name the line.
struct LineReader {
    private let lines: [Substring]
    private let file: String
    private var index = 0

    init(text: String, file: String) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.file = file
    }

    func error(_ message: String) -> CTTError {
        CTTError(file: file, line: min(index, lines.count), message: message)
    }

    private mutating func next() throws(CTTError) -> [String] {
        while index < lines.count {
            index += 1
            let fields = lines[index - 1].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if !fields.isEmpty { return fields.map(String.init) }
        }
        let lastLine = lines.last?.isEmpty == true ? lines.count - 1 : lines.count
        throw CTTError(file: file, line: lastLine, message: "the file ends early; is it a complete .ctt instance?")
    }

    mutating func header(_ key: String) throws(CTTError) -> String {
        let f = try next()
        guard f.first == key + ":", f.count >= 2 else { throw error("expected '\(key): <value>'") }
        return f[1...].joined(separator: " ")
    }

    mutating func headerInt(_ key: String) throws(CTTError) -> Int {
        let value = try header(key)
        return try int(value, min: 0)
    }

    mutating func section(_ title: String) throws(CTTError) {
        let f = try next()
        guard f == [title] else { throw error("expected '\(title)' but found '\(f.joined(separator: " "))'") }
    }

    mutating func fields(_ count: Int?, _ shape: String) throws(CTTError) -> [String] {
        let f = try next()
        guard count.map({ f.count == $0 }) ?? (f.count >= 2) else {
            throw error("expected '\(shape)' but found '\(f.joined(separator: " "))'")
        }
        return f
    }

    func int(_ text: String, min: Int, max: Int = 1_000_000) throws(CTTError) -> Int {
        guard let n = Int(text), n >= min, n <= max else {
            throw error("expected a whole number from \(min) to \(max), found '\(text)'")
        }
        return n
    }
}
