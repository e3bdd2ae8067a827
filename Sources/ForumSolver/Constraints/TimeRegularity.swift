import ForumModel

/// time-regularity: the meetings of a repeated session (each section separately) start at the same
/// time of day, and a series that meets over several weeks keeps its weekdays ("Tuesdays and
/// Thursdays at 15:00"), so participants can plan around it.
///
/// Penalty, per series: the grid steps between each meeting's start and the series' usual start
/// (the median start, which makes the total smallest), plus `weekdayUnits` per weekday used beyond
/// the most meetings that fall in one week (Monday to Sunday).
enum TimeRegularity: CatalogueRule {
    static let id = ConstraintID.timeRegularity
    /// Penalty units of one weekday too many: as much as starting four grid steps off.
    static let weekdayUnits = 4

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        let grid = p.grid.gridMinutes
        var out: [Finding] = []
        for (sr, list) in v.bySeries().enumerated() where p.seriesRepeats[sr] && list.count > 1 {
            let first = v.placements[list[0]].occurrence
            let ids = list.map { Explain.id(p, v.placements[$0].occurrence) }
            let starts = list.map { v.placements[$0].start }.sorted()
            let steps = spread(starts) / grid
            if steps > 0 {
                let usual = starts[(starts.count - 1) / 2]
                var times: [(start: Int, count: Int)] = []
                for s in starts { if times.last?.start == s { times[times.count - 1].count += 1 } else { times.append((s, 1)) } }
                let listed = times.sorted { $0.count != $1.count ? $0.count > $1.count : $0.start < $1.start }
                    .map { "\(Explain.time($0.start)) ×\($0.count)" }
                out.append(
                    Finding(
                        units: steps,
                        message:
                            "\(v.seriesLabel(first)) starts at \(times.count) different times across its \(list.count) meetings (\(listed.joined(separator: ", "))): \(Explain.count(steps, "grid step")) of \(grid) minutes off its usual \(Explain.time(usual))",
                        sessions: ids))
            }
            let days = list.map { v.placements[$0].date.daysSinceEpoch }
            let weekdays = Set(days.map(weekday)).sorted()
            let busiestWeek = Dictionary(grouping: days, by: week).values.map(\.count).max() ?? 0
            let extra = weekdays.count - busiestWeek
            if extra > 0 {
                let names = weekdays.map { Weekday.allCases[$0].name }
                out.append(
                    Finding(
                        units: extra * weekdayUnits,
                        message:
                            "\(v.seriesLabel(first)) meets on \(weekdays.count) different weekdays (\(names.joined(separator: ", "))) though at most \(busiestWeek) of its meetings fall in one week: \(Explain.count(extra, "weekday")) more than a regular rhythm needs",
                        sessions: ids))
            }
        }
        return out
    }

    /// The sum of distances of sorted `values` to their median.
    static func spread(_ sorted: [Int]) -> Int {
        (0..<sorted.count / 2).reduce(0) { $0 + sorted[sorted.count - 1 - $1] - sorted[$1] }
    }

    /// 0 for Monday ... 6 for Sunday.
    static func weekday(_ epochDay: Int) -> Int { LocalDate(daysSinceEpoch: epochDay).weekdayIndex }

    /// The Monday-to-Sunday week an epoch day falls in.
    static func week(_ epochDay: Int) -> Int { (epochDay + 3 - weekday(epochDay)) / 7 }
}

extension TimeRegularity {
    /// The incremental part: per series, a histogram of its placed meetings' start slots within the
    /// day, and its meetings per weekday and per week.
    ///
    /// Every function returns or works with penalty units; the search state charges them.
    struct Tally {
        /// Whether any series is counted.
        let isActive: Bool
        let weights: LevelWeights
        private let counted: UnsafeMutablePointer<Bool>
        private let perDay: Int, weeks: Int, levels: Int
        /// Weekday (0 Monday) and week (0 the forum's first) of each forum day.
        private let dayWeekday: P32, dayWeek: P32
        /// Placed meetings per (series, slot of day), (series, weekday), (series, week).
        private let startCount: P32, weekdayCount: P32, weekCount: P32
        /// Placed meetings and distinct weekdays per series.
        private let placed: P32, weekdaysUsed: P32
        /// Per series, the most meetings in one week, and per (series, n ≥ 1) the weeks with n meetings.
        private let busiest: P32, weeksWith: P32
        /// Current units per series: grid steps off the median start, and weekday units.
        private let steps: P32, weekdayPenalty: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(TimeRegularity.id)
            isActive = weights.isActive && p.seriesRepeats.contains(true)
            counted = arena.copy(p.seriesRepeats)
            perDay = max(1, p.grid.slotsPerDay)
            let firstWeek = p.grid.epochDays.first.map(TimeRegularity.week) ?? 0
            dayWeekday = arena.copy(p.grid.epochDays.map { Int32(TimeRegularity.weekday($0)) })
            dayWeek = arena.copy(p.grid.epochDays.map { Int32(TimeRegularity.week($0) - firstWeek) })
            weeks = (p.grid.epochDays.last.map(TimeRegularity.week) ?? firstWeek) - firstWeek + 1
            let series = isActive ? p.seriesCount : 0
            startCount = arena.make(series * perDay, 0)
            weekdayCount = arena.make(series * 7, 0)
            weekCount = arena.make(series * weeks, 0)
            placed = arena.make(series, 0)
            weekdaysUsed = arena.make(series, 0)
            levels = 1 + (p.plan.sessions.map { $0.repeats?.count ?? 1 }.max() ?? 1)
            busiest = arena.make(series, 0)
            weeksWith = arena.make(series * levels, 0)
            steps = arena.make(series, 0)
            weekdayPenalty = arena.make(series, 0)
        }

