import ForumModel

/// An ITC-2007 track 3 (curriculum-based course timetabling) instance, as read from a `.ctt` file.
public struct CTTInstance: Hashable, Sendable {
    /// A course: `lectures` lectures taught by `teacher`, spread over at least `minWorkingDays` days.
    public struct Course: Hashable, Sendable {
        public var id: String
        public var teacher: String
        public var lectures: Int
        public var minWorkingDays: Int
        public var students: Int
    }

    /// A room and its number of seats.
    public struct Room: Hashable, Sendable {
        public var id: String
        public var capacity: Int
    }

    /// A curriculum: courses whose lectures must not overlap.
    public struct Curriculum: Hashable, Sendable {
        public var id: String
        public var courses: [String]
    }

    /// A period in which a course may not be taught.
    public struct Unavailability: Hashable, Sendable {
        public var course: String
        public var day: Int
        public var period: Int
    }

    public var name: String
    public var days: Int
    public var periodsPerDay: Int
    public var courses: [Course]
    public var rooms: [Room]
    public var curricula: [Curriculum]
    public var unavailability: [Unavailability]
}
