/// Why a feed export could not be done or finished.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The schedule belongs to another forum than the plan.
    case scheduleMismatch(planForum: String, scheduleForum: String)
    /// The forum's time zone is not in the system tzdata.
    case unknownTimeZone(String)
    /// The output folder publishes another forum (its manifest says so).
    case foreignFolder(path: String, forum: String, expected: String)
    /// The manifest or token file of the folder cannot be read.
    case unreadableState(path: String, reason: String)
    /// A trainer id given for token revocation is not in the plan.
    case unknownTrainer(String)
    /// libical failed while building a feed.
    case calendar(feed: String, ICalError)
    /// The state folder given is inside the folder that gets published (tokens would be published too).
    case stateInsidePublished(state: String, published: String)
    /// The published folder is the file system root, which has no folder beside it for the state.
    case noDefaultState(published: String)
    /// Both the legacy `DIR/.forumplan/` and the state folder hold publication state.
    case stateInTwoPlaces(legacy: String, state: String)
    /// Stopped on request (Ctrl-C) before any file was replaced; the manifest was not updated.
    case interrupted

    /// What is wrong and what to do.
    public var description: String {
        switch self {
        case let .scheduleMismatch(plan, schedule):
            "error: the schedule is for forum '\(schedule)' but the plan is forum '\(plan)'. Pass the schedule solved for this plan."
        case let .unknownTimeZone(name):
            "error: the forum's time zone '\(name)' is not in the system time zone data. Use an IANA name such as Asia/Almaty, or install tzdata."
        case let .foreignFolder(path, forum, expected):
            "\(path): error: this folder publishes forum '\(forum)', not '\(expected)'. Export each forum into its own folder."
        case let .unreadableState(path, reason):
            "\(path): error: cannot read the publication state (\(reason)). Restore it from a backup; deleting it restarts SEQUENCE numbers and trainer tokens."
        case let .unknownTrainer(id):
            "error: no trainer '\(id)' in the plan. Use a trainer id from the plan's trainers list."
        case let .stateInsidePublished(state, published):
            "\(state): error: the publication state cannot live inside the published folder \(published) (it holds every trainer's private token). Give --state a folder outside it."
        case let .noDefaultState(published):
            "\(published): error: no folder beside it to keep the publication state in. Give --state a private folder."
        case let .stateInTwoPlaces(legacy, state):
            "\(legacy): error: the published folder still holds publication state, and \(state) holds some too. Keep the one that matches what subscribers have (normally the newer, \(state)) and delete the other, then export again."
        case .interrupted:
            "stopped before publishing: no feed was replaced and the publication state is unchanged. Run the same export again to finish."
        case let .calendar(feed, error):
            "error: could not build \(feed): \(error). This is a bug in forumplan; please report it."
        }
    }
}
