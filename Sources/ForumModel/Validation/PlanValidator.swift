import Foundation

/// Semantic checks of a decoded plan: everything the YAML shape cannot say (ids, references,
/// time zone, grid, capacities, trainer pools, calendars, precedence, pins), each reported with its
/// location and a hint. One file per concern: `PlanValidator+<Concern>.swift`.
struct PlanValidator {
    let plan: Plan
    let map: PlanSourceMap
    let log: DiagnosticLog
    /// The plan file's folder (calendar paths are relative to it).
    let folder: URL
    /// Venue id of each room id (first definition wins), so room checks stay linear on large plans.
    let venueOfRoom: [String: String]
    /// People in the largest occurrence of each session, by session index.
    let largestSize: [Int]
    /// Trainers who could fill a place in each session's pool (nil: no pool), by session index.
    let poolCandidates: [[Trainer]?]
    /// Every declared id of each kind, sorted (for "did you mean" and "known …" hints).
    let knownIDs: [PlanSourceMap.Kind: [String]]

    init(plan: Plan, map: PlanSourceMap, log: DiagnosticLog, folder: URL) {
        self.plan = plan
        self.map = map
        self.log = log
        self.folder = folder
        var venueOfRoom: [String: String] = [:]
        for venue in plan.venues {
            for room in venue.rooms where venueOfRoom[room.id] == nil { venueOfRoom[room.id] = venue.id }
        }
        self.venueOfRoom = venueOfRoom
        var groupSize: [String: Int] = [:]
        for group in plan.groups where groupSize[group.id] == nil { groupSize[group.id] = group.size }
        largestSize = plan.sessions.map { session in
            let total = session.attendance ?? session.groups.reduce(0) { $0 + (groupSize[$1] ?? 0) }
            let sections = plan.sectionCount(of: session)
            return (total + sections - 1) / sections
        }
        poolCandidates = Self.poolCandidates(plan)
        knownIDs = map.declared.mapValues { $0.sorted() }
    }

    /// Runs every check; problems go to the log. The checks are independent: each skips only what
    /// needs a value that is broken (a forum field, or a kind with entries left out), so one run lists
    /// every problem.
    func run() {
        checkIdentifiers()
        checkReferences()
        checkNames()
        if map.forumKnows("time_zone") { checkTimeZone() }
        checkDurations()
        checkPins()
        checkSize()
        checkRooms()
        checkTrainerPools()
        checkCalendars()
        checkPrecedence()
        checkWarnings()
    }

    /// Records an error at the first recorded path (or nowhere in particular when none is).
    func error(_ message: String, at paths: [String], hint: String? = nil) {
        let location = paths.lazy.compactMap { map.location($0) }.first
        log.add(Diagnostic(severity: .error, location: location, message: message, hint: hint))
    }

    /// Records a warning at the first recorded path.
    func warning(_ message: String, at paths: [String], hint: String? = nil) {
        let location = paths.lazy.compactMap { map.location($0) }.first
        log.add(Diagnostic(severity: .warning, location: location, message: message, hint: hint))
    }

    /// Whether every entry of these kinds decoded, so checks over all of them cannot be misled by a missing one.
    func isComplete(_ kinds: PlanSourceMap.Kind...) -> Bool {
        kinds.allSatisfy { !map.incomplete.contains($0) }
    }

    /// Whether a catalogue constraint is hard in this plan.
    func isHard(_ id: ConstraintID) -> Bool { plan.setting(for: id).level == .hard }

    /// The line of a recorded path, for "first defined at line N" messages.
    func line(_ path: String) -> String {
        map.location(path).map { "line \($0.line)" } ?? "earlier"
    }

}
