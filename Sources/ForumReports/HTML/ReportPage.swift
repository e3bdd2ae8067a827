import ForumModel
import ForumText

/// One HTML file of a report.
public struct ReportPage: Hashable, Sendable {
    /// Path relative to the report folder, `/`-separated (`days/2019-11-14.html`).
    public var path: String
    /// The whole document.
    public var html: String

    public init(path: String, html: String) {
        self.path = path
        self.html = html
    }
}

/// The frame every page shares: doctype, UTF-8, the inline stylesheet and the navigation bar.
struct PageShell {
    let context: ReportContext
    /// The page's own path (links are made relative to it).
    let path: String

    /// A link target relative to this page.
    func href(_ target: String) -> String { ReportContext.href(from: path, to: target) }

    /// The document with `title` and the body `content` writes.
    func page(title: String, _ content: (inout HTML) -> Void) -> ReportPage {
        var h = HTML()
        h.raw("<!DOCTYPE html>\n")
        h.open("html", [("lang", context.words.language.rawValue)])
        h.raw("\n")
        h.element("head") { h in
            h.void("meta", [("charset", "utf-8")])
            h.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            h.void("meta", [("name", "generator"), ("content", "forumplan report")])
            h.element("title", text: title + " — " + context.plan.forum.title)
            // The stylesheet is fixed text of ours; escaping would break its quotes.
            h.element("style") { $0.raw(ReportStyle.css) }
        }
        h.raw("\n")
        h.element("body") { h in
            navigation(&h)
            h.element("main") { h in content(&h) }
        }
        h.raw("\n")
        return ReportPage(path: path, html: h.markup)
    }

    private func navigation(_ h: inout HTML) {
        h.element("nav", [("class", "top")]) { h in
            h.link(href(ReportContext.overviewPath), context.plan.forum.title, class: "forum")
            let w = context.words.report
            h.link(href(ReportContext.overviewPath + "#days"), w.days)
            for day in context.days {
                h.link(href(ReportContext.dayPath(day)), context.words.shortDay(day))
            }
            h.link(href(ReportContext.overviewPath + "#trainers"), w.trainers)
            h.link(href(ReportContext.overviewPath + "#groups"), w.groups)
        }
    }
}
