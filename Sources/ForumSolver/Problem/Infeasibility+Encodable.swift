import ForumModel

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
