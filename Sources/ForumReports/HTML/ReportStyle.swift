import ForumModel
import ForumText

/// The report's one stylesheet (inlined into every page) and the colour of each session kind.
enum ReportStyle {
    /// Background and edge colour of a session kind's blocks.
    static func colours(_ kind: SessionKind) -> (fill: String, edge: String) {
        switch kind {
        case .plenary: ("#fde2c4", "#d9771a")
        case .section: ("#d6e9fb", "#2f7fc9")
        case .workshop: ("#dcf3d9", "#3c9a37")
        case .facilitation: ("#efe0fa", "#8c4fc4")
        case .contest: ("#fbd9e1", "#d2416b")
        case .exhibition: ("#fff3bf", "#b89500")
        case .dialogue: ("#d7f4f1", "#1f9d8f")
        case .seminar: ("#e3e7fd", "#4a5bd4")
        case .courseModule: ("#e9f1d6", "#6f8f1f")
        case .lecture: ("#f6e2d3", "#a35a21")
        case .practice: ("#d9f0e9", "#24896a")
        case .consultation: ("#f1e6ea", "#9b4967")
        case .ceremony: ("#fbe7b5", "#b7791f")
        case .session: ("#e8eaed", "#6b7280")
        }
    }

    /// `k-course-module`: the CSS class of a kind's blocks.
    static func kindClass(_ kind: SessionKind) -> String { "k-" + kind.rawValue }

    /// Fonts with Kazakh and Russian Cyrillic (DejaVu and Noto on Linux, Segoe UI on Windows, the system font on macOS).
    static let fontStack = "\"Noto Sans\", \"DejaVu Sans\", \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif"

    /// The stylesheet: screen layout, the grid, kind colours and the print rules (a grid sheet per A4 landscape page).
    static let css: String = {
        var s = """
            *{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%}
            body{font-family:\(fontStack);font-size:15px;line-height:1.35;color:#1d232b;background:#fff;margin:0 1.2rem 2rem}
            a{color:#1f5fa8}
            nav.top{display:flex;flex-wrap:wrap;gap:.25rem .9rem;align-items:baseline;padding:.55rem 0;border-bottom:1px solid #d5dae1;margin-bottom:.8rem;font-size:.9rem}
            nav.top .forum{font-weight:600;color:#1d232b;text-decoration:none}
            h1{font-size:1.5rem;margin:.6rem 0 .3rem}
            h2{font-size:1.2rem;margin:1.4rem 0 .4rem}
            h3{font-size:1rem;margin:1rem 0 .3rem}
            p.facts{color:#4b5563;margin:.2rem 0}
            .score{font-size:1.3rem;font-weight:600}
            .ok{color:#1f7a35}.bad{color:#b42318}
            table.list{border-collapse:collapse;margin:.3rem 0 1rem}
            table.list th,table.list td{text-align:left;vertical-align:top;padding:.25rem .8rem .25rem 0;border-bottom:1px solid #e5e8ec}
            table.list td.num,table.list th.num{text-align:right}
            table.list tr.move td{color:#6b4e00;background:#fff8e1;font-size:.9rem}
            table.list tr.move td.tight{color:#b42318}
            ul.days{padding-left:1.2rem}
            details{margin:.2rem 0}
            details ul{margin:.3rem 0;padding-left:1.2rem}
            .legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.85rem;margin:.4rem 0}
            .legend span{display:inline-block;padding:0 .4rem;border-left-width:4px;border-left-style:solid;border-radius:2px}
            .printonly{display:none}
            .grid{display:grid;grid-template-columns:var(--cols);grid-template-rows:auto auto repeat(var(--rows),minmax(1.7rem,auto));border:1px solid #b9c0ca;margin:.4rem 0 1.2rem;font-size:.8rem;line-height:1.25}
            .grid .vh{background:#2f3b4c;color:#fff;font-weight:600;padding:.2rem .4rem;border-left:2px solid #fff}
            .grid .rh{background:#eef1f5;font-weight:600;padding:.2rem .4rem;border-left:1px solid #b9c0ca;border-bottom:1px solid #b9c0ca;overflow-wrap:anywhere}
            .grid .rh small{display:block;font-weight:400;color:#5b6573}
            .grid .tm{grid-column:1;font-variant-numeric:tabular-nums;padding:0 .3rem;border-top:1px solid #d5dae1;color:#1d232b;font-size:.75rem}
            .grid .tm.minor{color:#8a93a0;border-top-style:dotted}
            .grid .ln{grid-column:2/-1;border-top:1px solid #e3e6ea}
            .grid .ln.minor{border-top-style:dotted}
            .grid .cl{border-left:1px solid #cfd4db}
            .grid .brk{grid-column:2/-1;background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#e9ebee 6px 12px);color:#6b7280;font-size:.75rem;padding:.1rem .4rem}
            .grid .s{margin:1px 2px;padding:.15rem .3rem;border-left-width:4px;border-left-style:solid;border-radius:3px;overflow-wrap:anywhere;hyphens:auto;font-stretch:condensed;min-width:0}
            .grid .s{font-family:"Noto Sans Condensed","DejaVu Sans Condensed","Arial Narrow",\(fontStack)}
            .grid .s b{display:block;font-weight:600}
            .grid .s span{display:block}
            .grid .s .when{font-variant-numeric:tabular-nums;color:#374151}
            .grid .s .who{font-style:italic}
            .grid .s .grp{color:#374151}
            .sheet h2{margin-top:1rem}
            svg.load text{font-family:\(fontStack);font-size:11px;fill:#1d232b}
            svg.load .day{font-size:10px;fill:#4b5563}
            svg.load .bar{fill:#5b8fd6}
            svg.load .bar.over{fill:#d14343}
            svg.load .cap{fill:#dfe5ee}
            svg.load .limit{stroke:#1d232b;stroke-width:1.5}
            svg.load .row{fill:#f4f6f8}
            """
        for kind in SessionKind.allCases {
            let (fill, edge) = colours(kind)
            s += "\n.\(kindClass(kind)){background:\(fill);border-color:\(edge)}"
        }
        s += """

            @page{size:A4 landscape;margin:7mm}
            @media print{
            body{font-size:9pt;margin:0}
            nav.top,.pagehead{display:none}
            .printonly{display:block}
            a{color:inherit;text-decoration:none}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
            .sheet{break-inside:avoid}
            .sheet + .sheet{break-before:page}
            .sheet h2{font-size:10pt;margin:0 0 1.5mm}
            .grid{grid-template-columns:var(--pcols);grid-template-rows:auto auto repeat(var(--rows),minmax(calc(80mm / var(--rows)),auto));font-size:6pt;line-height:1.1;margin:0}
            .grid .s .when{display:none}
            .grid .vh,.grid .rh{padding:.3mm 1mm}
            .grid .tm{font-size:6pt;padding:0 .5mm}
            .grid .brk{font-size:6pt;padding:0 1mm}
            .grid .s{margin:.2mm .4mm;padding:.4mm .8mm;border-left-width:2px}
            }
            """
        return s
    }()
}

extension ReportStyle {
    /// A colour key for the kinds that occur in `items`, in catalogue order, named in the pages' language.
    static func legend(_ h: inout HTML, for items: [ReportItem], words: Catalogue) {
        let kinds = SessionKind.allCases.filter { kind in items.contains { $0.kind == kind } }
        guard !kinds.isEmpty else { return }
        h.element("div", [("class", "legend")]) { h in
            for kind in kinds { h.element("span", [("class", kindClass(kind))], text: words.report.kind(kind)) }
        }
    }
}
