import Foundation
import ForumModel

/// How many courses a schedule keeps regular: of the repeated series (a session's runs, each
/// section separately), those led by one trainer team and those starting at one time of day.
///
/// Counted straight from the assignments, apart from the solver's own scoring of
/// `trainer-continuity` and `time-regularity`.
struct SeriesShare {
    var series = 0, oneTeam = 0, oneStart = 0

    init(_ schedule: Schedule) {
        var order: [String] = []
        var runs: [String: [Assignment]] = [:]
        for a in schedule.assignments where a.id.run != nil {
            let key = a.id.session + "." + (a.id.section.map(String.init) ?? "")
            if runs[key] == nil { order.append(key) }
            runs[key, default: []].append(a)
        }
        for key in order {
            let list = runs[key]!
            guard list.count > 1 else { continue }
            series += 1
            if Set(list.map { $0.trainers.sorted() }).count == 1 { oneTeam += 1 }
            if Set(list.map(\.start)).count == 1 { oneStart += 1 }
        }
    }

    /// `series: 560 repeated, one trainer team 540 (96.4%), one start time 470 (83.9%)`.
    var description: String {
        func share(_ n: Int) -> String { "\(n) (" + String(format: "%.1f%%", 100 * Double(n) / Double(max(1, series))) + ")" }
        return "series: \(series) repeated, one trainer team \(share(oneTeam)), one start time \(share(oneStart))"
    }
}
