import Foundation

extension PlanValidator {
    /// The forum's time zone is an IANA name known to this system's time zone database.
    func checkTimeZone() {
        let name = plan.forum.timeZone
        guard !Self.isKnownTimeZone(name) else { return }
        let hint: String
        if let match = Suggestion.closest(
            to: name,
            in: [
                "Asia/Almaty", "Asia/Aqtau", "Asia/Aqtobe", "Asia/Atyrau", "Asia/Oral",
                "Asia/Qostanay", "Asia/Qyzylorda", "Europe/Moscow", "UTC"
            ])
        {
            hint = "Did you mean '\(match)'?"
        } else {
            hint = "Use an IANA name such as Asia/Almaty or Asia/Aqtau (see /usr/share/zoneinfo)."
        }
        error("unknown time zone '\(name)'", at: ["forum.time_zone", "forum"], hint: hint)
    }

    /// Whether `name` is a sane IANA zone name that Foundation knows and, where the system has a
    /// time zone database (`/usr/share/zoneinfo`), that has its own file there — so names Foundation
    /// makes up (`GMT+5`) are refused, as calendar programs would not know them either.
    static func isKnownTimeZone(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        let sane =
            !name.isEmpty && name.count <= 64
            && parts.allSatisfy { part in
                !part.isEmpty && part != "." && part != ".." && part.allSatisfy { $0.isLetter || $0.isNumber || "_-+".contains($0) }
            }
        guard sane, name != "Factory", TimeZone(identifier: name) != nil else { return false }
        let database = "/usr/share/zoneinfo"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: database, isDirectory: &isDirectory), isDirectory.boolValue else { return true }
        let attributes = try? FileManager.default.attributesOfItem(atPath: "\(database)/\(name)")
        return attributes?[.type] as? FileAttributeType == .typeRegular || attributes?[.type] as? FileAttributeType == .typeSymbolicLink
    }
}
