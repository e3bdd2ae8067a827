import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A report page parsed into elements. The report writes polyglot markup (valid HTML5 that is also
/// well-formed XML), so a strict XML parser both checks well-formedness and gives the tree.
final class PageNode {
    let name: String
    let attributes: [String: String]
    var children: [PageNode] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every element below (depth first, document order), this one included.
    var all: [PageNode] { [self] + children.flatMap(\.all) }

    /// The text of this element and everything inside it.
    var fullText: String { text + children.map(\.fullText).joined() }

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }

    func hasClass(_ c: String) -> Bool { classes.contains(c) }

    /// A `name:value` declaration of the inline style, e.g. `grid-row` → `3/span 2`.
    func style(_ property: String) -> String? {
        for part in (attributes["style"] ?? "").split(separator: ";") {
            let kv = part.split(separator: ":", maxSplits: 1)
            if kv.count == 2, kv[0] == property { return String(kv[1]) }
        }
        return nil
    }

    /// (first line, span) of a `grid-row`/`grid-column` value: `3/span 2`, `3/5`, `4`.
    func gridPlacement(_ property: String) -> (start: Int, span: Int)? {
        guard let value = style(property) else { return nil }
        let parts = value.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = Int(parts[0]) else { return nil }
        if parts.count == 1 { return (start, 1) }
        if parts[1].hasPrefix("span "), let n = Int(parts[1].dropFirst(5)) { return (start, n) }
        if let end = Int(parts[1]) { return (start, end - start) }
        return nil
    }
}

/// Parses a page; throws with the parser's line and column when it is not well-formed.
struct PageTree {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    let root: PageNode

    init(_ html: String, path: String) throws {
        guard html.hasPrefix("<!DOCTYPE html>\n") else { throw ParseError(description: "\(path): no <!DOCTYPE html> at the start") }
        let body = String(html.dropFirst("<!DOCTYPE html>\n".count))
        let parser = XMLParser(data: Data(body.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(
                description:
                    "\(path): not well-formed at line \(parser.lineNumber), column \(parser.columnNumber): \(parser.parserError.map { "\($0)" } ?? "")"
            )
        }
        self.root = root
    }

    var elements: [PageNode] { root.all }

    private final class Delegate: NSObject, XMLParserDelegate {
        var root: PageNode?
        var stack: [PageNode] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let node = PageNode(name: name, attributes: attributes)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
