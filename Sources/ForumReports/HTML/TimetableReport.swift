import ForumModel

/// The HTML timetable of a schedule: self-contained pages (inline CSS, no scripts, no web fonts)
/// linked with relative paths, so the folder can be opened from disk or served from anywhere.
///
/// Pages: `index.html` (overview), `days/<date>.html` (the day's room × time grid; for plans with more
/// than 40 rooms, the day's venues with a grid page each at `days/<date>/<venue>.html`),
/// `trainers/<id>.html`, `groups/<id>.html` and `violations/<constraint>.html`.
public struct TimetableReport: Sendable {
    private let context: ReportContext

    /// A report of `schedule` for `plan` (with calendars resolved), showing `evaluation` (the solver's score),
    /// with every generated text in `language`.
    /// - Throws: ``ReportError/scheduleMismatch(planForum:scheduleForum:)`` when the schedule is for another forum.
    public init(plan: Plan, schedule: Schedule, evaluation: ReportEvaluation, language: Language) throws(ReportError) {
        guard schedule.forumID == plan.forum.id else {
            throw .scheduleMismatch(planForum: plan.forum.id, scheduleForum: schedule.forumID)
        }
        context = ReportContext(plan: plan, schedule: schedule, evaluation: evaluation, language: language)
    }

    /// Every page, the overview first, then days, trainers and groups in plan order.
    public func pages() -> [ReportPage] {
        var pages = [OverviewPage(context: context).page()]
        for day in context.days {
            if context.splitsByVenue {
                let index = DayIndexPage(context: context, day: day)
                pages.append(index.page())
                for venue in index.venues {
                    pages.append(DayGridPage(context: context, day: day, venue: venue, unknownRooms: venue == nil).page())
                }
            } else {
                pages.append(DayGridPage(context: context, day: day).page())
            }
        }
        for trainer in context.plan.trainers { pages.append(TrainerPage(context: context, trainer: trainer).page()) }
        for group in context.plan.groups { pages.append(GroupPage(context: context, group: group).page()) }
        for id in ViolationsPage.constraints(context) { pages.append(ViolationsPage(context: context, constraint: id).page()) }
        return pages
    }
}

/// Why a report cannot be made.
public enum ReportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The schedule is for another forum.
    case scheduleMismatch(planForum: String, scheduleForum: String)

    /// What is wrong and what to do.
    public var description: String {
        switch self {
        case let .scheduleMismatch(plan, schedule):
            return "error: the schedule is for forum '\(schedule)' but the plan is forum '\(plan)'. Pass the schedule solved for this plan."
        }
    }
}
