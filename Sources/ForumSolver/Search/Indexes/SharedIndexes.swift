/// What the constraint tallies may read of a search state: its placement and the occupancy
/// indexes it keeps (all owned by the state's arena; the tallies never write them).
struct SharedIndexes {
    /// Start slot and room per occurrence (-1 when unplaced).
    let start: P32, room: P32
    /// Each occurrence's session.
    let occSession: P32
    /// Occurrences per (group, slot).
    let groupSlot: P32
    let groupDays: DayLists
    let trainerDays: TrainerDayIndex
}
