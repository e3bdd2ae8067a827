/// The four rosters a plan is imported from, each a sheet (or a CSV file) of its own.
public enum RosterKind: String, CaseIterable, Hashable, Sendable {
    /// Venues and their rooms, one row per room.
    case rooms
    case trainers
    case groups
    case sessions
    /// Travel times between venues, one row per pair.
    case travel

    /// Sheet or file names that mean this kind (English, Russian, Kazakh), compared case-insensitively.
    var sheetNames: [String] {
        switch self {
        case .rooms: return ["rooms", "venues", "venues and rooms", "аудитории", "площадки", "залы", "аудиториялар", "бөлмелер", "алаңдар"]
        case .trainers: return ["trainers", "тренеры", "жаттықтырушылар"]
        case .groups: return ["groups", "participants", "группы", "участники", "топтар", "қатысушылар"]
        case .sessions: return ["sessions", "programme", "program", "сессии", "программа", "бағдарлама", "сессиялар"]
        case .travel: return ["travel", "travel times", "переезды", "время в пути", "жол уақыты"]
        }
    }

    /// The plan's top-level key holding this kind's entries (rooms live inside `venues`).
    var planKey: String { self == .rooms ? "venues" : rawValue }

    /// Singular noun for messages: `trainer 'abisheva'`.
    var noun: String {
        switch self {
        case .rooms: return "room"
        case .trainers: return "trainer"
        case .groups: return "group"
        case .sessions: return "session"
        case .travel: return "travel time"
        }
    }

    /// The columns of this kind's roster; the first is the entry's id.
    var columns: [RosterColumn] {
        switch self {
        case .rooms: return RosterColumn.rooms
        case .trainers: return RosterColumn.trainers
        case .groups: return RosterColumn.groups
        case .sessions: return RosterColumn.sessions
        case .travel: return RosterColumn.travel
        }
    }
}
