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
                out.append(
                    Finding(
                        units: venues.count - 1,
                        message:
                            "Group \(group.name) is at \(venues.count) venues on \(date) (\(venues.map { p.plan.venues[$0].name }.joined(separator: ", "))\(home >= 0 ? ", home venue first" : "")): \(Explain.count(venues.count - 1, "change"))",
                        sessions: day.map { Explain.id(p, v.placements[$0].occurrence) }, groups: [group.id], date: date))
            }
        }
        return out
    }
}

extension VenueChanges {
    /// The incremental part: a group's occurrences per (day, venue) and the distinct venues per
    /// (group, day). Functions return the change in penalty units.
    struct Tally {
        /// Whether the constraint counts.
        let isActive: Bool
        let weights: LevelWeights
        private let days: Int, venues: Int
        private let atVenue: P32, distinctVenues: P32, home: P32

        init(_ p: Problem, arena: Arena) {
            weights = p.weights(.venueChanges)
            isActive = weights.isActive && p.groupCount > 0 && p.venueCount > 0
            days = p.grid.dayCount
            venues = p.venueCount
            atVenue = arena.make(isActive ? p.groupCount * days * venues : 0, 0)
            distinctVenues = arena.make(p.groupCount * days, 0)
            home = arena.copy(p.groupHome)
        }

        /// Counts an occurrence of group `g` on day `d` at venue `v` (-1: online, no venue).
        @inline(__always) func enter(_ g: Int, _ d: Int, venue v: Int) -> Int {
            guard v >= 0 else { return 0 }
            let before = units(g, d, removed: -1, added: -1)
            let i = (g * days + d) * venues + v
            atVenue[i] += 1
            if atVenue[i] == 1 { distinctVenues[g * days + d] += 1 }
            return units(g, d, removed: -1, added: -1) - before
        }

        /// The inverse of `enter`.
        @inline(__always) func leave(_ g: Int, _ d: Int, venue v: Int) -> Int {
            guard v >= 0 else { return 0 }
            let before = units(g, d, removed: -1, added: -1)
            let i = (g * days + d) * venues + v
            atVenue[i] -= 1
            if atVenue[i] == 0 { distinctVenues[g * days + d] -= 1 }
            return units(g, d, removed: -1, added: -1) - before
        }

        /// The change if an occurrence of group `g` moved from venue `v0` on day `d0` to venue `v`
        /// on day `d`, changing nothing.
        @inline(__always) func peekMove(_ g: Int, from v0: Int, _ d0: Int, to v: Int, _ d: Int) -> Int {
            if d == d0 { return units(g, d, removed: v0, added: v) - units(g, d, removed: -1, added: -1) }
            return units(g, d0, removed: v0, added: -1) - units(g, d0, removed: -1, added: -1)
                + units(g, d, removed: -1, added: v) - units(g, d, removed: -1, added: -1)
        }

        /// Venue changes of group `g` on day `d` (distinct venues, home included, minus one) with one
        /// occurrence at venue `removed` gone and one at `added` come (-1: none).
        @inline(__always) private func units(_ g: Int, _ d: Int, removed: Int, added: Int) -> Int {
            let gd = g * days + d
            @inline(__always) func count(_ v: Int) -> Int {
                Int(atVenue[gd * venues + v]) - (v == removed ? 1 : 0) + (v == added ? 1 : 0)
            }
            var distinct = Int(distinctVenues[gd])
            if removed >= 0 && removed != added && atVenue[gd * venues + removed] == 1 { distinct -= 1 }
            if added >= 0 && added != removed && atVenue[gd * venues + added] == 0 { distinct += 1 }
            guard distinct > 0 else { return 0 }
            let h = Int(home[g])
            return distinct - 1 + (h >= 0 && count(h) == 0 ? 1 : 0)
        }
    }
}
