/// Reading `Accept-Encoding` (RFC 9110 §12.5.3) and `Accept-Language` (§12.5.4).
enum ContentNegotiation {
    /// The language codes (primary subtags, lower case: `ru` for `ru-RU`) of `Accept-Language`, most
    /// wanted first (ties keep the header's order); weight 0 and `*` are left out.
    static func languages(_ header: String?) -> [String] {
        guard let header else { return [] }
        var ranked: [(code: String, weight: Double, position: Int)] = []
        for (position, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";")
            guard let range = parts.first?.trimmingSpaces().lowercased(), range != "*" else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let p = parameter.trimmingSpaces()
                if p.hasPrefix("q=") || p.hasPrefix("Q=") { weight = Double(p.dropFirst(2)) ?? 0 }
            }
            let code = String(range.prefix { $0 != "-" && $0 != "_" })
            guard weight > 0, !code.isEmpty, code.allSatisfy({ $0.isASCII && $0.isLetter }),
                !ranked.contains(where: { $0.code == code })
            else { continue }
            ranked.append((code, weight, position))
        }
        return ranked.sorted { ($0.weight, -$0.position) > ($1.weight, -$1.position) }.map(\.code)
    }

    /// Whether the client accepts gzip: `gzip` or `x-gzip` (or `*`) listed with a non-zero weight.
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        if header == "gzip" || header.hasPrefix("gzip, ") { return true } // the common forms, fast
        var wildcard = false
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";")
            guard let coding = parts.first?.trimmingSpaces().lowercased() else { continue }
            var weight = 1.0
            for parameter in parts.dropFirst() {
                let p = parameter.trimmingSpaces()
                if p.hasPrefix("q=") || p.hasPrefix("Q=") { weight = Double(p.dropFirst(2)) ?? 0 }
            }
            if coding == "gzip" || coding == "x-gzip" { return weight > 0 }
            if coding == "*" { wildcard = weight > 0 }
        }
        return wildcard
    }
}
