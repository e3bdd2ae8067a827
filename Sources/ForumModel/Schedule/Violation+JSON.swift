import Foundation

/// Violations encode with the same keys wherever the CLI prints them (`solve`, `check`, `report`):
/// `constraint`, `level`, `penalty`, `message`, `sessions`, `trainers`, `rooms`, `groups`, `date`
/// (`YYYY-MM-DD`), and `start`, `end` (ISO 8601 date-times with the forum's UTC offset that day,
/// e.g. `2019-08-21T10:00:00+06:00`); `date`, `start` and `end` are null when not about one time.
///
/// The forum's time zone comes from the encoder's `userInfo[Violation.timeZoneKey]` (UTC without it).
extension Violation: Encodable {
    /// The `userInfo` key under which encoders pass the forum's `TimeZone`.
    public static let timeZoneKey = CodingUserInfoKey(rawValue: "forumTimeZone")!

    private enum CodingKeys: String, CodingKey {
        case constraint, level, penalty, message, sessions, trainers, rooms, groups, date, start, end
    }

    public func encode(to encoder: any Encoder) throws {
        let zone = encoder.userInfo[Self.timeZoneKey] as? TimeZone ?? TimeZone(secondsFromGMT: 0)!
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
        try c.encode(Self.iso(date, start, zone), forKey: .start)
        try c.encode(Self.iso(date, end, zone), forKey: .end)
    }

    /// `2019-08-21T10:00:00+06:00` (the zone's offset that day), nil without a date or a time.
    static func iso(_ date: LocalDate?, _ time: TimeOfDay?, _ zone: TimeZone) -> String? {
        guard let date, let time else { return nil }
        let day = date.adding(days: time.minutes / 1440)
        let hour = (time.minutes % 1440) / 60, minute = time.minutes % 60
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        let offset = calendar.date(from: components).map { zone.secondsFromGMT(for: $0) } ?? 0
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let sign = offset < 0 ? "-" : "+"
        return "\(day)T\(two(hour)):\(two(minute)):00\(sign)\(two(abs(offset) / 3600)):\(two(abs(offset) % 3600 / 60))"
    }
}

/// Scores encode as `{"hard", "medium", "soft"}`.
extension Score: Encodable {
    private enum CodingKeys: String, CodingKey { case hard, medium, soft }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(hard, forKey: .hard)
        try c.encode(medium, forKey: .medium)
        try c.encode(soft, forKey: .soft)
    }
}
