import Foundation

/// What a feed folder has published so far, kept in the state folder's `manifest.json` (see ``PublicationState``).
///
/// It is the memory that makes re-exports safe for subscribers: SEQUENCE only grows, DTSTAMP and
/// LAST-MODIFIED only move when an event really changed, and removed events are announced as
/// cancelled. Written as sorted-key JSON, so the same state always gives the same bytes.
public struct PublicationManifest: Codable, Hashable, Sendable {
    /// The publication state of one UID.
    public struct Record: Codable, Hashable, Sendable {
        /// The event as last published.
        public var snapshot: EventSnapshot
        /// Last published SEQUENCE.
        public var sequence: Int
        /// First publication, UTC seconds since the epoch (CREATED).
        public var created: Int
        /// Last change, UTC seconds (DTSTAMP and LAST-MODIFIED).
        public var modified: Int
        /// When the event was removed from the schedule (UTC seconds); nil while it is live.
        public var cancelled: Int?
        /// Keys of the feeds it was last published in (see ``Feed/key``).
        public var feeds: [String]
    }

    /// Format version of this file.
    public var version: Int
    /// The forum the folder publishes.
    public var forum: String
    /// Every UID ever published here, live or cancelled (records are kept so SEQUENCE never restarts).
    public var events: [String: Record]
    /// Files written by the last export, relative to the folder (stale ones are removed next time).
    public var files: [String]

    /// An empty manifest for a forum that has published nothing yet.
    public init(forum: String) {
        self.version = 1
        self.forum = forum
        self.events = [:]
        self.files = []
    }

    /// Reads the manifest kept in `state`; an empty one when it has none yet.
    public static func load(from state: PublicationState, forum: String) throws -> PublicationManifest {
        let url = state.manifestURL
        let dir = state.published
        guard FileManager.default.fileExists(atPath: url.path) else { return PublicationManifest(forum: forum) }
        do {
            let manifest = try JSONDecoder().decode(PublicationManifest.self, from: Data(contentsOf: url))
            guard manifest.forum == forum else {
                throw ExportError.foreignFolder(path: dir.path, forum: manifest.forum, expected: forum)
            }
            return manifest
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.unreadableState(path: url.path, reason: "\(error)")
        }
    }

    /// Deterministic JSON bytes (sorted keys, two-space indent, trailing newline).
    public func encoded() -> Data {
        Self.encode(self)
    }

    /// Deterministic JSON bytes of any value (sorted keys, two-space indent, trailing newline).
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(value) else { preconditionFailure("manifest values always encode") }
        data.append(0x0A)
        return data
    }
}
