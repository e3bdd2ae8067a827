import ForumCalendar
import ForumModel
import Foundation

/// `forumcal-bench [PLAN SCHEDULE]`: times the export of every feed of a forum (default: the Otpan
/// example and its witness schedule, 2,803 occurrences).
///
/// Run with `make bench-export` (release build). Prints one line per phase and the peak RSS.

/// CPU seconds (user + system) this process has used so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Wall-clock and CPU seconds of `body` (on a busy machine the CPU figure is the one to compare).
func seconds(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = cpuSeconds()
    try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds() - cpu)
}

/// Peak resident set size of this process.
func peakRSSMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024 // kilobytes
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1_048_576 // bytes
    #endif
}

/// Number and total size of the .ics files below `url`.
func folderBytes(_ url: URL) -> (files: Int, bytes: Int) {
    var files = 0, bytes = 0
    for case let path as String in FileManager.default.enumerator(atPath: url.path) ?? .init() where path.hasSuffix(".ics") {
        files += 1
        bytes += (try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(path).path)[.size] as? Int) ?? 0
    }
    return (files, bytes)
}

let arguments = Array(CommandLine.arguments.dropFirst())
let planPath = arguments.first ?? "examples/otpan-rollout.yaml"
let schedulePath = arguments.dropFirst().first ?? "examples/witnesses/otpan-rollout.schedule.yaml"
let plan: Plan
let schedule: Schedule
do {
    plan = try PlanLoader.load(contentsOf: URL(fileURLWithPath: planPath)).plan
    schedule = try ScheduleFile.read(contentsOf: URL(fileURLWithPath: schedulePath))
} catch {
    FileHandle.standardError.write(Data("forumcal-bench: \(error)\n".utf8))
    exit(2)
}
let out = FileManager.default.temporaryDirectory.appendingPathComponent("forumcal-bench-\(getpid())")
defer { try? FileManager.default.removeItem(at: out) }
try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
let t0 = Date(timeIntervalSince1970: 1_788_000_000)

print(
    "forumcal-bench: \(schedule.assignments.count) occurrences, \(plan.trainers.count) trainers, \(plan.rooms.count) rooms, \(plan.groups.count) groups, \(plan.forum.days.count) days"
)
var report: ExportReport?
let first = try seconds { report = try FeedExporter.export(plan: plan, schedule: schedule, to: out, now: t0) }
let size = folderBytes(out)
print(
    String(
        format: "first export:     %.3f s wall, %.3f s CPU  (%d feeds, %d files written, %.1f MB of .ics)", first.wall, first.cpu,
        report?.feeds.count ?? 0, report?.written.count ?? 0, Double(size.bytes) / 1e6))
let again = try seconds { report = try FeedExporter.export(plan: plan, schedule: schedule, to: out, now: t0.addingTimeInterval(3600)) }
print(String(format: "no-change export: %.3f s wall, %.3f s CPU  (%d files written)", again.wall, again.cpu, report?.written.count ?? 0))
var moved = schedule.assignments
moved[0].start = TimeOfDay(minutes: moved[0].start.minutes + 30)!
moved[0].end = TimeOfDay(minutes: moved[0].end.minutes + 30)!
let replan = try seconds {
    report = try FeedExporter.export(
        plan: plan, schedule: Schedule(forumID: schedule.forumID, assignments: moved), to: out, now: t0.addingTimeInterval(7200))
}
print(
    String(
        format: "one-move export:  %.3f s wall, %.3f s CPU  (%d files written, %d rescheduled)", replan.wall, replan.cpu, report?.written.count ?? 0,
        report?.rescheduled ?? 0))
print(String(format: "peak RSS:         %.1f MB", peakRSSMegabytes()))
