import Foundation

/// Writes files so that a reader sees either the old content or the new, never a half-written file.
public enum AtomicFile {
    /// Writes `data` to a temporary file beside `url`, flushes it, then renames it over `url`.
    ///
    /// When the content is already exactly `data`, nothing is written and the modification time is kept.
    /// - Returns: whether the file changed.
    @discardableResult
    public static func write(_ data: Data, to url: URL, skipIfUnchanged: Bool = true) throws -> Bool {
        if skipIfUnchanged, let old = try? Data(contentsOf: url), old == data { return false }
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp, options: [])
            let fd = open(temp.path, O_RDONLY)
            if fd >= 0 { fsync(fd); close(fd) }
            if rename(temp.path, url.path) != 0 {
                let code = errno
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSLocalizedDescriptionKey: String(cString: strerror(code)),
                ])
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw FileWriteError(path: url.path, reason: Self.reason(error))
        }
        return true
    }

    /// Writes UTF-8 text atomically; see ``write(_:to:skipIfUnchanged:)``.
    @discardableResult
    public static func write(_ text: String, to url: URL, skipIfUnchanged: Bool = true) throws -> Bool {
        try write(Data(text.utf8), to: url, skipIfUnchanged: skipIfUnchanged)
    }

    private static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError, let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

/// An output file could not be written; the previous content (if any) is left intact.
public struct FileWriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    /// An error for `path` with `reason` in words (e.g. `Permission denied`).
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): error: cannot write the file (\(reason)); the previous version, if any, is unchanged. Check that the folder exists, is writable and has free space."
    }
}
