import ForumModel
import ForumText

/// A course's trainer replaced by another between two schedules: either for the rest of the
/// course (the new trainer leads every later meeting) or as a cover for some meetings only.
public struct TrainerHandover: Sendable, Equatable {
    public var session: String
    /// The section, for a split course (its participants keep meeting as one section).
    public var section: Int?
    /// Trainers who no longer lead the changed meetings, and those who now do.
    public var from: [String]
    public var to: [String]
    /// Runs of the changed meetings, ascending.
    public var runs: [Int]
    /// Whether the new trainers lead every meeting of the course from the first changed one on.
    public var restOfCourse: Bool

    /// The hand-overs in the re-staffed (or moved and re-staffed) meetings of repeated sessions.
    static func find(changes: [ScheduleChange], new: Schedule) -> [TrainerHandover] {
        var found: [TrainerHandover] = []
        for change in changes where change.trainersChanged {
            guard let o = change.old, let n = change.new, let run = n.id.run else { continue }
            let from = o.trainers.filter { !n.trainers.contains($0) }, to = n.trainers.filter { !o.trainers.contains($0) }
            guard !from.isEmpty || !to.isEmpty else { continue }
            if let k = found.firstIndex(where: { $0.session == n.id.session && $0.section == n.id.section && $0.from == from && $0.to == to }) {
                found[k].runs.append(run)
            } else {
                found.append(TrainerHandover(session: n.id.session, section: n.id.section, from: from, to: to, runs: [run], restOfCourse: false))
            }
        }
        for k in found.indices {
            found[k].runs.sort()
            let h = found[k]
            let later = new.assignments.filter { $0.id.session == h.session && $0.id.section == h.section && ($0.id.run ?? 0) >= h.runs[0] }
            found[k].restOfCourse =
                h.runs.count > 1
                && later.allSatisfy { a in h.to.allSatisfy(a.trainers.contains) && !h.from.contains(where: a.trainers.contains) }
        }
        return found.sorted { ($0.session, $0.section ?? 0, $0.runs[0]) < ($1.session, $1.section ?? 0, $1.runs[0]) }
    }
}

extension ScheduleDiff {
    /// The hand-over in `language`: "Nurlanova takes over 'Assessment course' from Abisheva for the rest of
    /// the course (meetings 4–8)." or "Nurlanova covers for Abisheva at 'Assessment course' meeting 4 only;
    /// the course keeps its trainer otherwise."
    public func sentence(for h: TrainerHandover, language: Language) -> String {
        let words = Catalogue.of(language), w = words.diff
        let base = plan.sessions.first { $0.id == h.session }?.title ?? h.session
        let course = w.course(w.quoted(base), h.section)
        let meetings =
            h.runs.count == 1
            ? w.meeting(h.runs[0])
            : h.restOfCourse && h.runs == Array(h.runs[0]...h.runs.last!)
                ? w.meetings("\(h.runs[0])–\(h.runs.last!)")
                : w.meetings(words.list(h.runs.map(String.init)))
        let from = h.from.isEmpty ? nil : names(h.from, words)
        return h.restOfCourse ? w.takesOver(names(h.to, words), course, from, meetings) : w.covers(names(h.to, words), course, from, meetings)
    }
}
