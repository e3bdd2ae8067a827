/// A small HTML writer: escapes every text and attribute value, and writes markup that is both
/// valid HTML5 and well-formed XML (void elements end in ` />`, only the five XML entities).
struct HTML {
    /// The markup written so far.
    private(set) var markup = ""

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references (safe in text and attributes).
    static func escape(_ text: String) -> String {
        var s = ""
        s.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": s += "&amp;"
            case "<": s += "&lt;"
            case ">": s += "&gt;"
            case "\"": s += "&quot;"
            case "'": s += "&#39;"
            // Control characters are not allowed in HTML text; show them as the replacement character.
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": s += "\u{FFFD}"
            default: s.unicodeScalars.append(c)
            }
        }
        return s
    }

    /// Appends escaped text.
    mutating func text(_ text: String) { markup += Self.escape(text) }

    /// Appends markup as it is (for fragments built by other `HTML` values or fixed strings).
    mutating func raw(_ markup: String) { self.markup += markup }

    /// Appends `<name attrs>`; attributes with a nil value are left out.
    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        markup += "<" + name + Self.attributes(attributes) + ">"
    }

    /// Appends `</name>`.
    mutating func close(_ name: String) { markup += "</" + name + ">" }

    /// Appends a void element such as `<meta … />` or `<rect … />`.
    mutating func void(_ name: String, _ attributes: [(String, String?)] = []) {
        markup += "<" + name + Self.attributes(attributes) + " />"
    }

    /// Appends an element holding escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Appends an element whose content `body` writes.
    mutating func element(_ name: String, _ attributes: [(String, String?)] = [], _ body: (inout HTML) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    /// Appends a link holding escaped text.
    mutating func link(_ href: String, _ text: String, class className: String? = nil) {
        element("a", [("href", href), ("class", className)], text: text)
    }

    private static func attributes(_ list: [(String, String?)]) -> String {
        var s = ""
        for (name, value) in list {
            guard let value else { continue }
            s += " " + name + "=\"" + escape(value) + "\""
        }
        return s
    }
}
