import ForumTestSupport

/// Seeded values of an exact UTF-8 length mixing ASCII, Russian and Kazakh letters, 3- and 4-octet
/// characters (emoji, flags) and every character TEXT or parameter values escape.
struct ValueGenerator {
    private var random: SplitMix64
    private static let pieces: [[String]] = [
        (Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.@").map(String.init)),
        (Array("абвгдежзийклмнопрстуфхцчшщъыьэюяЖЩЁ").map(String.init)),
        (Array("әғқңөұүһіӘҒҚҢӨҰҮҺІ").map(String.init)),
        ["№", "—", "€", "…", "‰"],
        ["😀", "🎓", "📚", "🇰🇿", "👩‍🏫"],
        [",", ";", "\\", "\n", "\"", "'", "^", ":"]
    ]

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    /// A value of exactly `octets` UTF-8 octets.
    mutating func value(octets: Int) -> String {
        var s = ""
        var length = 0
        while length < octets {
            var piece = pick(pick(Self.pieces))
            if length + piece.utf8.count > octets { piece = pick(Self.pieces[0]) }
            s += piece
            length += piece.utf8.count
        }
        return s
    }
}
