/// The words of `forumplan agenda` (text format).
public struct AgendaWords: Sendable {
    /// Whose agenda: the heading's first word.
    public let trainer: String
    public let group: String
    public let room: String
    /// `Times are in Asia/Almaty.`
    public let timesIn: @Sendable (_ timeZone: String) -> String
    public let nothingScheduled: String
    /// Column heads.
    public let time: String
    public let session: String
    public let roomColumn: String
    public let venue: String
    public let trainers: String
    /// The trainers column of a trainer's own agenda (the others who teach with them).
    public let coTrainers: String
    public let groups: String
    public let size: String
}
