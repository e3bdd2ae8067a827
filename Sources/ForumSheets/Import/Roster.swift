/// The entries one roster sheet describes, with the columns it has (only those keys are imported).
struct Roster: Hashable, Sendable {
    var kind: RosterKind
    /// `trainers.xlsx:Trainers` (or `trainers.csv`), for messages.
    var source: String
    /// The columns the sheet has, id column first.
    var columns: [RosterColumn]
    var entries: [RosterEntry]
    /// Rooms rosters: the venues named, in first-row order, with their venue-level values.
    var venues: [RosterEntry] = []
}

/// One row of a roster: an entry's id and the values of the sheet's columns.
struct RosterEntry: Hashable, Sendable {
    var id: String
    /// The cell holding the id, for messages.
    var location: String
    /// One per column of the sheet (after the id); a nil value means the cell was blank.
    var fields: [RosterField]
    /// Rooms roster: the venue the room belongs to.
    var venue: String?
}

/// A cell's value for one plan key.
struct RosterField: Hashable, Sendable {
    var column: RosterColumn
    var value: PlanValue?
    var location: String
}
