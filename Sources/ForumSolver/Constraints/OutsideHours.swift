import ForumModel

/// outside-hours: an occurrence takes place on a forum day, within the daily hours, clear of
/// breaks and of its session's `unavailable` times.
///
/// Penalty: minutes of the occurrence outside the days or hours, in a break or in an unavailable
/// time (each minute once). An occurrence with no time at all counts its whole duration.
enum OutsideHours: CatalogueRule {
    static let id = ConstraintID.outsideHours

    /// Minutes of `date` closed to `session` within the hours: breaks and its unavailable times.
    static func forbidden(_ session: Session, on date: LocalDate, breaks: MinuteRanges) -> MinuteRanges {
        breaks.union(MinuteRanges(windows: session.unavailable, on: date))
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for pl in v.placements {
            let session = v.session(pl)
            var minutes = pl.minutes
            var reasons: [String]? = nil
            if let d = pl.day {
                let hoursFrom = max(pl.start, p.grid.dayStart), hoursTo = min(pl.end, p.grid.dayEnd)
                let inside = max(0, hoursTo - hoursFrom)
                let closed = inside > 0 ? forbidden(session, on: pl.date, breaks: p.grid.breaks[d]).covered(hoursFrom, hoursTo) : 0
                minutes = pl.minutes - inside + closed
                var parts: [String] = []
                if inside < pl.minutes {
                    parts.append("\(pl.minutes - inside) outside the hours \(Explain.span(p.grid.dayStart, p.grid.dayEnd))")
                }
                if closed > 0 { parts.append("\(closed) in a break or a time it is unavailable") }
                reasons = parts
            }
            guard minutes > 0 else { continue }
            let total = minutes
            out.append(
                Finding(
                    units: minutes,
                    message: reasons.map {
                        "\(Explain.place(v, pl)) on \(pl.date) runs \(Explain.minutes(total)) outside its allowed time: " + $0.joined(separator: ", ")
                    } ?? "\(Explain.place(v, pl)) is on \(pl.date), which is not a forum day",
                    sessions: [Explain.id(p, pl.occurrence)], date: pl.date, start: pl.start, end: pl.end))
        }
        for o in v.missing {
            let minutes = Int(p.sesMinutes[Int(p.occSession[o])])
            out.append(
                Finding(
                    units: minutes, message: "\(Explain.label(p, o)) is not scheduled (\(Explain.minutes(minutes)))",
                    sessions: [Explain.id(p, o)]))
        }
        return out
    }
}
