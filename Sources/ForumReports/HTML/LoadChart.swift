import ForumModel
import ForumText

/// An inline SVG bar chart: a row per trainer, a bar per day for their hours in a pale track as tall
/// as their daily limit (with a tick at the limit).
///
/// Bars over the limit are red. All rows share one scale (the largest day or limit), so rows compare.
struct LoadChart {
    let context: ReportContext

    static let labelWidth = 210
    static let dayWidth = 36
    static let rowHeight = 24
    static let headerHeight = 30
    /// Room for the longest total in any language (`21 сағ 30 мин`).
    static let totalWidth = 100

    func write(_ h: inout HTML) {
        let plan = context.plan
        let days = context.days
        var minutes: [String: [LocalDate: Int]] = [:]
        for item in context.items {
            for id in item.trainerIDs { minutes[id, default: [:]][item.date, default: 0] += item.minutes }
        }
        let scale = max(
            60,
            plan.trainers.map { t in
                max(t.maxDailyMinutes ?? 0, (minutes[t.id] ?? [:]).values.max() ?? 0)
            }.max() ?? 60)
        let width = Self.labelWidth + days.count * Self.dayWidth + Self.totalWidth
        let height = Self.headerHeight + plan.trainers.count * Self.rowHeight + 4
        let barRoom = Double(Self.rowHeight - 7)
        h.element(
            "svg",
            [
                ("class", "load"), ("xmlns", "http://www.w3.org/2000/svg"), ("width", String(width)),
                ("height", String(height)), ("viewBox", "0 0 \(width) \(height)"), ("role", "img"),
                ("aria-label", context.words.report.loadChartLabel)
            ]
        ) { h in
            for (i, day) in days.enumerated() {
                let x = Self.labelWidth + i * Self.dayWidth + Self.dayWidth / 2
                h.element(
                    "text", [("class", "day"), ("x", String(x)), ("y", "12"), ("text-anchor", "middle")],
                    text: context.words.weekdayNarrow(day))
                h.element(
                    "text", [("class", "day"), ("x", String(x)), ("y", "24"), ("text-anchor", "middle")],
                    text: String(day.day).leftPadded(to: 2) + "." + String(day.month).leftPadded(to: 2))
            }
            h.element("text", [("class", "day"), ("x", String(width - 4)), ("y", "24"), ("text-anchor", "end")], text: context.words.report.total)
            for (r, trainer) in plan.trainers.enumerated() {
                let top = Self.headerHeight + r * Self.rowHeight
                let perDay = minutes[trainer.id] ?? [:]
                if r % 2 == 0 {
                    h.void("rect", [("class", "row"), ("x", "0"), ("y", String(top)), ("width", String(width)), ("height", String(Self.rowHeight))])
                }
                h.element("text", [("x", "4"), ("y", String(top + 16))], text: Self.clipped(trainer.name))
                for (i, day) in days.enumerated() {
                    let m = perDay[day] ?? 0
                    let x = Self.labelWidth + i * Self.dayWidth + 7
                    let limit = trainer.maxDailyMinutes
                    let bottom = top + Self.rowHeight - 3
                    if let limit {
                        // The day's capacity as a pale track; the bar fills it.
                        let cap = Int((Double(limit) / Double(scale) * barRoom).rounded())
                        h.void(
                            "rect",
                            [
                                ("class", "cap"), ("x", String(x)), ("y", String(bottom - cap)),
                                ("width", String(Self.dayWidth - 14)), ("height", String(cap))
                            ])
                    }
                    if m > 0 {
                        let bar = max(1, Int((Double(m) / Double(scale) * barRoom).rounded()))
                        let over = limit.map { m > $0 } ?? false
                        h.element(
                            "rect",
                            [
                                ("class", over ? "bar over" : "bar"), ("x", String(x)), ("y", String(bottom - bar)),
                                ("width", String(Self.dayWidth - 14)), ("height", String(bar))
                            ]
                        ) { h in
                            let hours = limit.map { context.words.report.ofAtMost(context.hours(m), context.hours($0)) } ?? context.hours(m)
                            h.element("title", text: "\(trainer.name), \(context.words.date(day)): \(hours)")
                        }
                    }
                    if let limit {
                        let y = bottom - Int((Double(limit) / Double(scale) * barRoom).rounded())
                        h.void(
                            "line",
                            [
                                ("class", "limit"), ("x1", String(x - 4)), ("x2", String(x + Self.dayWidth - 10)),
                                ("y1", String(y)), ("y2", String(y))
                            ])
                    }
                }
                let total = perDay.values.reduce(0, +)
                h.element(
                    "text", [("x", String(width - 4)), ("y", String(top + 16)), ("text-anchor", "end")],
                    text: total == 0 ? "—" : context.hours(total))
            }
        }
    }

    /// Names longer than the label column are shortened with an ellipsis (the full name is on the trainer's page).
    static func clipped(_ name: String) -> String {
        name.count <= 30 ? name : String(name.prefix(29)) + "…"
    }
}
