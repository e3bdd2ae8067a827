import ForumModel

/// Start-time domains and static time costs of every session.
///
/// A start is on the grid within the daily hours; it is left out when a hard constraint that depends
/// only on the time (outside-hours, pinned, trainer-unavailable for named trainers, late-finish,
/// trainer-preferences) would be broken. A session left with no start falls back to every start on
/// the grid, so it is still placed and the conflict is reported.
struct SessionTimes {
    /// Allowed start slots per session.
    var domains: [[Int32]] = []
    /// `session * slotCount + slot` → allowed.
    var allowed: [Bool]
    /// `session * slotCount + slot` → weighted static cost.
    var costs: [Cost3]
    /// Sessions whose domain was emptied by hard constraints, or that cannot fit a day at all.
    var notes: [Infeasibility] = []

    init(
        plan: Plan, grid: TimeGrid, weights: [LevelWeights], trainerIndex: [String: Int],
        trUnavailable: [[MinuteRanges]], trAvoid: [[MinuteRanges]]
    ) {
        let slotCount = grid.slotCount
        allowed = [Bool](repeating: false, count: plan.sessions.count * slotCount)
        costs = [Cost3](repeating: .zero, count: plan.sessions.count * slotCount)
        let checked: [ConstraintID] = [.outsideHours, .pinned, .trainerUnavailable, .lateFinish, .trainerPreferences]
        let w = checked.map { weights[$0.catalogueIndex] }

        for (s, session) in plan.sessions.enumerated() {
            let named = uniqueIndices(session.trainers, trainerIndex)
            let slots = (session.durationMinutes + grid.gridMinutes - 1) / grid.gridMinutes
            var structural: [Int32] = []
            var domain: [Int32] = []
            var ruledOut = [Int](repeating: 0, count: checked.count)
            var blockingTrainers: [Int] = []
            if slots <= grid.slotsPerDay {
                for d in 0..<grid.dayCount {
                    let date = grid.dates[d]
                    let forbidden = OutsideHours.forbidden(session, on: date, breaks: grid.breaks[d])
                    for k in 0...(grid.slotsPerDay - slots) {
                        let t = d * grid.slotsPerDay + k
                        let from = grid.dayStart + k * grid.gridMinutes, to = from + session.durationMinutes
                        var units = [Int](repeating: 0, count: checked.count)
                        units[0] = forbidden.covered(from, to)
                        units[1] = Pinned.timeMisses(session.pin, date: date, start: from)
                        for trainer in named {
                            let minutes = trUnavailable[trainer][d].covered(from, to)
                            units[2] += minutes
                            if minutes > 0 && !blockingTrainers.contains(trainer) { blockingTrainers.append(trainer) }
                            units[4] += trAvoid[trainer][d].covered(from, to)
                        }
                        units[3] = LateFinish.minutes(from: from, to: to, lateAfter: plan.forum.lateAfter)
                        var cost = Cost3.zero
                        var firstHard: Int? = nil
                        for i in units.indices where units[i] > 0 {
                            cost.add(units[i], w[i])
                            if firstHard == nil && w[i].hard > 0 { firstHard = i }
                        }
                        costs[s * slotCount + t] = cost
                        structural.append(Int32(t))
                        if let i = firstHard { ruledOut[i] += 1 } else { domain.append(Int32(t)) }
                    }
                }
            }
            if domain.isEmpty {
                domain = structural
                notes.append(
                    Self.emptyDomainNote(
                        session: session, plan: plan, grid: grid, slots: slots, structural: structural.count,
                        ruledOut: Array(zip(checked, ruledOut)), trainers: blockingTrainers))
            }
            for t in domain { allowed[s * slotCount + Int(t)] = true }
            domains.append(domain)
        }
    }

    private static func emptyDomainNote(
        session: Session, plan: Plan, grid: TimeGrid, slots: Int, structural: Int,
        ruledOut: [(ConstraintID, Int)], trainers: [Int]
    ) -> Infeasibility {
        let title = "'\(session.title)'"
        if grid.dayCount == 0 {
            return Infeasibility(
                constraint: .outsideHours, message: "\(title) cannot be placed: the forum has no days.",
                sessions: [session.id])
        }
        if structural == 0 {
            let hours = "\(Explain.time(grid.dayStart))–\(Explain.time(grid.dayEnd))"
            return Infeasibility(
                constraint: .outsideHours,
                message: "\(title) lasts \(DurationText.format(session.durationMinutes)) but a forum day (\(hours)) is shorter; it cannot be placed.",
                sessions: [session.id])
        }
        var parts: [String] = []
        for (id, count) in ruledOut where count > 0 {
            var part = "\(id.rawValue) rules out \(count)"
            switch id {
            case .outsideHours: part += " (breaks\(session.unavailable.isEmpty ? "" : " and its unavailable times"))"
            case .pinned: part += " (pinned to \(Pinned.describe(session.pin)))"
            case .trainerUnavailable:
                part += " (" + trainers.map { plan.trainers[$0].name }.joined(separator: ", ") + " unavailable)"
            case .lateFinish: part += " (ends after \(plan.forum.lateAfter.map(\.description) ?? ""))"
            default: break
            }
            parts.append(part)
        }
        let main = ruledOut.max { $0.1 < $1.1 }?.0 ?? .outsideHours
        return Infeasibility(
            constraint: main,
            message:
                "\(title) has no allowed start time: of \(structural) starts on the grid, \(parts.joined(separator: ", ")). It is placed anyway and the conflict is reported.",
            sessions: [session.id])
    }
}

/// Indices of `ids` in `index`, unknown ids skipped, duplicates dropped, order kept.
func uniqueIndices(_ ids: [String], _ index: [String: Int]) -> [Int] {
    var result: [Int] = []
    for id in ids { if let i = index[id], !result.contains(i) { result.append(i) } }
    return result
}
