import Foundation
import ForumCalendar
import ForumModel
import ForumReports

/// The Taldykorgan example plan, which fuzzed schedules are read against.
let plan: Plan = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardizedFileURL
    return try! PlanLoader.load(contentsOf: root.appendingPathComponent("examples/taldykorgan-conference.yaml")).plan
}()

/// libFuzzer entry: any bytes as a hand-made schedule, read both as CSV and as an .ics file and
/// matched to the plan's occurrences; each reader ends in rows or row-numbered errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchedule(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = ScheduleMatcher.match(try ScheduleCSV.read(text, file: "fuzz.csv"), plan: plan)
    } catch {
        precondition(!error.errors.isEmpty, "a rejected CSV must say why")
    }
    do {
        _ = ScheduleMatcher.match(try CalendarSchedule.rows(icsText: text, fileName: "fuzz.ics", plan: plan), plan: plan)
    } catch {
        precondition(!error.errors.isEmpty, "a rejected calendar must say why")
    }
    return 0
}
