import Foundation

/// The folder that remembers what a feed folder has published: `manifest.json` (SEQUENCE numbers,
/// cancellations, files written) and `tokens.json` (every trainer's private-feed token).
///
/// It lives outside the published folder, so copying that folder to a web server or a CDN can
/// never hand out the tokens: by default beside it, `public` → `public.forumplan` (or wherever the
/// caller says). It is created owner-only (folder 0700, files 0600). Older versions kept it inside
/// the published folder as `DIR/.forumplan/`; ``prepare()`` moves such a folder out.
public struct PublicationState: Hashable, Sendable {
    /// The published folder.
    public let published: URL
    /// The state folder.
    public let folder: URL

    /// Name of the state folder inside the published folder in earlier versions (moved out on the next export).
    public static let legacyName = ".forumplan"

    /// The state of `published`, kept in `folder` (nil: the default, ``defaultFolder(for:)``).
    public init(published: URL, folder: URL? = nil) throws {
        self.published = published.standardizedFileURL
        self.folder = try folder?.standardizedFileURL ?? Self.defaultFolder(for: published)
        let inside = self.folder.path.hasPrefix(self.published.path + "/") || self.folder.path == self.published.path
        if inside { throw ExportError.stateInsidePublished(state: self.folder.path, published: self.published.path) }
    }

    /// The default state folder of `published`: beside it, named `<folder name>.forumplan`.
    public static func defaultFolder(for published: URL) throws -> URL {
        let dir = published.standardizedFileURL
        let parent = dir.deletingLastPathComponent()
        guard dir.path != "/", !dir.lastPathComponent.isEmpty, parent.path != dir.path else {
            throw ExportError.noDefaultState(published: dir.path)
        }
        return parent.appendingPathComponent(dir.lastPathComponent + ".forumplan", isDirectory: true)
    }

    /// `tokens.json`: trainer id → token.
    public var tokensURL: URL { folder.appendingPathComponent("tokens.json") }
    /// `manifest.json`: the publication history.
    public var manifestURL: URL { folder.appendingPathComponent("manifest.json") }
    /// Where earlier versions kept the state: inside the published folder.
    public var legacyFolder: URL { published.appendingPathComponent(Self.legacyName, isDirectory: true) }

    /// Makes the state folder ready before an export: moves a legacy `DIR/.forumplan/` out of the
    /// published folder when there is one, creates the folder, and makes it and its files owner-only.
    /// - Returns: a note for the user when the legacy folder was moved, else nil.
    /// - Throws: ``ExportError/stateInTwoPlaces(legacy:state:)`` when both the legacy and the new folder hold state.
    @discardableResult
    public func prepare() throws -> String? {
        let fm = FileManager.default
        var note: String? = nil
        if fm.fileExists(atPath: legacyFolder.path) {
            if fm.fileExists(atPath: manifestURL.path) || fm.fileExists(atPath: tokensURL.path) {
                throw ExportError.stateInTwoPlaces(legacy: legacyFolder.path, state: folder.path)
            }
            do {
                try fm.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
                if fm.fileExists(atPath: folder.path) { try fm.removeItem(at: folder) } // an empty leftover
                try fm.moveItem(at: legacyFolder, to: folder)
            } catch {
                throw ExportError.unreadableState(path: legacyFolder.path, reason: "cannot move it to \(folder.path): \(error.localizedDescription)")
            }
            note =
                "note: moved the publication state (trainer tokens, manifest) out of the published folder: \(legacyFolder.path) → \(folder.path). Keep that folder private and beside the feeds; it is no longer in what you copy to the web server."
        }
        do {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ExportError.unreadableState(path: folder.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        restrict()
        return note
    }

    /// Sets owner-only permissions on the folder (0700) and on every file in it (0600).
    public func restrict() {
        chmod(folder.path, 0o700)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() { chmod(folder.appendingPathComponent(name).path, 0o600) }
    }
}
