import ForumModel

/// venue-changes: a group stays at one venue all day, its `home_venue` when it has one.
///
/// Penalty: distinct venues a group is at on a day (its home venue included when set) minus one,
/// per group and day; online rooms are no venue.
enum VenueChanges: CatalogueRule {
    static let id = ConstraintID.venueChanges

    static func findings(in v: ScheduleView) -> [Finding] {
        let p = v.problem
        var out: [Finding] = []
        for (g, list) in v.byGroup().enumerated() {
            let group = p.plan.groups[g]
            for (date, day) in v.byDate(list) {
                var venues: [Int] = []
                for i in day { if let venue = v.physicalVenue(v.placements[i]), !venues.contains(venue) { venues.append(venue) } }
                guard !venues.isEmpty else { continue }
                let home = Int(p.groupHome[g])
                if home >= 0 && !venues.contains(home) { venues.insert(home, at: 0) }
                guard venues.count > 1 else { continue }
                out.append(Finding(
                    units: venues.count - 1,
                    message: "Group \(group.name) is at \(venues.count) venues on \(date) (\(venues.map { p.plan.venues[$0].name }.joined(separator: ", "))\(home >= 0 ? ", home venue first" : "")): \(Explain.count(venues.count - 1, "change"))",
                    sessions: day.map { Explain.id(p, v.placements[$0].occurrence) }, groups: [group.id], date: date))
            }
        }
        return out
    }
}
