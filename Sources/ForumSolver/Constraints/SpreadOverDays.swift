import ForumModel

/// spread-over-days: the meetings of a repeated session (each section separately) take place on
/// at least `repeats.min_days` different days.
///
/// Penalty: days short of `min_days`, per series with at least one placed meeting.
enum SpreadOverDays: CatalogueRule {
    static let id = ConstraintID.spreadOverDays

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for (s, list) in v.bySeries().enumerated() where p.seriesMinDays[s] > 0 && !list.isEmpty {
            let dates = Array(Set(list.map { v.placements[$0].date })).sorted()
            let short = Int(p.seriesMinDays[s]) - dates.count
            guard short > 0 else { continue }
            out.append(
                Finding(
                    units: short,
                    message:
                        "\(v.seriesLabel(v.placements[list[0]].occurrence)) meets on \(Explain.count(dates.count, "day")) (\(dates.map(\.description).joined(separator: ", "))) but should spread over at least \(p.seriesMinDays[s]): \(Explain.count(short, "day")) short",
                    sessions: list.map { Explain.id(p, v.placements[$0].occurrence) }))
        }
        return out
    }
}

extension SpreadOverDays {
    /// The incremental part: per series with `min_days` above 1, its placed meetings per day and
    /// the days it meets on. Functions return the change in penalty units.
    struct Tally {
        /// Whether any series is counted.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int, series: Int
        private let minDays: P32
        /// Placed meetings per (series, day), and days with at least one per series.
        private let meetingsOnDay: P32, daysUsed: P32
        /// Days short of the minimum, summed over the series (one cell).
        private let shortDays: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(SpreadOverDays.id)
            isActive = weights.isActive && p.seriesMinDays.contains { $0 > 1 }
            days = p.grid.dayCount
            series = p.seriesCount
            minDays = arena.copy(p.seriesMinDays)
            meetingsOnDay = arena.make(isActive ? p.seriesCount * days : 0, 0)
            daysUsed = arena.make(p.seriesCount, 0)
            shortDays = arena.make(1, 0)
        }

        /// Days short of the minimum over all counted series: the penalty units, kept running.
        @inline(__always) var shortDayCount: Int { Int(shortDays[0]) }

        /// Days short of the minimum over all counted series, counted afresh (for the invariant check).
        func shortDaysRecounted() -> Int {
            (0..<series).reduce(0) { $0 + (counts($1) ? units($1) : 0) }
        }

        /// Whether series `sr` is counted.
        @inline(__always) func counts(_ sr: Int) -> Bool { isActive && minDays[sr] > 1 }

        /// Counts a meeting of series `sr` on day `d`.
        @inline(__always) func add(_ sr: Int, _ d: Int) -> Int { count(sr, d, by: 1) }

        /// The inverse of `add`.
        @inline(__always) func remove(_ sr: Int, _ d: Int) -> Int { count(sr, d, by: -1) }

        /// Changes series `sr`'s meetings on day `d` by `step` (±1), keeping the days used and the
        /// running days short; returns the change in penalty units.
        @inline(__always) private func count(_ sr: Int, _ d: Int, by step: Int32) -> Int {
            let before = units(sr), cell = sr * days + d
            let wasUsed = meetingsOnDay[cell] > 0
            meetingsOnDay[cell] += step
            if wasUsed != (meetingsOnDay[cell] > 0) { daysUsed[sr] += step }
            let change = units(sr) - before
            shortDays[0] += Int32(change)
            return change
        }

        /// The change if a meeting of series `sr` moved from day `d0` to day `d`, changing nothing.
        @inline(__always) func peekMove(_ sr: Int, from d0: Int, to d: Int) -> Int {
            guard d != d0 else { return 0 }
            let after = Int(daysUsed[sr]) - (meetingsOnDay[sr * days + d0] == 1 ? 1 : 0) + (meetingsOnDay[sr * days + d] == 0 ? 1 : 0)
            return units(sr, daysUsed: after) - units(sr)
        }

        /// Whether a meeting of series `sr` moved from day `d` to a day the series lacks would gain a
        /// day: the series counts, meets on fewer days than its minimum and more than once on `d`.
        @inline(__always) func gainsDay(_ sr: Int, leaving d: Int) -> Bool {
            counts(sr) && Int(daysUsed[sr]) < Int(minDays[sr]) && meetingsOnDay[sr * days + d] > 1
        }

        /// Placed meetings of counted series `sr` on day `d`.
        @inline(__always) func meetings(_ sr: Int, onDay d: Int) -> Int { Int(meetingsOnDay[sr * days + d]) }

        /// Days short of `min_days` for series `sr` (nothing while none of its meetings is placed).
        @inline(__always) private func units(_ sr: Int) -> Int { units(sr, daysUsed: Int(daysUsed[sr])) }

        /// Days short of `min_days` for series `sr` if it met on `used` days (nothing on none).
        @inline(__always) private func units(_ sr: Int, daysUsed used: Int) -> Int {
            used == 0 ? 0 : max(0, Int(minDays[sr]) - used)
        }
    }
}
