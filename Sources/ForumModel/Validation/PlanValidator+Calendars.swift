import Foundation

extension PlanValidator {
    /// Busy and holiday calendar paths name existing files (relative to the plan's folder).
    func checkCalendars() {
        for (h, path) in plan.forum.blockedCalendars.enumerated() {
            checkCalendarFile(path, at: "forum.holidays[\(h)]", owner: "")
        }
        for (t, trainer) in plan.trainers.enumerated() {
            for (c, path) in trainer.busyCalendars.enumerated() {
                checkCalendarFile(path, at: "trainers[\(t)].busy_calendars[\(c)]", owner: " of trainer '\(trainer.id)'")
            }
        }
    }

    private func checkCalendarFile(_ path: String, at location: String, owner: String) {
        let url = PlanPaths.resolve(path, against: folder)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return }
        let what = owner.isEmpty ? "holiday calendar" : "busy calendar"
        error(
            "\(what) '\(path)'\(owner) does not exist", at: [location],
            hint: "Paths are relative to the plan file's folder; export the calendar as an .ics file there or fix the path.")
    }
}
