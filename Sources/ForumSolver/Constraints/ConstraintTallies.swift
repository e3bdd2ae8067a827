/// The catalogue's incremental part: every constraint that keeps its own state during search, and
/// which of the search state's changes each one hears about.
///
/// The search state calls one method per kind of change (a meeting enters a room, a group's day,
/// a trainer's day, a series, a pool pick) and adds the weighted change it returns; each method
/// asks the constraints concerned, in catalogue order. Adding such a constraint means its file,
/// a field here and a line in the changes it depends on.
final class ConstraintTallies {
    let popular: PopularInLargeRooms.Tally
    let groupLoad: GroupDailyLoad.Tally
    let compactness: GroupCompactness.Tally
    let gaps: GroupGaps.Tally
    let venues: VenueChanges.Tally
    let trainerGaps: TrainerDoubleBooked.GapTally
    let dailyLoad: TrainerDailyLoad.Tally
    let balance: LoadBalance.Tally
    let continuity: TrainerContinuity.Tally
    let regularity: TimeRegularity.Tally
    let spread: SpreadOverDays.Tally
    let stability: RoomStability.Tally
    let precedence: Precedence.Tally

    /// Tallies reading the state's placement (`start`, `room`) and shared indexes.
    init(_ p: Problem, index: SharedIndexes, arena: Arena) {
        popular = PopularInLargeRooms.Tally(p, arena: arena)
        groupLoad = GroupDailyLoad.Tally(p, arena: arena)
        compactness = GroupCompactness.Tally(p, groupDays: index.groupDays, arena: arena)
        gaps = GroupGaps.Tally(p, groupSlot: index.groupSlot, groupDays: index.groupDays, arena: arena)
        venues = VenueChanges.Tally(p, arena: arena)
        trainerGaps = TrainerDoubleBooked.GapTally(
            p, trainerDays: index.trainerDays, start: index.start, room: index.room, occSession: index.occSession, arena: arena)
        dailyLoad = TrainerDailyLoad.Tally(p, arena: arena)
        balance = LoadBalance.Tally(p, arena: arena)
        continuity = TrainerContinuity.Tally(p, arena: arena)
        regularity = TimeRegularity.Tally(p, arena: arena)
        spread = SpreadOverDays.Tally(p, arena: arena)
        stability = RoomStability.Tally(p, arena: arena)
        precedence = Precedence.Tally(p, starts: index.start, arena: arena)
    }

    // MARK: A meeting in a room

    /// Placed `o` enters room `r` for `len` slots from `t`.
    @inline(__always) func enterRoom(_ o: Int, _ t: Int, _ len: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if popular.isActive {
            delta.add(popular.units(o, t, len, r), popular.weights)
            popular.add(o, t, len, r, 1)
        }
        return delta
    }

    /// The inverse of `enterRoom`.
    @inline(__always) func leaveRoom(_ o: Int, _ t: Int, _ len: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if popular.isActive {
            popular.add(o, t, len, r, -1)
            delta.add(-popular.units(o, t, len, r), popular.weights)
        }
        return delta
    }

    /// The change if placed `o` moved from room `r0` at `t0` to room `r` at `t`, changing nothing.
    @inline(__always) func peekRoom(_ o: Int, _ len: Int, from t0: Int, _ r0: Int, to t: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if popular.isActive { delta.add(popular.units(o, t, len, r) - popular.units(o, t0, len, r0), popular.weights) }
        return delta
    }

    // MARK: A group's day

    /// Placed `o` (start `t`, `len` slots of `minutes`, venue `v`, a section of split run `split` or
    /// -1) joined group `g`, its session's `gi`-th group, on day `d` in the index.
    @inline(__always) func enterGroupDay(
        _ o: Int, _ g: Int, _ gi: Int, _ t: Int, _ d: Int, len: Int, minutes: Int, split: Int, venue v: Int
    ) -> ScoreDelta {
        var delta = ScoreDelta()
        if groupLoad.isActive { delta.add(groupLoad.enter(g, gi, split: split, d, minutes: minutes), groupLoad.weights) }
        if compactness.isActive { delta.add(compactness.enter(o, g, t, d, len: len), compactness.weights) }
        if gaps.isActive { delta.add(gaps.rescore(g, d), gaps.weights) }
        if venues.isActive { delta.add(venues.enter(g, d, venue: v), venues.weights) }
        return delta
    }

    /// The inverse of `enterGroupDay` (`o` already off the index, still placed).
    @inline(__always) func leaveGroupDay(
        _ o: Int, _ g: Int, _ gi: Int, _ d: Int, minutes: Int, split: Int, venue v: Int
    ) -> ScoreDelta {
        var delta = ScoreDelta()
        if groupLoad.isActive { delta.add(groupLoad.leave(g, gi, split: split, d, minutes: minutes), groupLoad.weights) }
        if compactness.isActive { delta.add(compactness.leave(o, g, d), compactness.weights) }
        if gaps.isActive { delta.add(gaps.rescore(g, d), gaps.weights) }
        if venues.isActive { delta.add(venues.leave(g, d, venue: v), venues.weights) }
        return delta
    }

