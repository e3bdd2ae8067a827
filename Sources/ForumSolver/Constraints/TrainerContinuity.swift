import ForumModel

/// trainer-continuity: every run of a repeated session with a trainer pool — for a split session,
/// each section across the runs, the same participants — is led by the same pool trainers, unless
/// the pool says `rotate: true`.
///
/// Penalty: per series, the distinct pool trainers over its meetings minus the pool's `count`
/// (a course of 8 meetings with a pool of 1 taught by 3 people scores 2). Named trainers run every
/// meeting anyway and do not count.
enum TrainerContinuity: CatalogueRule {
    static let id = ConstraintID.trainerContinuity

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for (sr, list) in v.bySeries().enumerated() where p.seriesContinuity[sr] && !list.isEmpty {
            let s = Int(p.seriesSession[sr])
            let named = p.sesNamed[s]
            let team = Int(p.sesPoolCount[s])
            // Pool trainers in order of first appearance, with the meetings each one leads.
            var trainers: [Int] = [], meetings: [[Int]] = []
            for i in list {
                for t in v.placements[i].trainers where !named.contains(Int32(t)) {
                    if let k = trainers.firstIndex(of: t) {
                        meetings[k].append(i)
                    } else {
                        trainers.append(t)
                        meetings.append([i])
                    }
                }
            }
            guard trainers.count > team else { continue }
            let who = zip(trainers, meetings).map { t, runs in
                let numbers = runs.map { v.problem.occurrences[v.placements[$0].occurrence].id.run.map(String.init) ?? "1" }
                return "\(p.plan.trainers[t].name) (meeting\(runs.count == 1 ? "" : "s") \(numbers.joined(separator: ", ")))"
            }
            let first = v.placements[list[0]].occurrence
            out.append(
                Finding(
                    units: trainers.count - team,
                    message:
                        "\(v.seriesLabel(first)) is led by \(trainers.count) different pool trainers across its \(list.count) meetings instead of the same \(team == 1 ? "one" : "\(team)"): \(who.joined(separator: "; "))",
                    sessions: list.map { Explain.id(p, v.placements[$0].occurrence) },
                    trainers: trainers.map { p.plan.trainers[$0].id }))
        }
        return out
    }
}

extension TrainerContinuity {
    /// The incremental part: per series, how many placed meetings each pool candidate leads.
    ///
    /// `add` and `remove` return the change in penalty units; the search state charges them.
    struct Tally {
        /// Whether any series is counted.
        let isActive: Bool
        let weights: LevelWeights
        /// Offset of each series' counters (one per pool candidate of its session), -1 when not counted.
        private let base: P32
        /// Placed meetings per (series, candidate).
        private let count: P32
        /// Distinct candidates with a placed meeting, per series.
        private let distinct: P32
        /// The pool's `count` per series.
        private let team: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(TrainerContinuity.id)
            var offsets = [Int32](repeating: -1, count: p.seriesCount), total = 0
            for sr in 0..<p.seriesCount where p.seriesContinuity[sr] {
                offsets[sr] = Int32(total)
                total += p.sesPool.range(Int(p.seriesSession[sr])).count
            }
            isActive = weights.isActive && total > 0
            base = arena.copy(offsets)
            count = arena.make(isActive ? total : 0, 0)
            distinct = arena.make(p.seriesCount, 0)
            team = arena.copy(p.seriesSession.map { p.sesPoolCount[Int($0)] })
        }

        /// Counts candidate `pick` as leading one more meeting of series `sr`.
        @inline(__always) func add(_ sr: Int, _ pick: Int) -> Int {
            let b = Int(base[sr])
            guard b >= 0 else { return 0 }
            count[b + pick] += 1
            guard count[b + pick] == 1 else { return 0 }
            distinct[sr] += 1
            return distinct[sr] > team[sr] ? 1 : 0
        }

        /// The inverse of `add`.
        @inline(__always) func remove(_ sr: Int, _ pick: Int) -> Int {
            let b = Int(base[sr])
            guard b >= 0 else { return 0 }
            count[b + pick] -= 1
            guard count[b + pick] == 0 else { return 0 }
            distinct[sr] -= 1
            return distinct[sr] >= team[sr] ? -1 : 0
        }

        /// Whether series `sr` has more distinct pool trainers than its team (it is penalized).
        @inline(__always) func isSplit(_ sr: Int) -> Bool { base[sr] >= 0 && distinct[sr] > team[sr] }

        /// Placed meetings of series `sr` led by candidate `pick` (0 when the series is not counted).
        @inline(__always) func meetings(_ sr: Int, _ pick: Int) -> Int {
            let b = Int(base[sr])
            return b >= 0 ? Int(count[b + pick]) : 0
        }
    }
}
