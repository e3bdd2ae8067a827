import Foundation

/// Writes files so that a reader sees either the old content or the new, never a half-written file.
public enum AtomicFile {
    /// One file to write: where, and the complete new content.
    public typealias Item = (url: URL, data: Data)

    /// Writes `data` to a temporary file beside `url`, flushes it, then renames it over `url`.
    ///
    /// When the content is already exactly `data`, nothing is written and the modification time is kept.
    /// - Returns: whether the file changed.
    @discardableResult
    public static func write(_ data: Data, to url: URL, skipIfUnchanged: Bool = true) throws -> Bool {
        try writeAll([(url, data)], skipIfUnchanged: skipIfUnchanged)[0]
    }

    /// Writes UTF-8 text atomically; see ``write(_:to:skipIfUnchanged:)``.
    @discardableResult
    public static func write(_ text: String, to url: URL, skipIfUnchanged: Bool = true) throws -> Bool {
        try write(Data(text.utf8), to: url, skipIfUnchanged: skipIfUnchanged)
    }

    /// Writes many files as one publication: every changed file is first written to a temporary file
    /// and flushed to disk (several at once), and only then are they renamed into place, in `items` order.
    ///
    /// If a write fails, or `shouldStop` (asked between batches, on the caller's thread) answers true,
    /// no file is replaced and no temporary file is left. Folders must exist.
    /// - Returns: for each item, whether its file changed.
    /// - Throws: ``FileWriteError``, or ``WriteStopped`` when `shouldStop` answered true.
    public static func writeAll(_ items: [Item], skipIfUnchanged: Bool = true, shouldStop: () -> Bool = { false }) throws -> [Bool] {
        let staged = StagedFiles(count: items.count)
        let batch = 64
        do {
            for first in stride(from: 0, to: items.count, by: batch) {
                if shouldStop() { throw WriteStopped() }
                let range = first..<min(first + batch, items.count)
                try staged.stage(items, range: range, skipIfUnchanged: skipIfUnchanged)
            }
            for (i, item) in items.enumerated() {
                guard let temp = staged.temps[i] else { continue }
                if rename(temp.path, item.url.path) != 0 {
                    throw FileWriteError(path: item.url.path, reason: String(cString: strerror(errno)))
                }
                staged.temps[i] = nil
            }
        } catch {
            staged.removeTemporaries()
            throw error
        }
        return staged.changed
    }

    /// The temporary file beside `url` that holds its new content until the rename.
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    }

    /// Writes and flushes `data` to `temp`; on failure removes it and says why.
    static func writeFlushed(_ data: Data, to temp: URL, for url: URL) throws(FileWriteError) {
        do {
            try data.write(to: temp, options: [])
            let fd = open(temp.path, O_RDONLY)
            if fd >= 0 {
                fsync(fd)
                close(fd)
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw FileWriteError(path: url.path, reason: reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let e = error as? CocoaError, let underlying = e.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

/// ``AtomicFile/writeAll(_:skipIfUnchanged:shouldStop:)`` was asked to stop; nothing was replaced.
public struct WriteStopped: Error, Sendable {}

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
