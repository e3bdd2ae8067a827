extension SearchState {
    /// The part of the score fixed by which day each meeting is on, as medium·1000 + soft: group days
    /// with a single meeting (isolated however the day is arranged) at the compactness weight, and
    /// days that series lack at the spread weight. Read by `SearchWorker.emphasizesDayStructure`.
    var dayStructure: Int {
        Self.acceptanceUnits(tallies.compactness.singleDayCount, tallies.compactness.weights)
            &+ Self.acceptanceUnits(tallies.spread.shortDayCount, tallies.spread.weights)
    }

    /// Placed meetings per group and forum day, on average over the groups (0 without groups).
    var groupMeetingsPerDay: Double {
        guard groups > 0 else { return 0 }
        var meetings = 0
        for g in 0..<groups { for d in 0..<days { meetings += groupDays.count(g, d) } }
        return Double(meetings) / Double(groups * days)
    }

    /// The change in `dayStructure` if placed `o` moved to start `t`, changing nothing.
    @inline(__always) func peekDayStructure(_ o: Int, to t: Int) -> Int {
        let d0 = Int(start[o]) / perDay, d = t / perDay
        guard d != d0 else { return 0 }
        let s = Int(occSession[o]), sr = Int(occSeries[o])
        var single = 0
        for gi in Int(sesGroupsOff[s])..<Int(sesGroupsOff[s + 1]) {
            single += tallies.compactness.peekSingleDays(Int(sesGroups[gi]), from: d0, to: d)
        }
        let short = tallies.spread.counts(sr) ? tallies.spread.peekMove(sr, from: d0, to: d) : 0
        return Self.acceptanceUnits(single, tallies.compactness.weights) &+ Self.acceptanceUnits(short, tallies.spread.weights)
    }

    /// `units` of a constraint with weights `w` in the acceptance test's medium·1000 + soft (hard weights do not count).
    @inline(__always) private static func acceptanceUnits(_ units: Int, _ w: LevelWeights) -> Int {
        units &* (w.medium &* 1000 &+ w.soft)
    }
}
