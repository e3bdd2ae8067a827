import ForumCalendar
import ForumModel

/// libFuzzer entry: any bytes as a trainer's busy calendar, read through libical over a week of forum days.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCalendar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let first = LocalDate(iso: "2024-03-01")!
    let days = (0..<7).map { first.adding(days: $0) }
    do {
        let windows = try BusyCalendar.busyWindows(icsText: text, fileName: "fuzz.ics", timeZone: "Asia/Almaty", days: days)
        precondition(windows.allSatisfy { $0.day.map(days.contains) ?? false }, "a busy window outside the forum's days")
    } catch {
        precondition(!error.description.isEmpty)
    }
    return 0
}
