import ForumModel
import ForumText

/// `violations/<constraint>.html`: every violation of one constraint, by day (the overview shows the first few).
struct ViolationsPage {
    let context: ReportContext
    let constraint: ConstraintID

    /// How many explanations of each constraint the overview shows before linking here.
    static let overviewLimit = 25

    static func path(_ id: ConstraintID) -> String { "violations/\(id.rawValue).html" }

    /// The constraints with violations, in the order of the evaluation.
    static func constraints(_ context: ReportContext) -> [ConstraintID] {
        var order: [ConstraintID] = []
        for v in context.evaluation.violations where !order.contains(v.constraint) { order.append(v.constraint) }
        return order
    }

    func page() -> ReportPage {
        let shell = PageShell(context: context, path: Self.path(constraint))
        let list = context.evaluation.violations.filter { $0.constraint == constraint }
        let penalty = list.reduce(0) { $0 + $1.penalty }
        return shell.page(title: constraint.rawValue) { h in
            h.element("h1", text: constraint.rawValue)
            let w = context.words.report
            h.element(
                "p", [("class", "facts")],
                text: w.violationFacts(context.count(list.count, w.violations), list.first?.level.rawValue ?? "", context.words.number(penalty)))
            var days: [LocalDate?] = []
            for v in list where !days.contains(v.date) { days.append(v.date) }
            days.sort { ($0?.daysSinceEpoch ?? Int.min) < ($1?.daysSinceEpoch ?? Int.min) }
            for day in days {
                h.element("h2", text: day.map(context.dayTitle) ?? w.notAboutOneDay)
                h.element("ul") { h in
                    for v in list where v.date == day { h.element("li", text: "[\(v.penalty)] " + v.message) }
                }
            }
        }
    }
}