    /// The change for group `g` (its session's `gi`-th) if placed `o` (split run `split`, `minutes` long) moved from start
    /// `t0` (day `d0`, venue `v0`) to `t` (day `d`, venue `v`), changing nothing.
    @inline(__always) func peekGroupDay(
        _ o: Int, _ g: Int, _ gi: Int, split: Int, minutes: Int, len: Int,
        from t0: Int, _ d0: Int, _ v0: Int, to t: Int, _ d: Int, _ v: Int
    ) -> ScoreDelta {
        var delta = ScoreDelta()
        if groupLoad.isActive && d != d0 { delta.add(groupLoad.peekMove(g, gi, split: split, minutes, from: d0, to: d), groupLoad.weights) }
        if compactness.isActive { delta.add(compactness.peekMove(o, g, from: t0, d0, to: t, d, len: len), compactness.weights) }
        if gaps.isActive { delta.add(gaps.peekMove(g, from: t0, d0, to: t, d, len: len), gaps.weights) }
        if venues.isActive { delta.add(venues.peekMove(g, from: v0, d0, to: v, d), venues.weights) }
        return delta
    }

    // MARK: A trainer's day

    /// Trainer `tr` now leads `minutes` on day `d` (listed in the trainer-day index when it needs gaps).
    @inline(__always) func attach(_ tr: Int, _ d: Int, minutes: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if dailyLoad.isActive { delta.add(dailyLoad.add(tr, d, minutes), dailyLoad.weights) }
        if balance.isActive { delta.add(balance.add(tr, minutes), balance.weights) }
        if trainerGaps.isActive && trainerGaps.lists(tr) { delta.add(trainerGaps.rescore(tr, d), trainerGaps.weights) }
        return delta
    }

    /// The inverse of `attach` (already off the trainer-day index).
    @inline(__always) func detach(_ tr: Int, _ d: Int, minutes: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if dailyLoad.isActive { delta.add(dailyLoad.add(tr, d, -minutes), dailyLoad.weights) }
        if balance.isActive { delta.add(balance.add(tr, -minutes), balance.weights) }
        if trainerGaps.isActive && trainerGaps.lists(tr) { delta.add(trainerGaps.rescore(tr, d), trainerGaps.weights) }
        return delta
    }

    /// The change for trainer `tr` if placed `o` moved from day `d0` to start `t` (day `d`, venue
    /// `v`), changing nothing.
    @inline(__always) func peekTrainer(_ o: Int, _ tr: Int, minutes: Int, from d0: Int, to t: Int, _ d: Int, venue v: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if dailyLoad.isActive && d != d0 { delta.add(dailyLoad.peekMove(tr, minutes, from: d0, to: d), dailyLoad.weights) }
        if trainerGaps.isActive && trainerGaps.lists(tr) { delta.add(trainerGaps.peekMove(o, tr, to: t, d, venue: v), trainerGaps.weights) }
        return delta
    }

    // MARK: A pool pick

    /// Pool candidate `pick` now leads a meeting of series `sr`.
    @inline(__always) func pick(_ sr: Int, _ pick: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if continuity.isActive { delta.add(continuity.add(sr, pick), continuity.weights) }
        return delta
    }

    /// The inverse of `pick`.
    @inline(__always) func unpick(_ sr: Int, _ pick: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if continuity.isActive { delta.add(continuity.remove(sr, pick), continuity.weights) }
        return delta
    }

    // MARK: A series' meeting

    /// A meeting of series `sr` now starts at `t` (day `d`) in room `r`.
    @inline(__always) func enterSeries(_ sr: Int, _ t: Int, _ d: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if regularity.counts(sr) { delta.add(regularity.add(sr, t), regularity.weights) }
        if spread.counts(sr) { delta.add(spread.add(sr, d), spread.weights) }
        if stability.counts(sr) { delta.add(stability.add(sr, r), stability.weights) }
        return delta
    }

    /// The inverse of `enterSeries`.
    @inline(__always) func leaveSeries(_ sr: Int, _ t: Int, _ d: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if regularity.counts(sr) { delta.add(regularity.remove(sr, t), regularity.weights) }
        if stability.counts(sr) { delta.add(stability.remove(sr, r), stability.weights) }
        if spread.counts(sr) { delta.add(spread.remove(sr, d), spread.weights) }
        return delta
    }

    /// The change for series `sr` if a meeting moved from `t0` (day `d0`, room `r0`) to `t` (day
    /// `d`, room `r`), changing nothing.
    @inline(__always) func peekSeries(_ sr: Int, from t0: Int, _ d0: Int, _ r0: Int, to t: Int, _ d: Int, _ r: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if t != t0 && regularity.counts(sr) { delta.add(regularity.peekMove(sr, from: t0, to: t), regularity.weights) }
        if d != d0 && spread.counts(sr) { delta.add(spread.peekMove(sr, from: d0, to: d), spread.weights) }
        if r != r0 && stability.counts(sr) { delta.add(stability.peekMove(sr, from: r0, to: r), stability.weights) }
        return delta
    }

    // MARK: A start in time

    /// The precedence units of placed `o` starting at `t` (counted once on placing, once on removing).
    @inline(__always) func order(_ o: Int, at t: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if precedence.isActive { delta.add(precedence.units(o, at: t), precedence.weights) }
        return delta
    }

    /// The change if placed `o` moved from start `t0` to `t`, changing nothing.
    @inline(__always) func peekOrder(_ o: Int, from t0: Int, to t: Int) -> ScoreDelta {
        var delta = ScoreDelta()
        if precedence.isActive { delta.add(precedence.units(o, at: t) - precedence.units(o, at: t0), precedence.weights) }
        return delta
    }
}
