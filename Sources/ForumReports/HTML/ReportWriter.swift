import Foundation
import ForumModel
import ForumText

/// Writes report pages into a folder atomically and removes the pages an earlier report wrote that
/// this one no longer has (a trainer who left the plan, a day that moved).
///
/// The list of pages written is kept in `DIR/.report-pages`; only files named there are ever removed,
/// so other files in the folder are safe.
public enum ReportWriter {
    /// What a write did.
    public struct Result: Hashable, Sendable {
        /// Pages whose content changed (relative paths, in page order).
        public var written: [String]
        /// Pages already up to date and left untouched.
        public var unchanged: Int
        /// Pages of the previous report removed (sorted).
        public var removed: [String]
        /// Bytes of all pages.
        public var bytes: Int
    }

    /// The name of the list of pages inside the report folder.
    public static let manifestName = ".report-pages"

    /// Writes `pages` under `dir` (created when missing).
    /// - Throws: ``ReportWriteError`` when a folder or file cannot be written; no page is then replaced.
    public static func write(_ pages: [ReportPage], to dir: URL) throws(ReportWriteError) -> Result {
        let fm = FileManager.default
        let manifest = dir.appendingPathComponent(manifestName)
        let old = (try? String(contentsOf: manifest, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        var result = Result(written: [], unchanged: 0, removed: [], bytes: 0)
        var folders: [String] = []
        var items: [AtomicFile.Item] = []
        for page in pages {
            let url = dir.appendingPathComponent(page.path)
            let folder = url.deletingLastPathComponent()
            if !folders.contains(folder.path) {
                folders.append(folder.path)
                do {
                    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw .folder(path: folder.path, reason: folderProblem(folder, error))
                }
            }
            items.append((url, Data(page.html.utf8)))
            result.bytes += items[items.count - 1].data.count
        }
        do {
            let changed = try AtomicFile.writeAll(items)
            result.written = zip(pages, changed).filter(\.1).map(\.0.path)
            result.unchanged = changed.count - result.written.count
        } catch let error as FileWriteError {
            throw .file(error)
        } catch {
            throw .file(FileWriteError(path: dir.path, reason: error.localizedDescription))
        }
        let current = Set(pages.map(\.path))
        for path in old.sorted() where !current.contains(path) && isPagePath(path) {
            let url = dir.appendingPathComponent(path)
            guard (try? fm.removeItem(at: url)) != nil else { continue }
            result.removed.append(path)
            var parent = url.deletingLastPathComponent()
            while parent.standardizedFileURL.path != dir.standardizedFileURL.path,
                (try? fm.contentsOfDirectory(atPath: parent.path))?.isEmpty == true
            {
                try? fm.removeItem(at: parent)
                parent = parent.deletingLastPathComponent()
            }
        }
        do {
            try AtomicFile.write(pages.map(\.path).joined(separator: "\n") + "\n", to: manifest)
        } catch let error as FileWriteError {
            throw .file(error)
        } catch {
            throw .file(FileWriteError(path: manifest.path, reason: error.localizedDescription))
        }
        return result
    }

    /// Why `folder` could not be created, in words: a file in the way, else the system's reason.
    private static func folderProblem(_ folder: URL, _ error: any Error) -> String {
        var url = folder
        while url.path != "/" {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                return "\(url.path) is a file, not a folder"
            }
            url = url.deletingLastPathComponent()
        }
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }

    /// A relative `.html` path inside the folder (a tampered list cannot remove anything else).
    private static func isPagePath(_ path: String) -> Bool {
        !path.hasPrefix("/") && path.hasSuffix(".html") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }
}

/// A report folder or page could not be written; pages already written are complete (never half-written).
public enum ReportWriteError: Error, CustomStringConvertible, Sendable {
    /// A folder of the report could not be created.
    case folder(path: String, reason: String)
    /// A page (or the page list) could not be written.
    case file(FileWriteError)

    /// What is wrong, where, and what to do.
    public var description: String {
        switch self {
        case let .folder(path, reason):
            return "\(path): error: cannot create the report folder (\(reason)). Pass an --out folder that can be created and written."
        case let .file(error):
            return error.description
        }
    }
}
