import Foundation
import ForumModel
import ForumSolver

/// `forumplan-bench [--time-limit S] [--threads N] [--seed N] [--trace] [PLAN.yaml|INSTANCE.ctt|otpan-generated ...]`
///
/// Solves each instance in its own child process (so peak memory is per instance) and prints one
/// row per instance: occurrences, hard/soft score, time to first feasible, time to the final best,
/// total time, moves per CPU-second (all threads, construction included: steady on a busy machine, unlike wall time) and peak memory; a second line the compile time and the wall and
/// process CPU seconds to the first schedule and to the first feasible one. `--trace` prints the
/// best score about every half second on stderr. With no instances: every `examples/*.yaml` plus the
/// generated rollouts of 2,500, 5,000 and 10,000 occurrences (``OtpanGenerator/rollouts``). `--child` is the internal per-instance mode. `--replan [--trainer
/// ID --day DATE]` measures re-planning instead (see ``ReplanBench``); `--suggest [--schedule FILE]`
/// measures `check --suggest` on a generated ten-town rollout (see ``SuggestBench``).
var arguments = Array(CommandLine.arguments.dropFirst())
var options = BenchOptions()
var instances: [String] = []
var child = false
var replan = false
var suggest = false
var schedulePath: String?
var absentTrainer: String?
var absentDay: LocalDate?
while !arguments.isEmpty {
    let a = arguments.removeFirst()
    switch a {
    case "--time-limit": options.timeLimit = Double(arguments.removeFirst())
    case "--threads": options.threads = Int(arguments.removeFirst()) ?? 1
    case "--seed": options.seed = UInt64(arguments.removeFirst()) ?? 1
    case "--child": child = true
    case "--trace": options.trace = true
    case "--replan": replan = true
    case "--suggest": suggest = true
    case "--schedule": schedulePath = arguments.removeFirst()
    case "--trainer": absentTrainer = arguments.removeFirst()
    case "--day": absentDay = LocalDate(iso: arguments.removeFirst())
    default: instances.append(a)
    }
}
if suggest {
    exit(SuggestBench.run(options: options, schedulePath: schedulePath))
}
if replan {
    exit(ReplanBench.run(options: options, trainer: absentTrainer, day: absentDay))
}
if child {
    exit(BenchRun.child(instances[0], options: options))
}
if instances.isEmpty {
    let examples = (try? FileManager.default.contentsOfDirectory(atPath: "examples")) ?? []
    instances = examples.filter { $0.hasSuffix(".yaml") }.sorted().map { "examples/" + $0 } + OtpanGenerator.rollouts.map(\.name)
}
exit(BenchRun.parent(instances, options: options))
