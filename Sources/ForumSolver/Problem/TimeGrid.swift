import ForumModel

/// The forum's time as the solver sees it: days × slots of `gridMinutes` from the daily start.
///
/// Absolute slot `t = day * slotsPerDay + slot`; a boundary is the instant between two slots,
/// numbered `day * (slotsPerDay + 1) + b` for `b` in `0 ... slotsPerDay`.
struct TimeGrid: Sendable {
    /// The forum's days, in order.
    let dates: [LocalDate]
    /// Minutes per slot.
    let gridMinutes: Int
    /// Minute of day of the first slot.
    let dayStart: Int
    /// Minute of day after which nothing may run.
    let dayEnd: Int
    /// Slots in one day.
    let slotsPerDay: Int
    /// Break minutes per day index (merged windows).
    let breaks: [MinuteRanges]
    /// Break minutes inside each absolute slot.
    let slotBreakMinutes: [Int32]
    /// For each absolute boundary, the absolute boundary that starts the run of all-break slots ending there.
    let boundaryKey: [Int32]
    /// Days since 1970-01-01 for each day index.
    let epochDays: [Int]
    private let dayIndexByEpochDay: [Int: Int]

    init(forum: Forum) {
        dates = forum.days
        gridMinutes = max(1, forum.gridMinutes)
        dayStart = forum.dayStart.minutes
        dayEnd = max(forum.dayStart.minutes, forum.dayEnd.minutes)
        slotsPerDay = (dayEnd - dayStart) / gridMinutes
        breaks = forum.days.map { MinuteRanges(windows: forum.breaks, on: $0) }
        epochDays = forum.days.map(\.daysSinceEpoch)
        var index: [Int: Int] = [:]
        for (i, e) in epochDays.enumerated() where index[e] == nil { index[e] = i }
        dayIndexByEpochDay = index

        let spd = slotsPerDay, grid = gridMinutes, start = dayStart
        var slotBreaks = [Int32](repeating: 0, count: forum.days.count * spd)
        var keys = [Int32](repeating: 0, count: forum.days.count * (spd + 1))
        for d in 0..<forum.days.count {
            for k in 0..<spd {
                let m = start + k * grid
                slotBreaks[d * spd + k] = Int32(breaks[d].covered(m, m + grid))
            }
            for b in 0...spd {
                var key = b
                while key > 0 && Int(slotBreaks[d * spd + key - 1]) == grid { key -= 1 }
                keys[d * (spd + 1) + b] = Int32(d * (spd + 1) + key)
            }
        }
        slotBreakMinutes = slotBreaks
        boundaryKey = keys
    }

    /// Number of forum days.
    var dayCount: Int { dates.count }
    /// Number of absolute slots.
    var slotCount: Int { dates.count * slotsPerDay }
    /// Number of absolute boundaries.
    var boundaryCount: Int { dates.count * (slotsPerDay + 1) }

    /// Day index of an absolute slot.
    @inline(__always) func day(ofSlot t: Int) -> Int { t / slotsPerDay }
    /// Minute of day at which absolute slot `t` starts.
    @inline(__always) func minuteOfDay(slot t: Int) -> Int { dayStart + (t % slotsPerDay) * gridMinutes }
    /// Absolute boundary at the start of absolute slot `t`.
    @inline(__always) func boundary(atStartOf t: Int) -> Int { t + t / slotsPerDay }

    /// Index of `date` among the forum days, or nil.
    func dayIndex(of date: LocalDate) -> Int? { dayIndexByEpochDay[date.daysSinceEpoch] }

    /// The absolute slot starting at `minute` on day `day`, when it lies on the grid.
    func slot(day: Int, minute: Int) -> Int? {
        let offset = minute - dayStart
        guard offset >= 0, offset % gridMinutes == 0, offset / gridMinutes < slotsPerDay else { return nil }
        return day * slotsPerDay + offset / gridMinutes
    }

    /// A minute-level key: equal for two instants of one day exactly when only break time lies between them.
    func touchKey(day: Int, minute: Int) -> Int { breaks[day].runStart(endingAt: minute) }
}
