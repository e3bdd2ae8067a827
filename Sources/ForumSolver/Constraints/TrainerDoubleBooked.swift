import ForumModel

/// trainer-double-booked: a trainer runs one occurrence at a time and, between two of them on one
/// day, has the travel time between their venues plus the trainer's `min_break`.
///
/// Penalty, per pair of the trainer's occurrences on one day: minutes of overlap plus the needed
/// gap when they overlap; otherwise the minutes by which the gap between them falls short of
/// travel + `min_break`. Online rooms need no travel.
enum TrainerDoubleBooked: CatalogueRule {
    static let id = ConstraintID.trainerDoubleBooked

    /// Minutes trainer `t` needs between occurrences at physical venues `a` and `b` (nil: online or unknown).
    static func neededGap(_ p: Problem, trainer t: Int, _ a: Int?, _ b: Int?) -> Int {
        var travel = 0
        if let a, let b { travel = Int(p.travel[a * p.venueCount + b]) }
        return travel + Int(p.trMinBreak[t])
    }

    static func findings(in v: ScheduleView) -> [Finding] {
        var out: [Finding] = []
        let trainers = v.problem.plan.trainers
        for (t, list) in v.byTrainer().enumerated() {
            for (x, i) in list.enumerated() {
                for j in list[(x + 1)...] {
                    var a = v.placements[i], b = v.placements[j]
                    guard a.date == b.date else { continue }
                    if (b.start, b.end) < (a.start, a.end) { swap(&a, &b) }
                    let needed = neededGap(v.problem, trainer: t, v.physicalVenue(a), v.physicalVenue(b))
                    let overlap = a.overlap(b)
                    let gap = b.start - a.end
                    let units = overlap > 0 ? overlap + needed : max(0, needed - gap)
                    guard units > 0 else { continue }
                    let both = "\(Explain.place(v, a)) and \(overlap > 0 ? "in " : "")\(Explain.place(v, b)) on \(a.date)"
                    let message: String
                    if overlap > 0 {
                        message =
                            "\(trainers[t].name) is in \(both): \(Explain.minutes(overlap)) overlap"
                            + (needed > 0 ? ", plus \(Explain.minutes(needed)) needed between them for travel and break" : "")
                    } else {
                        let travel = needed - Int(v.problem.trMinBreak[t])
                        var parts: [String] = []
                        if travel > 0 { parts.append("\(travel) travel") }
                        if v.problem.trMinBreak[t] > 0 { parts.append("\(v.problem.trMinBreak[t]) break") }
                        message =
                            "\(trainers[t].name) has \(Explain.minutes(gap)) between \(both) but needs \(needed) (\(parts.joined(separator: ", "))): \(Explain.minutes(units)) short"
                    }
                    out.append(
                        Finding(
                            units: units, message: message,
                            sessions: [Explain.id(v.problem, a.occurrence), Explain.id(v.problem, b.occurrence)],
                            trainers: [trainers[t].id], rooms: [a.roomID, b.roomID].compactMap { $0 }, date: a.date,
                            start: overlap > 0 ? max(a.start, b.start) : a.end, end: overlap > 0 ? min(a.end, b.end) : b.start))
                }
            }
        }
        return out
    }
}

extension TrainerDoubleBooked {
    /// The incremental part of the gaps: shortfall units per (trainer, day) over the trainer-day
    /// index, for trainers who need travel or break time. (Overlaps themselves are counted per slot
    /// by the search state's trainer occupancy.) Functions return the change in penalty units.
    struct GapTally {
        /// Whether any trainer needs time between sessions.
        var isActive: Bool { trainerDays.isActive }
        let weights: LevelWeights
        private let days: Int, perDay: Int, venues: Int
        private let shortOnDay: P32
        private let minBreak: P32, travel: P32, roomVenue: P32, slotMinute: P32, sesMinutes: P32
        private let start: P32, room: P32, occSession: P32
        private let trainerDays: TrainerDayIndex

        init(_ p: Problem, trainerDays: TrainerDayIndex, start: P32, room: P32, occSession: P32, arena: Arena) {
            weights = p.weights(TrainerDoubleBooked.id)
            days = p.grid.dayCount
            perDay = max(1, p.grid.slotsPerDay)
            venues = p.venueCount
            shortOnDay = arena.make(trainerDays.isActive ? p.trainerCount * days : 0, 0)
            minBreak = arena.copy(p.trMinBreak)
            travel = arena.copy(p.travel)
            roomVenue = arena.copy(p.roomPhysicalVenue)
            slotMinute = arena.copy((0..<p.slotCount).map { Int32(p.grid.minuteOfDay(slot: $0)) })
            sesMinutes = arena.copy(p.sesMinutes)
            self.trainerDays = trainerDays
            self.start = start
            self.room = room
            self.occSession = occSession
        }

        /// Whether trainer `tr` is listed in the trainer-day index (needs time between sessions).
        @inline(__always) func lists(_ tr: Int) -> Bool { trainerDays.lists(tr) }

