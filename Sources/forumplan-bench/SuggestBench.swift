import Foundation
import ForumModel
import ForumSolver

/// `forumplan-bench --suggest [--schedule FILE]`: `check --suggest` on a generated ten-town rollout
/// (606 cohorts, 6,060 occurrences, 364 trainers, 320 rooms) whose solved schedule gets three
/// hand-made faults: a room double-booked, a pool trainer without the session's skill, and a
/// trainer double-booked across towns.
///
/// Prints the time to evaluate the schedule and to find the suggestions for every hard violation
/// (compiling the problem apart), and for each violation how many suggestions were offered and how
/// many of them, applied and scored by the full evaluator, remove that violation. The solved
/// schedule is written to (or, when it exists, read from) `--schedule`, so runs of two builds
/// compare the same input. The CPU time of the same steps is printed too: on a machine other builds
/// keep busy it varies far less than the wall time.
enum SuggestBench {
    static func run(options: BenchOptions, schedulePath: String?) -> Int32 {
        let plan = OtpanGenerator.plan(towns: 10, cohorts: 606, trainers: 364)
        var clock = ContinuousClock.now
        var cpuClock = processCPUSeconds()
        var cpuLap = 0.0
        /// Wall seconds since the last lap; the CPU seconds of the same stretch go to `cpuLap`.
        func lap() -> Double {
            let elapsed = ContinuousClock.now - clock
            clock = ContinuousClock.now
            let cpu = processCPUSeconds()
            (cpuLap, cpuClock) = (cpu - cpuClock, cpu)
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        let problem = Problem(plan)
        let compile = lap(), compileCPU = cpuLap
        let solved: Schedule
        if let schedulePath, let cached = try? ScheduleFile.read(contentsOf: URL(fileURLWithPath: schedulePath)) {
            solved = cached
            print("forumplan-bench --suggest: \(plan.forum.id), \(problem.occurrenceCount) occurrences, schedule from \(schedulePath)")
        } else {
            let result = solve(problem, options: SolverOptions(seed: options.seed, threads: options.threads, timeLimit: options.timeLimit ?? 60))
            solved = result.schedule
            print(
                "forumplan-bench --suggest: \(plan.forum.id), \(problem.occurrenceCount) occurrences, solved in \(String(format: "%.1f", lap())) s to \(result.score) (seed \(options.seed), \(options.threads) threads)"
            )
            if let schedulePath { try? ScheduleFile.write(solved, to: URL(fileURLWithPath: schedulePath)) }
        }
        guard let (broken, faulty) = withFaults(solved, plan: plan) else {
            print("could not place the three faults in this schedule")
            return 1
        }
        _ = lap()
        let (score, hard) = evaluate(broken, against: problem, showing: [.hard])
        let evaluation = lap(), evaluationCPU = cpuLap
        var search = RepairSearch(schedule: broken, problem: problem)
        let repairs = hard.map { search.repairs(for: $0) }
        let suggesting = lap(), suggestingCPU = cpuLap
        print(
            String(
                format:
                    "compile %.2f s, evaluate %.2f s, suggest %.2f s (check --suggest --only hard: %.2f s; CPU %.2f s); score %@, %d hard violations",
                compile, evaluation, suggesting, compile + evaluation + suggesting, compileCPU + evaluationCPU + suggestingCPU,
                score.description, hard.count))
        let ofFaults = hard.filter { v in v.sessions.contains { faulty.contains($0) } }
        _ = lap()
        var fresh = RepairSearch(schedule: broken, problem: problem)
        _ = ofFaults.map { fresh.repairs(for: $0) }
        let faults = lap(), faultsCPU = cpuLap
        print(
            String(
                format: "the %d violations of the three faults alone: suggest %.2f s (with compile and evaluate: %.2f s; CPU %.2f s)",
                ofFaults.count, faults, compile + evaluation + faults, compileCPU + evaluationCPU + faultsCPU))
        var status: Int32 = 0
        for (v, list) in zip(hard, repairs) {
            let removing = list.filter { removes($0, v, from: broken, problem: problem) }.count
            if removing < list.count { status = 1 }
            print("  \(v.constraint.rawValue): \(list.count) suggestions, \(removing) remove it — \(v.message.prefix(110))")
            for r in list { print("    \(r.description.prefix(150))") }
        }
        return status
    }

    /// Whether `repair`, applied to `schedule`, leaves no violation of the same constraint about the same
    /// trainers, rooms and groups involving any of `violation`'s sessions.
    static func removes(_ repair: Repair, _ violation: Violation, from schedule: Schedule, problem: Problem) -> Bool {
        var changed = schedule
        guard let i = changed.assignments.firstIndex(where: { $0.id == repair.occurrence }) else { return false }
        switch repair.change {
        case let .move(date, start, end, room):
            (changed.assignments[i].date, changed.assignments[i].start, changed.assignments[i].end, changed.assignments[i].room) = (
                date, start, end, room
            )
        case let .replaceTrainer(old, new):
            changed.assignments[i].trainers = changed.assignments[i].trainers.map { $0 == old ? new : $0 }
        case let .addTrainer(new):
            changed.assignments[i].trainers.append(new)
        }
        return !evaluate(changed, against: problem).violations.contains { v in
            v.constraint == violation.constraint && Set(v.trainers) == Set(violation.trainers) && Set(v.rooms) == Set(violation.rooms)
                && Set(v.groups) == Set(violation.groups) && v.sessions.contains(where: violation.sessions.contains)
        }
    }

    /// The schedule with three faults, each on occurrences the others do not touch, and the ids of the
    /// occurrences changed.
    static func withFaults(_ schedule: Schedule, plan: Plan) -> (Schedule, Set<String>)? {
        var s = schedule
        let trainers = Dictionary(plan.trainers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let sessions = Dictionary(plan.sessions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let venueOfRoom = Dictionary(plan.venues.flatMap { v in v.rooms.map { ($0.id, v.id) } }, uniquingKeysWith: { a, _ in a })
        func overlaps(_ a: Assignment, _ b: Assignment) -> Bool { a.date == b.date && a.start < b.end && b.start < a.end }
        func busy(_ trainer: String, during a: Assignment) -> Bool {
            s.assignments.contains { $0.trainers.contains(trainer) && overlaps($0, a) }
        }
        var touched = Set<Int>()
        // 1. A room double-booked: an occurrence moved into the room of another at the same time, same venue.
        let n = s.assignments.count
        guard
            let (a, b) = (0..<n).lazy.compactMap({ i -> (Int, Int)? in
                let x = s.assignments[i]
                guard
                    let j = (i + 1..<min(n, i + 400)).first(where: { j in
                        let y = s.assignments[j]
                        return y.date == x.date && y.start == x.start && y.room != x.room
                            && y.room.flatMap { venueOfRoom[$0] } == x.room.flatMap { venueOfRoom[$0] }
                    })
                else { return nil }
                return (i, j)
            }).first
        else { return nil }
        s.assignments[b].room = s.assignments[a].room
        touched.formUnion([a, b])
        // 2. A pool trainer without the session's skill (same language, free then).
        guard
            let (c, lacking) = s.assignments.indices.lazy.compactMap({ i -> (Int, String)? in
                guard !touched.contains(i), let session = sessions[s.assignments[i].id.session], let pool = session.pool,
                    s.assignments[i].trainers.count == 1
                else { return nil }
                let candidate = plan.trainers.first { t in
                    !pool.skills.allSatisfy(t.skills.contains) && session.language.map(t.languages.contains) != false
                        && t.homeVenue == session.venue && !busy(t.id, during: s.assignments[i])
                }
                return candidate.map { (i, $0.id) }
            }).first
        else { return nil }
        s.assignments[c].trainers = [lacking]
        touched.insert(c)
        // 3. A trainer double-booked across towns: an occurrence given to a qualified trainer busy in another town then.
        guard
            let (d, clash) = s.assignments.indices.lazy.compactMap({ i -> (Int, String)? in
                let x = s.assignments[i]
                guard !touched.contains(i), let session = sessions[x.id.session], let pool = session.pool else { return nil }
                let other = s.assignments.indices.first { j in
                    let y = s.assignments[j]
                    guard j != i, !touched.contains(j), overlaps(x, y), y.room.flatMap({ venueOfRoom[$0] }) != x.room.flatMap({ venueOfRoom[$0] }),
                        let t = y.trainers.first, let trainer = trainers[t]
                    else { return false }
                    return pool.skills.allSatisfy(trainer.skills.contains) && session.language.map(trainer.languages.contains) != false
                }
                return other.flatMap { s.assignments[$0].trainers.first }.map { (i, $0) }
            }).first
        else { return nil }
        s.assignments[d].trainers = [clash]
        touched.insert(d)
        return (s, Set(touched.map { s.assignments[$0].id.description }))
    }
}
