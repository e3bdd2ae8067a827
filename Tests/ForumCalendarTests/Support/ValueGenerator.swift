/// Seeded values of an exact UTF-8 length mixing ASCII, Russian and Kazakh letters, 3- and 4-octet
/// characters (emoji, flags) and every character TEXT or parameter values escape.
struct ValueGenerator {
    private var state: UInt64
    private static let pieces: [[String]] = [
        (Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.@").map(String.init)),
        (Array("абвгдежзийклмнопрстуфхцчшщъыьэюяЖЩЁ").map(String.init)),
        (Array("әғқңөұүһіӘҒҚҢӨҰҮҺІ").map(String.init)),
        ["№", "—", "€", "…", "‰"],
        ["😀", "🎓", "📚", "🇰🇿", "👩‍🏫"],
        [",", ";", "\\", "\n", "\"", "'", "^", ":"],
    ]

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

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