        /// Whether series `sr` is counted.
        @inline(__always) func counts(_ sr: Int) -> Bool { isActive && counted[sr] }

        /// Counts a meeting of series `sr` starting at absolute slot `t`; returns the change in units.
        @inline(__always) func add(_ sr: Int, _ t: Int) -> Int { change(sr, t, 1) }

        /// The inverse of `add`.
        @inline(__always) func remove(_ sr: Int, _ t: Int) -> Int { change(sr, t, -1) }

        /// The change in units if a meeting of series `sr` moved from slot `t0` to slot `t`, changing nothing.
        @inline(__always) func peekMove(_ sr: Int, from t0: Int, to t: Int) -> Int {
            var delta = 0
            let d0 = t0 / perDay, d = t / perDay
            if t0 - d0 * perDay != t - d * perDay {
                delta += stepsOff(sr, minus: t0 - d0 * perDay, plus: t - d * perDay) - Int(steps[sr])
            }
            if d0 != d {
                delta += weekdayUnits(sr, minusDay: d0, plusDay: d) - Int(weekdayPenalty[sr])
            }
            return delta
        }

        @inline(__always) private func change(_ sr: Int, _ t: Int, _ sign: Int32) -> Int {
            let d = t / perDay
            startCount[sr * perDay + t - d * perDay] += sign
            placed[sr] += sign
            let wd = sr * 7 + Int(dayWeekday[d])
            weekdayCount[wd] += sign
            if weekdayCount[wd] == (sign > 0 ? 1 : 0) { weekdaysUsed[sr] += sign }
            let w = sr * weeks + Int(dayWeek[d])
            let old = Int(weekCount[w]), new = old + Int(sign)
            weekCount[w] = Int32(new)
            if old > 0 { weeksWith[sr * levels + old] -= 1 }
            if new > 0 { weeksWith[sr * levels + new] += 1 }
            if new > Int(busiest[sr]) { busiest[sr] = Int32(new) }
            if old == Int(busiest[sr]) && weeksWith[sr * levels + old] == 0 { busiest[sr] = Int32(new) }
            let newSteps = stepsOff(sr, minus: -1, plus: -1), newWeekdays = weekdayUnits(sr, minusDay: -1, plusDay: -1)
            let delta = newSteps - Int(steps[sr]) + newWeekdays - Int(weekdayPenalty[sr])
            steps[sr] = Int32(newSteps)
            weekdayPenalty[sr] = Int32(newWeekdays)
            return delta
        }

        /// Grid steps off the median start of series `sr`, with one meeting at slot of day `minus`
        /// taken out and one at `plus` put in (-1: none).
        @inline(__always) private func stepsOff(_ sr: Int, minus: Int, plus: Int) -> Int {
            let n = Int(placed[sr]) - (minus >= 0 ? 1 : 0) + (plus >= 0 ? 1 : 0)
            let half = n / 2
            guard half > 0 else { return 0 }
            let b = sr * perDay
            @inline(__always) func at(_ k: Int) -> Int {
                Int(startCount[b + k]) - (k == minus ? 1 : 0) + (k == plus ? 1 : 0)
            }
            var low = 0, need = half, k = 0
            while need > 0 {
                let take = min(need, at(k))
                low += take * k
                need -= take
                k += 1
            }
            var high = 0
            need = half
            k = perDay - 1
            while need > 0 {
                let take = min(need, at(k))
                high += take * k
                need -= take
                k -= 1
            }
            return high - low
        }

        /// Weekday units of series `sr` with one meeting on day `minusDay` taken out and one on
        /// `plusDay` put in (-1: none).
        @inline(__always) private func weekdayUnits(_ sr: Int, minusDay: Int, plusDay: Int) -> Int {
            var used = Int(weekdaysUsed[sr])
            let w0 = minusDay >= 0 ? Int(dayWeekday[minusDay]) : -1, w1 = plusDay >= 0 ? Int(dayWeekday[plusDay]) : -1
            if w0 != w1 {
                if w0 >= 0 && weekdayCount[sr * 7 + w0] == 1 { used -= 1 }
                if w1 >= 0 && weekdayCount[sr * 7 + w1] == 0 { used += 1 }
            }
            guard used > 1 else { return 0 }
            let k0 = minusDay >= 0 ? Int(dayWeek[minusDay]) : -1, k1 = plusDay >= 0 ? Int(dayWeek[plusDay]) : -1
            var most = Int(busiest[sr])
            if k0 != k1 {
                // Taking one from the only week at the top lowers the top by one; adding one may raise it.
                if k0 >= 0 && Int(weekCount[sr * weeks + k0]) == most && weeksWith[sr * levels + most] == 1 { most -= 1 }
                if k1 >= 0 { most = max(most, Int(weekCount[sr * weeks + k1]) + 1) }
            }
            return max(0, used - most) * TimeRegularity.weekdayUnits
        }
    }
}
