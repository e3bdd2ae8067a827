extension Diagnostic: Encodable {
    private enum CodingKeys: String, CodingKey {
        case severity, file, line, column, message, hint
    }

    /// `{severity, file, line, column, message, hint}`; absent parts are `null`, so every key is always there.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity.rawValue, forKey: .severity)
        try container.encode(location?.file, forKey: .file)
        try container.encode(location?.line, forKey: .line)
        try container.encode(location?.column, forKey: .column)
        try container.encode(message, forKey: .message)
        try container.encode(hint, forKey: .hint)
    }
}
