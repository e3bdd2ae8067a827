import Foundation

/// The secret folder names under which trainer feeds are published: `trainers/<token>/<id>.ics`.
///
/// A token is 128 bits from the system CSPRNG (`SystemRandomNumberGenerator`, i.e. `getrandom`),
/// written as 32 lowercase hex digits. Tokens live in the state folder's `tokens.json` (outside the
/// published folder, see ``PublicationState``) so a trainer's subscription URL stays the same across
/// exports until it is revoked.
public struct TrainerTokens: Codable, Hashable, Sendable {
    /// Trainer id → token.
    public var tokens: [String: String]

    /// No tokens yet.
    public init() { tokens = [:] }

    /// The tokens kept in `state`; none when it has none yet.
    public static func load(from state: PublicationState) throws -> TrainerTokens {
        let url = state.tokensURL
        guard FileManager.default.fileExists(atPath: url.path) else { return TrainerTokens() }
        do {
            let tokens = try JSONDecoder().decode(TrainerTokens.self, from: Data(contentsOf: url))
            for (id, token) in tokens.tokens where !isWellFormed(token) {
                throw ExportError.unreadableState(path: url.path, reason: "the token of '\(id)' is not 32 hex digits")
            }
            return tokens
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError.unreadableState(path: url.path, reason: "\(error)")
        }
    }

    /// Gives every trainer in `ids` a token, keeping existing ones.
    public mutating func issue(for ids: [String]) {
        for id in ids where tokens[id] == nil { tokens[id] = Self.newToken() }
    }

    /// Replaces a trainer's token with a new one; returns the old token, if any.
    @discardableResult
    public mutating func revoke(_ id: String) -> String? {
        let old = tokens[id]
        var fresh = Self.newToken()
        while fresh == old { fresh = Self.newToken() }
        tokens[id] = fresh
        return old
    }

    /// 128 random bits as 32 lowercase hex digits.
    static func newToken() -> String {
        var rng = SystemRandomNumberGenerator()
        let words = [rng.next() as UInt64, rng.next() as UInt64]
        return words.map { w in
            let s = String(w, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }

    /// Whether `token` looks like one we issue (so it is safe as a folder name).
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 32 && token.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Deterministic JSON bytes.
    func encoded() -> Data { PublicationManifest.encode(self) }
}
