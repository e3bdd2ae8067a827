import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

@Suite struct FeedExportTests {
    @Test func smoke() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let report = try FeedExporter.export(plan: SamplePlan.plan, schedule: SamplePlan.schedule, to: dir.url, now: SamplePlan.firstExport)
        try? FileManager.default.removeItem(atPath: "/tmp/smoke"); try FileManager.default.copyItem(at: dir.url, to: URL(fileURLWithPath: "/tmp/smoke"))
    }
}
