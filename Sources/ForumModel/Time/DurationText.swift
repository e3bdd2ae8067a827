/// Reads and writes durations as the plan file spells them: `90m`, `1h30m`, `3h`.
public enum DurationText {
    /// Minutes in `text`, or nil when it is not of the form `<h>h`, `<m>m` or `<h>h<m>m` with positive total.
    public static func minutes(_ text: some StringProtocol) -> Int? {
        var total = 0
        var number = ""
        var sawUnit = false
        var lastUnit: Character? = nil
        for ch in text {
            if ch.isASCIIDigit {
                number.append(ch)
                guard number.count <= 6 else { return nil }
            } else if ch == "h" || ch == "m" {
                guard let n = Int(number), !(ch == "h" && lastUnit != nil), lastUnit != "m" else { return nil }
                total += ch == "h" ? n * 60 : n
                number = ""
                sawUnit = true
                lastUnit = ch
            } else {
                return nil
            }
        }
        guard sawUnit, number.isEmpty, total > 0 else { return nil }
        return total
    }

    /// The shortest spelling of `minutes`: `45m`, `2h`, `1h30m`.
    public static func format(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        switch (h, m) {
        case (0, _): return "\(m)m"
        case (_, 0): return "\(h)h"
        default: return "\(h)h\(m)m"
        }
    }
}
