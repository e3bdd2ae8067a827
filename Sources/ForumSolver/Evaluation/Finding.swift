import ForumModel

/// What a catalogue rule found, in penalty units before weighting; the wording is built only when asked for.
struct Finding {
    var units: Int
    private let describe: () -> String
    var sessions: [String]
    var trainers: [String]
    var rooms: [String]
    var groups: [String]
    var date: LocalDate?
    var start: Int?
    var end: Int?

    init(
        units: Int, message: @autoclosure @escaping () -> String, sessions: [String] = [], trainers: [String] = [],
        rooms: [String] = [], groups: [String] = [], date: LocalDate? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.units = units
        self.describe = message
        self.sessions = sessions
        self.trainers = trainers
        self.rooms = rooms
        self.groups = groups
        self.date = date
        self.start = start
        self.end = end
    }

    /// The explanation sentence.
    var message: String { describe() }
}
