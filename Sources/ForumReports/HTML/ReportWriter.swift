import Foundation
import ForumModel

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
    /// - Throws: ``FileWriteError`` when a folder or file cannot be written; pages already written stay complete.
    public static func write(_ pages: [ReportPage], to dir: URL) throws(FileWriteError) -> Result {
        let fm = FileManager.default
        let manifest = dir.appendingPathComponent(manifestName)
        let old = (try? String(contentsOf: manifest, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        var result = Result(written: [], unchanged: 0, removed: [], bytes: 0)
        var folders: Set<String> = []
        for page in pages {
            let url = dir.appendingPathComponent(page.path)
            let folder = url.deletingLastPathComponent()
            if folders.insert(folder.path).inserted {
                do {
                    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    throw FileWriteError(path: folder.path, reason: "cannot create the folder (\(error.localizedDescription))")
                }
            }
            let data = Data(page.html.utf8)
            result.bytes += data.count
            do {
                if try AtomicFile.write(data, to: url) { result.written.append(page.path) } else { result.unchanged += 1 }
            } catch let error as FileWriteError {
                throw error
            } catch {
                throw FileWriteError(path: url.path, reason: error.localizedDescription)
            }
        }
        let current = Set(pages.map(\.path))
        for path in old.sorted() where !current.contains(path) && isPagePath(path) {
            let url = dir.appendingPathComponent(path)
            guard (try? fm.removeItem(at: url)) != nil else { continue }
            result.removed.append(path)
            var parent = url.deletingLastPathComponent()
            while parent.standardizedFileURL.path != dir.standardizedFileURL.path,
                  (try? fm.contentsOfDirectory(atPath: parent.path))?.isEmpty == true {
                try? fm.removeItem(at: parent)
                parent = parent.deletingLastPathComponent()
            }
        }
        do {
            try AtomicFile.write(pages.map(\.path).joined(separator: "\n") + "\n", to: manifest)
        } catch let error as FileWriteError {
            throw error
        } catch {
            throw FileWriteError(path: manifest.path, reason: error.localizedDescription)
        }
        return result
    }

    /// A relative `.html` path inside the folder (a tampered list cannot remove anything else).
    private static func isPagePath(_ path: String) -> Bool {
        !path.hasPrefix("/") && path.hasSuffix(".html") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }
}
