/// The words of schedule changes: one sentence per change, notices to trainers and groups, and
/// trainer hand-overs in courses. Arguments come worded already (titles quoted, dates formatted).
public struct DiffWords: Sendable {
    /// A session title in quotes: `'Title'`, `«Title»`.
    public let quoted: @Sendable (_ title: String) -> String
    /// `Cancelled: 'T', which was on W, P.` (title, when, place).
    public let cancelled: @Sendable (_ title: String, _ when: String, _ place: String) -> String
    /// `Added: 'T' on W, P, run by N.` (title, when, place, trainers or nil).
    public let added: @Sendable (_ title: String, _ when: String, _ place: String, _ trainers: String?) -> String
    /// `New trainers: 'T' on W is now run by N instead of M.`
    public let restaffed: @Sendable (_ title: String, _ when: String, _ now: String, _ before: String) -> String
    /// `Moved: 'T' from W, P to W2, P2` (title, old when and place, new when and place).
    public let moved: @Sendable (_ title: String, _ old: String, _ new: String) -> String
    /// `Moved: 'T' from W, P to P2 (same time, W2)`: only the room changed.
    public let movedRoom: @Sendable (_ title: String, _ old: String, _ newPlace: String, _ when: String) -> String
    /// `; now run by N` appended to a move that also changed the trainers.
    public let nowRunBy: @Sendable (_ trainers: String) -> String
    /// What `diff` prints when the two schedules agree.
    public let noChanges: String
    /// Where a session has no room yet.
    public let noRoom: String
    /// Instead of trainers' names where there are none.
    public let nobody: String
    /// A notice: greeting line and intro (reader, forum title), and its closing line.
    public let noticeOpening: @Sendable (_ reader: String, _ forum: String) -> String
    public let noticeClosing: String
    /// Occurrence parts of a title: `meeting 3`, `section 2`.
    public let meeting: @Sendable (_ run: Int) -> String
    public let section: @Sendable (_ number: Int) -> String
    /// `meetings 4–8`, `meetings 4, 6`: several meetings of a course (the numbers already joined).
    public let meetings: @Sendable (_ numbers: String) -> String
    /// A course in a hand-over: `'T' section 2` (quoted title, section).
    public let course: @Sendable (_ quotedTitle: String, _ section: Int?) -> String
    /// `N takes over C from M for the rest of the course (meetings 4–8).` (new, course, old or nil, meetings).
    public let takesOver: @Sendable (_ new: String, _ course: String, _ old: String?, _ meetings: String) -> String
    /// `N covers for M at C meeting 4 only; the course keeps its trainer otherwise.`
    public let covers: @Sendable (_ new: String, _ course: String, _ old: String?, _ meetings: String) -> String
}
