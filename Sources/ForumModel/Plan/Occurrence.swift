/// Identifies one occurrence of a session independently of when or where it is placed.
///
/// `run` and `section` are 1-based and nil when the session has no repeats or no sections, so a
/// plain session's id is just its session id. Ids never depend on times or on search order.
public struct OccurrenceID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var session: String
    public var run: Int?
    public var section: Int?

    public init(session: String, run: Int? = nil, section: Int? = nil) {
        self.session = session
        self.run = run
        self.section = section
    }

    /// `plenary`, `course#3`, `leaders-section#2.4` (run 2, section 4) or `split.4` (section only).
    public var description: String {
        var s = session
        if let run { s += "#\(run)" }
        if let section { s += (run == nil ? "." : ".") + "\(section)" }
        return s
    }

    public static func < (a: OccurrenceID, b: OccurrenceID) -> Bool {
        (a.session, a.run ?? 0, a.section ?? 0) < (b.session, b.run ?? 0, b.section ?? 0)
    }
}

/// One placeable piece of a session: a run of a course, a section of a split plenary.
public struct Occurrence: Hashable, Sendable {
    public var id: OccurrenceID
    /// Index of the session in `Plan.sessions`.
    public var sessionIndex: Int
    /// People expected in this occurrence (its share when the session is split into sections).
    public var size: Int
    /// How many sections the session is split into (1 when it is not).
    public var sectionCount: Int
}

extension Plan {
    /// People a session expects in total: its `attendance`, else the sum of its groups' sizes.
    public func attendance(of session: Session) -> Int {
        if let attendance = session.attendance { return attendance }
        return session.groups.reduce(0) { total, id in total + (groups.first { $0.id == id }?.size ?? 0) }
    }

    /// Number of parallel sections a session splits into.
    public func sectionCount(of session: Session) -> Int {
        switch session.sections {
        case nil: return 1
        case .count(let n)?: return max(1, n)
        case .maxSize(let m)?:
            let total = attendance(of: session)
            return max(1, (total + max(1, m) - 1) / max(1, m))
        }
    }

    /// Every occurrence of every session, in plan order (runs, then sections).
    ///
    /// Sizes of sections differ by at most one person; the first sections take the remainder.
    public func occurrences() -> [Occurrence] {
        var result: [Occurrence] = []
        for (index, session) in sessions.enumerated() {
            let runs = session.repeats?.count ?? 1
            let sectionCount = sectionCount(of: session)
            let total = attendance(of: session)
            for run in 1...max(1, runs) {
                for section in 1...sectionCount {
                    let base = total / sectionCount
                    let size = base + (section <= total % sectionCount ? 1 : 0)
                    let id = OccurrenceID(
                        session: session.id,
                        run: session.repeats == nil ? nil : run,
                        section: session.sections == nil ? nil : section)
                    result.append(Occurrence(id: id, sessionIndex: index, size: size, sectionCount: sectionCount))
                }
            }
        }
        return result
    }
}
