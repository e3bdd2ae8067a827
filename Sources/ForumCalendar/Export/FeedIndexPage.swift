import ForumModel
import ForumText

/// `index.html`: the forum's title and dates, and the public feeds with subscribe (`webcal://`) and
/// download links, laid out to read on a phone. A forum with several languages gets one page per
/// language (`index.<code>.html`, and `index.html` a copy of the default one's), each listing the
/// feeds in its language, with a switch between them (`forumplan serve` picks one by `Accept-Language`).
///
/// Trainer feeds are private and never listed. Without a base URL the page turns each relative
/// link into a `webcal://` link in the browser (the page knows its own address); with one, the
/// links are absolute in the file.
struct FeedIndexPage {
    let forumTitle: String
    /// The forum's days, sorted.
    let days: [LocalDate]
    let feeds: [Feed]
    /// e.g. `https://forum.example.kz/feeds/`; nil for links relative to the page.
    let baseURL: String?
    /// Relative path of the HTML timetable to link (`report/index.html`), nil when there is none.
    let reportLink: String?
    /// The page's language.
    let words: Catalogue
    /// Every language's page (language, path) for the language switch; empty for a one-language forum.
    let switches: [(language: Language, path: String)]

    /// The whole page.
    func html() -> String {
        let w = words.index
        var out = """
            <!DOCTYPE html>
            <html lang="\(words.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(forumTitle)): \(escape(w.calendars))</title>
            \(alternates)<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.4}table{border-collapse:collapse;width:100%}td{padding:.4rem .8rem .4rem 0;border-bottom:1px solid #ddd}td a{display:inline-block;padding:.2rem 0;white-space:nowrap}.dates{font-size:1.1rem}.languages{float:right}</style>
            </head>
            <body>
            \(languageSwitch)<h1>\(escape(forumTitle))</h1>
            \(datesParagraph)
            <p>\(escape(w.intro))</p>

            """
        if let reportLink {
            out += "<p><a href=\"\(escape(reportLink))\">\(escape(w.timetableLink))</a>\(escape(w.timetableNote))</p>\n"
        }
        let sections: [(Feed.Kind, String)] = [
            (.forum, w.wholeForum), (.group, w.groups), (.section, w.sections), (.room, w.rooms), (.venue, w.venues)
        ]
        for (kind, heading) in sections {
            let list = feeds.filter { $0.kind == kind && !$0.isPrivate }
            guard !list.isEmpty else { continue }
            out += "<h2>\(heading)</h2>\n<table>\n"
            for feed in list {
                out += "<tr><td>\(escape(feed.title))</td>"
                out += "<td><a \(subscribeAttributes(feed.path))>\(escape(w.subscribe))</a></td>"
                out += "<td><a href=\"\(escape(feed.path))\" download>\(escape(w.download))</a></td></tr>\n"
            }
            out += "</table>\n"
        }
        if baseURL == nil {
            out += """
                <script>
                for (const a of document.querySelectorAll("a[data-feed]")) {
                  a.href = new URL(a.dataset.feed, location.href).href.replace(/^https?:/, "webcal:");
                }
                </script>

                """
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// `<link rel="alternate" hreflang=…>` lines for the other languages' pages.
    private var alternates: String {
        switches.filter { $0.language != words.language }.map {
            "<link rel=\"alternate\" hreflang=\"\($0.language.rawValue)\" href=\"\(escape($0.path))\">\n"
        }.joined()
    }

    /// The switch between the languages' pages (each named in its own language), or nothing.
    private var languageSwitch: String {
        guard !switches.isEmpty else { return "" }
        let items = switches.map { item -> String in
            let name = escape(item.language.nativeName), code = item.language.rawValue
            return item.language == words.language
                ? "<strong lang=\"\(code)\" aria-current=\"page\">\(name)</strong>"
                : "<a href=\"\(escape(item.path))\" hreflang=\"\(code)\" lang=\"\(code)\">\(name)</a>"
        }
        return "<nav class=\"languages\">" + items.joined(separator: " · ") + "</nav>\n"
    }

    /// `<p class="dates">12–14 November 2019 (3 days)</p>`, or nothing for a forum without days.
    private var datesParagraph: String {
        guard let first = days.first, let last = days.last else { return "" }
        let span = words.dateRange(first, last), count = words.count(days.count, words.index.days)
        return "<p class=\"dates\"><time datetime=\"\(first)\">\(escape(span))</time> (\(escape(count)))</p>"
    }

    private func subscribeAttributes(_ path: String) -> String {
        guard let baseURL else { return "href=\"\(escape(path))\" data-feed=\"\(escape(path))\"" }
        var base = baseURL
        for scheme in ["https://", "http://", "webcal://"] where base.hasPrefix(scheme) { base.removeFirst(scheme.count) }
        if !base.hasSuffix("/") { base += "/" }
        return "href=\"\(escape("webcal://" + base + path))\""
    }

    private func escape(_ text: String) -> String {
        var s = ""
        for c in text {
            switch c {
            case "&": s += "&amp;"
            case "<": s += "&lt;"
            case ">": s += "&gt;"
            case "\"": s += "&quot;"
            case "'": s += "&#39;"
            default: s.append(c)
            }
        }
        return s
    }
}
