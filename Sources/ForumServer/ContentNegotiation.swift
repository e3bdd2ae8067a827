/// Reading `Accept-Encoding` (RFC 9110 §12.5.3).
enum ContentNegotiation {
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
