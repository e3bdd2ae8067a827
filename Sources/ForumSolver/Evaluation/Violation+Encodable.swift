import ForumModel

/// Violations encode with stable snake_case keys: `constraint`, `level`, `penalty`, `message`,
/// `sessions`, `trainers`, `rooms`, `groups`, and `date` (`YYYY-MM-DD`), `start`, `end` (`HH:MM`)
/// which are null when not about one time.
extension Violation: Encodable {
    private enum CodingKeys: String, CodingKey {
        case constraint, level, penalty, message, sessions, trainers, rooms, groups, date, start, end
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(constraint.rawValue, forKey: .constraint)
        try c.encode(level.rawValue, forKey: .level)
        try c.encode(penalty, forKey: .penalty)
        try c.encode(message, forKey: .message)
        try c.encode(sessions, forKey: .sessions)
        try c.encode(trainers, forKey: .trainers)
        try c.encode(rooms, forKey: .rooms)
        try c.encode(groups, forKey: .groups)
        try c.encode(date?.description, forKey: .date)
        try c.encode(start?.description, forKey: .start)
        try c.encode(end?.description, forKey: .end)
    }
}

/// Infeasibilities encode as `constraint`, `message`, `sessions`.
extension Infeasibility: Encodable {
    private enum CodingKeys: String, CodingKey { case constraint, message, sessions }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(constraint.rawValue, forKey: .constraint)
        try c.encode(message, forKey: .message)
        try c.encode(sessions, forKey: .sessions)
    }
}