        /// Minutes trainer `tr` needs between a session at venue `va` and one at venue `vb` (-1: no venue).
        @inline(__always) func neededGap(_ tr: Int, _ va: Int, _ vb: Int) -> Int {
            Int(minBreak[tr]) + (va >= 0 && vb >= 0 ? Int(travel[va * venues + vb]) : 0)
        }

        /// Re-scores trainer `tr`'s day `d` after an occurrence was listed there or taken off.
        @inline(__always) func rescore(_ tr: Int, _ d: Int) -> Int {
            let now = shortfall(tr, d, leaving: -1, addStart: -1, addMinutes: 0, addVenue: -1)
            let change = now - Int(shortOnDay[tr * days + d])
            shortOnDay[tr * days + d] = Int32(now)
            return change
        }

        /// The change if placed `o`, led by `tr`, moved to start `t` (day `d`) in a room at venue `v`,
        /// changing nothing.
        @inline(__always) func peekMove(_ o: Int, _ tr: Int, to t: Int, _ d: Int, venue v: Int) -> Int {
            let d0 = Int(start[o]) / perDay
            let m = Int(slotMinute[t]), minutes = Int(sesMinutes[Int(occSession[o])])
            if d == d0 {
                return shortfall(tr, d, leaving: o, addStart: m, addMinutes: minutes, addVenue: v) - Int(shortOnDay[tr * days + d])
            }
            return shortfall(tr, d0, leaving: o, addStart: -1, addMinutes: 0, addVenue: -1) - Int(shortOnDay[tr * days + d0])
                + shortfall(tr, d, leaving: -1, addStart: m, addMinutes: minutes, addVenue: v) - Int(shortOnDay[tr * days + d])
        }

        /// For a meeting of `minutes` at start `t` in venue `va` that `tr` might take: how many of the
        /// trainer's occurrences that day would be closer than the travel and break need, and
        /// whether one of them is at the same venue.
        @inline(__always) func neighbours(_ tr: Int, at t: Int, minutes: Int, venue va: Int) -> (tooClose: Int, sameVenue: Bool) {
            let d = t / perDay
            let sa = Int(slotMinute[t]), ea = sa + minutes
            var tooClose = 0, sameVenue = false
            for q in trainerDays.occurrences(tr, d) {
                let vb = Int(roomVenue[Int(room[q])])
                let sb = Int(slotMinute[Int(start[q])]), eb = sb + Int(sesMinutes[Int(occSession[q])])
                if (sa < sb ? sb - ea : sa - eb) < neededGap(tr, va, vb) { tooClose += 1 }
                if vb == va { sameVenue = true }
            }
            return (tooClose, sameVenue)
        }

        /// Whether placed `o` and another occurrence of `tr` that day are closer than the trainer's
        /// travel and break need (only asked when that day has a shortfall at all).
        @inline(__always) func isShort(_ o: Int, _ tr: Int) -> Bool {
            let d = Int(start[o]) / perDay
            guard shortOnDay[tr * days + d] > 0 else { return false }
            let sa = Int(slotMinute[Int(start[o])]), ea = sa + Int(sesMinutes[Int(occSession[o])])
            let va = Int(roomVenue[Int(room[o])])
            for q in trainerDays.occurrences(tr, d) {
                guard q != o else { continue }
                let sb = Int(slotMinute[Int(start[q])]), eb = sb + Int(sesMinutes[Int(occSession[q])])
                if (sa < sb ? sb - ea : sa - eb) < neededGap(tr, va, Int(roomVenue[Int(room[q])])) { return true }
            }
            return false
        }

        /// Travel-and-break shortfall of trainer `tr` on day `d`: for every pair of their occurrences,
        /// the needed gap when they overlap, else the minutes short; with `leaving` (-1: none) taken
        /// out and an occurrence of `addMinutes` at minute `addStart` in venue `addVenue` put in.
        @inline(__always) private func shortfall(
            _ tr: Int, _ d: Int, leaving: Int, addStart: Int, addMinutes: Int, addVenue: Int
        ) -> Int {
            let c = trainerDays.count(tr, d)
            guard c + (addStart >= 0 ? 1 : 0) > 1 else { return 0 }
            @inline(__always) func pair(_ sa: Int, _ ea: Int, _ va: Int, _ sb: Int, _ eb: Int, _ vb: Int) -> Int {
                let needed = neededGap(tr, va, vb)
                if min(ea, eb) > max(sa, sb) { return needed }
                return max(0, needed - (sa < sb ? sb - ea : sa - eb))
            }
            var units = 0
            var rest = trainerDays.occurrences(tr, d)
            while let a = rest.next() {
                if a == leaving { continue }
                let sa = Int(slotMinute[Int(start[a])]), ea = sa + Int(sesMinutes[Int(occSession[a])])
                let va = Int(roomVenue[Int(room[a])])
                for b in rest {
                    if b == leaving { continue }
                    let sb = Int(slotMinute[Int(start[b])]), eb = sb + Int(sesMinutes[Int(occSession[b])])
                    units += pair(sa, ea, va, sb, eb, Int(roomVenue[Int(room[b])]))
                }
                if addStart >= 0 { units += pair(sa, ea, va, addStart, addStart + addMinutes, addVenue) }
            }
            return units
        }
    }
}
