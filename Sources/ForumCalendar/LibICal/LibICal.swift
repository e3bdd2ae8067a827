import CLibical
import Foundation

/// The one door to libical's process-wide state: its error number and its shared time zone cache.
enum LibICal {
    /// Runs one libical call and turns a raised `icalerrno` into a thrown ``ICalError``.
    ///
    /// `icalerrno` is thread-local, so it is cleared before and read right after the call on the
    /// same thread; nothing may suspend in between (the body is synchronous).
    static func check<T>(
        _ function: String, _ context: @autoclosure () -> String = "", _ body: () -> T
    ) throws(ICalError) -> T {
        CLibical_clear_errno()
        let result = body()
        let errno = CLibical_errno()
        guard errno == ICAL_NO_ERROR else {
            CLibical_clear_errno()
            throw ICalError(errno, function: function, context: context())
        }
        return result
    }

    /// Copies a caller-owned C string from one of libical's `*_r` functions and frees it.
    static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { free(pointer) }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    /// Copies a string libical lends from a property's storage; nil when absent.
    static func copyString(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)), as: UTF8.self)
    }

    /// Whether this libical writes `^` in parameter values as `^^` (RFC 6868; from 3.0.18 on).
    static let escapesCaret = (ICAL_MAJOR_VERSION, ICAL_MINOR_VERSION, ICAL_PATCH_VERSION) >= (3, 0, 18)

    /// Serializes work that may fill libical's shared builtin-zone cache.
    ///
    /// libical 3.0.16 fills and extends its zone list without a lock (upstream PR #1029): a thread
    /// iterating it while another loads a zone can crash or convert wrongly. Every lookup of a zone
    /// by name, and every parse of a foreign file (whose TZIDs libical resolves against that list),
    /// runs inside this lock. Feeds built afterwards use zones we own and need no lock.
    static func withZoneCache<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        zoneCacheLock.lock()
        defer { zoneCacheLock.unlock() }
        _ = icaltimezone_get_utc_timezone()
        return try body()
    }

    private static let zoneCacheLock = NSRecursiveLock()

    /// Loads the named builtin zones and converts one time in each, so their lazy state is filled.
    ///
    /// - Returns: the names libical does not know (not in `/usr/share/zoneinfo`).
    static func warmUp(zones names: [String]) -> [String] {
        withZoneCache {
            var unknown: [String] = []
            for name in names where name != "UTC" && name != "GMT" {
                guard let zone = icaltimezone_get_builtin_timezone(name) else {
                    unknown.append(name)
                    continue
                }
                _ = icaltimezone_get_component(zone)
                var t = icaltime_from_string("20260101T120000")
                icaltime_set_timezone(&t, zone)
                _ = icaltime_as_timet_with_zone(t, zone)
            }
            return unknown
        }
    }
}
