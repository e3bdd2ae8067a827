import ForumModel

extension Problem {
    /// Compiles `plan` for search and runs the feasibility pre-check (see ``infeasibilities``).
    ///
    /// The plan must already be validated; unknown ids in it are ignored. Busy calendars must be
    /// merged into `Trainer.unavailable` and holidays removed from `forum.days` beforehand.
    /// - Complexity: O(sessions × (slots + rooms + trainers) + occurrences).
    public init(_ plan: Plan) {
        let grid = TimeGrid(forum: plan.forum)
        let occurrences = plan.occurrences()
        let rooms = plan.rooms
        let weights = ConstraintID.allCases.map { LevelWeights(plan.setting(for: $0)) }

        var occurrenceIndex: [OccurrenceID: Int] = [:]
        for (i, o) in occurrences.enumerated() where occurrenceIndex[o.id] == nil { occurrenceIndex[o.id] = i }
        let roomIndex = firstIndices(rooms.map(\.id))
        let trainerIndex = firstIndices(plan.trainers.map(\.id))
        let groupIndex = firstIndices(plan.groups.map(\.id))
        let venueIndex = firstIndices(plan.venues.map(\.id))
        let roomVenue = plan.venues.flatMap { v in v.rooms.map { _ in v.id } }

        // Trainers' windows per day, and prefix sums over slots for pool picks.
        let trUnavailable = plan.trainers.map { t in grid.dates.map { TrainerUnavailable.ranges(t, on: $0) } }
        let trAvoid = plan.trainers.map { t in grid.dates.map { MinuteRanges(windows: t.avoid, on: $0) } }
        func prefix(_ ranges: [[MinuteRanges]]) -> [Int32] {
            var table = [Int32](repeating: 0, count: ranges.count * (grid.slotCount + 1))
            for tr in ranges.indices {
                var sum: Int32 = 0
                for t in 0..<grid.slotCount {
                    let m = grid.minuteOfDay(slot: t)
                    sum += Int32(ranges[tr][grid.day(ofSlot: t)].covered(m, m + grid.gridMinutes))
                    table[tr * (grid.slotCount + 1) + t + 1] = sum
                }
            }
            return table
        }

        // Sessions.
        var minSize = [Int](repeating: Int.max, count: plan.sessions.count)
        var perSession = [Int](repeating: 0, count: plan.sessions.count)
        for o in occurrences {
            minSize[o.sessionIndex] = min(minSize[o.sessionIndex], o.size)
            perSession[o.sessionIndex] += 1
        }
        minSize = minSize.map { $0 == Int.max ? 0 : $0 }
        let times = SessionTimes(
            plan: plan, grid: grid, weights: weights, trainerIndex: trainerIndex,
            trUnavailable: trUnavailable, trAvoid: trAvoid)
        let roomChoices = SessionRooms(plan: plan, rooms: rooms, roomVenue: roomVenue, weights: weights, minSize: minSize)
        let pools = TrainerPools(
            plan: plan, trainerIndex: trainerIndex, weights: weights,
            occurrencesPerSession: perSession)
        let languageW = weights[ConstraintID.trainerLanguage.catalogueIndex]

        // Series (session, section) and split runs (session, run).
        var seriesBase: [Int] = [], seriesMinDays: [Int32] = [], seriesRepeats: [Bool] = []
        var seriesContinuity: [Bool] = [], seriesSession: [Int32] = []
        var splitBase: [Int] = [], splitRunCount = 0
        for (s, session) in plan.sessions.enumerated() {
            let sections = plan.sectionCount(of: session)
            let runs = session.repeats?.count ?? 1
            let pooled = (session.pool?.count ?? 0) > 0 && !(session.pool?.rotate ?? false)
            seriesBase.append(seriesMinDays.count)
            for _ in 0..<sections {
                seriesMinDays.append(runs > 1 ? Int32(session.repeats?.minDays ?? 1) : 0)
                seriesRepeats.append(runs > 1)
                seriesContinuity.append(runs > 1 && pooled)
                seriesSession.append(Int32(s))
            }
            splitBase.append(splitRunCount)
            if sections > 1 { splitRunCount += max(1, runs) }
        }

        self.plan = plan
        self.infeasibilities = []
        self.grid = grid
        self.occurrences = occurrences
        self.occurrenceIndex = occurrenceIndex
        self.roomIndex = roomIndex
        self.trainerIndex = trainerIndex
        self.groupIndex = groupIndex
        self.venueIndex = venueIndex
        self.weights = weights

        occSession = occurrences.map { Int32($0.sessionIndex) }
        occSize = occurrences.map { Int32($0.size) }
        occSeries = occurrences.map { Int32(seriesBase[$0.sessionIndex] + ($0.id.section ?? 1) - 1) }
        occSplitRun = occurrences.map {
            $0.sectionCount > 1 ? Int32(splitBase[$0.sessionIndex] + ($0.id.run ?? 1) - 1) : -1
        }
        let pairs = PrecedencePair.all(plan: plan, occurrences: occurrences)
        var perOccurrence = [[Int32]](repeating: [], count: occurrences.count)
        for (i, p) in pairs.enumerated() {
            perOccurrence[Int(p.earlier)].append(Int32(i))
            perOccurrence[Int(p.later)].append(Int32(i))
        }
        occPrecedence = FlatLists(perOccurrence)
        precedence = pairs

        sesSlots = plan.sessions.map { Int32(($0.durationMinutes + grid.gridMinutes - 1) / grid.gridMinutes) }
        sesMinutes = plan.sessions.map { Int32($0.durationMinutes) }
        sesGroups = FlatLists(plan.sessions.map { uniqueIndices($0.groups, groupIndex).map(Int32.init) })
        sesNamed = FlatLists(plan.sessions.map { uniqueIndices($0.trainers, trainerIndex).map(Int32.init) })
        sesPoolCount = plan.sessions.map { Int32(max(0, $0.pool?.count ?? 0)) }
        sesPool = FlatLists(pools.candidates)
        sesPoolCost = pools.costs.flatMap { $0 }
        sesFixedCost = plan.sessions.map { session in
            var cost = Cost3.zero
            for t in uniqueIndices(session.trainers, trainerIndex) {
                cost.add(TrainerLanguage.namedMisses(plan.trainers[t], session: session), languageW)
            }
            return cost
        }
        sesDomain = FlatLists(times.domains)
        sesTimeAllowed = SharedTable(times.allowed)
        sesTimeCost = SharedTable(times.costs)
        sesRooms = FlatLists(roomChoices.candidates)
        sesRoomAllowed = SharedTable(roomChoices.allowed)
        sesRoomCost = SharedTable(roomChoices.costs)

        roomCapacity = rooms.map { $0.online ? Int32.max : Int32(clamping: $0.capacity ?? Int(Int32.max)) }
        roomVenueID = roomVenue
        roomPhysicalVenue = rooms.indices.map { r in rooms[r].online ? -1 : Int32(venueIndex[roomVenue[r]] ?? -1) }
        venueCount = plan.venues.count
        var travel = [Int32](repeating: 0, count: plan.venues.count * plan.venues.count)
        for (a, va) in plan.venues.enumerated() {
            for (b, vb) in plan.venues.enumerated() {
                travel[a * plan.venues.count + b] = Int32(plan.travelMinutes(from: va.id, to: vb.id))
            }
        }
        self.travel = travel

        trMaxDaily = plan.trainers.map { Int32(clamping: $0.maxDailyMinutes ?? Int(Int32.max)) }
        trMinBreak = plan.trainers.map { Int32(max(0, $0.minBreakMinutes)) }
        trUnavailablePrefix = prefix(trUnavailable)
        trAvoidPrefix = prefix(trAvoid)
        trFairShare = pools.fairShare
        self.trUnavailable = trUnavailable
        self.trAvoid = trAvoid

        groupHome = plan.groups.map { g in g.homeVenue.flatMap { venueIndex[$0] }.map(Int32.init) ?? -1 }
        self.seriesMinDays = seriesMinDays
        self.seriesRepeats = seriesRepeats
        self.seriesContinuity = seriesContinuity
        self.seriesSession = seriesSession
        groupMaxDaily = plan.groups.map { Int32(clamping: $0.maxDailyMinutes ?? Int(Int32.max)) }
        self.splitRunCount = splitRunCount

        infeasibilities = times.notes + roomChoices.notes + pools.notes + FeasibilityCheck(problem: self).findings
    }
}

/// The first index of every distinct id.
private func firstIndices(_ ids: [String]) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
    return index
}
