import ForumModel

/// One column a roster may have: the plan key it fills, its header names and what its cells hold.
///
/// Headers are matched case-insensitively, ignoring spaces, `_` and `-` at the ends and doubled
/// inside, in English, Russian or Kazakh (docs/import.md lists them). A plan text (a title, a name)
/// may also come per language: its header followed by a language code (`title kk`, `название (ru)`).
struct RosterColumn: Hashable, Sendable {
    /// Where the value goes in the entry: `["capacity"]`, `["pool", "count"]`.
    var path: [String]
    /// Header names; the first is the English one used when writing rosters.
    var headers: [String]
    var type: CellType
    /// Rooms roster only: the column describes the venue, not the room.
    var venueLevel = false
    /// Whether the key is a plan text, which may be given per language (see ``language``).
    var localizable = false
    /// For a plan text given per language: the language of this column's cells (nil: every language).
    var language: Language? = nil

    /// The key as written in docs and messages: `pool.count`.
    var key: String { path.joined(separator: ".") }

    /// The header written for the column and named in messages: `title`, `title kk`.
    var label: String { headers[0] + (language.map { " \($0.rawValue)" } ?? "") }

    /// The column as listed for its kind (without a language).
    var base: RosterColumn {
        var column = self
        column.language = nil
        return column
    }

    /// This plan text's column for `language`.
    func inLanguage(_ language: Language) -> RosterColumn {
        var column = self
        column.language = language
        return column
    }

    /// The column a normalized header names among `columns`: one of them, or a plan text's column
    /// for one language (`title kk`, `title (kk)`, `название ru`).
    static func matching(_ header: String, in columns: [RosterColumn]) -> RosterColumn? {
        if let column = columns.first(where: { $0.headers.contains(header) }) { return column }
        for language in Language.allCases {
            for suffix in [" \(language.rawValue)", " (\(language.rawValue))"] where header.hasSuffix(suffix) {
                let name = String(header.dropLast(suffix.count))
                if let column = columns.first(where: { $0.localizable && $0.headers.contains(name) }) {
                    return column.inLanguage(language)
                }
            }
        }
        return nil
    }

    /// What a cell of a column may hold, and how it is written into the plan.
    enum CellType: Hashable, Sendable {
        case id, text, positiveInteger, nonNegativeInteger, bool, idList, languageList, duration, date, time
        case windowList, dayOrWindowList, pathList, sessionKind, language
    }

    static func normalized(_ header: String) -> String {
        header.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "_" || $0 == "-" }).joined(separator: " ")
    }

    static let rooms: [RosterColumn] = [
        .init(path: ["id"], headers: ["room", "room id", "аудитория", "кабинет", "бөлме"], type: .id),
        .init(path: ["venue"], headers: ["venue", "venue id", "площадка", "алаң"], type: .id, venueLevel: true),
        .init(path: ["venue name"], headers: ["venue name", "название площадки", "алаң атауы"], type: .text, venueLevel: true, localizable: true),
        .init(
            path: ["town"], headers: ["town", "city", "город", "населённый пункт", "қала", "елді мекен"], type: .text, venueLevel: true,
            localizable: true),
        .init(path: ["address"], headers: ["address", "адрес", "мекенжай"], type: .text, venueLevel: true, localizable: true),
        .init(
            path: ["name"], headers: ["name", "room name", "название", "название аудитории", "атауы", "бөлме атауы"], type: .text, localizable: true),
        .init(path: ["capacity"], headers: ["capacity", "seats", "вместимость", "мест", "сыйымдылығы", "орын саны"], type: .positiveInteger),
        .init(path: ["features"], headers: ["features", "equipment", "оснащение", "оборудование", "жабдықталуы", "жабдықтар"], type: .idList),
        .init(path: ["online"], headers: ["online", "онлайн"], type: .bool)
    ]

    static let trainers: [RosterColumn] = [
        .init(path: ["id"], headers: ["trainer", "trainer id", "тренер", "жаттықтырушы"], type: .id),
        .init(path: ["name"], headers: ["name", "full name", "фио", "имя", "аты жөні", "аты"], type: .text, localizable: true),
        .init(
            path: ["email"], headers: ["email", "e mail", "почта", "эл. почта", "электронная почта", "эл. пошта", "электрондық пошта"], type: .text),
        .init(path: ["languages"], headers: ["languages", "языки", "тілдер"], type: .languageList),
        .init(path: ["skills"], headers: ["skills", "subjects", "навыки", "компетенции", "предметы", "дағдылар", "пәндер"], type: .idList),
        .init(path: ["home_venue"], headers: ["home venue", "базовая площадка", "негізгі алаң"], type: .id),
        .init(path: ["max_daily_load"], headers: ["max daily load", "нагрузка в день", "макс. нагрузка в день", "күндік жүктеме"], type: .duration),
        .init(path: ["min_break"], headers: ["min break", "перерыв", "мин. перерыв", "үзіліс"], type: .duration),
        .init(path: ["availability"], headers: ["availability", "available", "доступность", "доступен", "қолжетімді"], type: .windowList),
        .init(path: ["unavailable"], headers: ["unavailable", "недоступен", "занят", "қолжетімсіз", "бос емес"], type: .windowList),
        .init(path: ["avoid"], headers: ["avoid", "нежелательно", "болмаса екен"], type: .windowList),
        .init(path: ["busy_calendars"], headers: ["busy calendars", "календари занятости", "бос емес күнтізбелер"], type: .pathList)
    ]

    static let groups: [RosterColumn] = [
        .init(path: ["id"], headers: ["group", "group id", "группа", "топ"], type: .id),
        .init(path: ["name"], headers: ["name", "название", "атауы"], type: .text, localizable: true),
        .init(path: ["size"], headers: ["size", "people", "численность", "человек", "саны", "адам саны"], type: .positiveInteger),
        .init(path: ["home_venue"], headers: ["home venue", "базовая площадка", "негізгі алаң"], type: .id),
        .init(path: ["max_daily_load"], headers: ["max daily load", "нагрузка в день", "макс. нагрузка в день", "күндік жүктеме"], type: .duration)
    ]

    static let sessions: [RosterColumn] = [
        .init(path: ["id"], headers: ["session", "session id", "сессия", "мероприятие", "іс шара"], type: .id),
        .init(path: ["title"], headers: ["title", "название", "тема", "тақырып", "атауы"], type: .text, localizable: true),
        .init(path: ["kind"], headers: ["kind", "type", "вид", "тип", "түрі"], type: .sessionKind),
        .init(path: ["description"], headers: ["description", "описание", "сипаттама"], type: .text, localizable: true),
        .init(path: ["duration"], headers: ["duration", "длительность", "продолжительность", "ұзақтығы"], type: .duration),
        .init(path: ["groups"], headers: ["groups", "группы", "топтар"], type: .idList),
        .init(path: ["attendance"], headers: ["attendance", "участников", "ожидаемое число участников", "қатысушылар саны"], type: .positiveInteger),
        .init(path: ["features"], headers: ["features", "equipment", "оснащение", "оборудование", "жабдықталуы", "жабдықтар"], type: .idList),
        .init(path: ["language"], headers: ["language", "язык", "тіл"], type: .language),
        .init(path: ["trainers"], headers: ["trainers", "тренеры", "жаттықтырушылар"], type: .idList),
        .init(
            path: ["pool", "count"], headers: ["pool count", "trainers from pool", "тренеров из пула", "пулдан жаттықтырушылар"],
            type: .positiveInteger),
        .init(path: ["pool", "skills"], headers: ["pool skills", "навыки пула", "пул дағдылары"], type: .idList),
        .init(path: ["pool", "languages"], headers: ["pool languages", "языки пула", "пул тілдері"], type: .languageList),
        .init(path: ["repeats", "count"], headers: ["repeats", "meetings", "повторы", "встреч", "қайталау", "кездесулер"], type: .positiveInteger),
        .init(path: ["repeats", "min_days"], headers: ["min days", "мин. дней", "минимум дней", "ең аз күн"], type: .positiveInteger),
        .init(
            path: ["sections", "max_size"], headers: ["section size", "max section size", "размер секции", "секция көлемі"], type: .positiveInteger),
        .init(path: ["sections", "count"], headers: ["sections", "секции", "секциялар"], type: .positiveInteger),
        .init(path: ["after"], headers: ["after", "после", "кейін"], type: .idList),
        .init(path: ["before"], headers: ["before", "до", "дейін"], type: .idList),
        .init(path: ["same_day"], headers: ["same day", "в тот же день", "сол күні"], type: .idList),
        .init(path: ["venue"], headers: ["venue", "площадка", "алаң"], type: .id),
        .init(path: ["pin", "day"], headers: ["pin day", "day", "date", "день", "дата", "күні"], type: .date),
        .init(path: ["pin", "start"], headers: ["pin start", "start", "начало", "басталуы"], type: .time),
        .init(path: ["pin", "room"], headers: ["pin room", "room", "аудитория", "бөлме"], type: .id),
        .init(path: ["unavailable"], headers: ["unavailable", "недоступно", "қолжетімсіз"], type: .dayOrWindowList),
        .init(path: ["notes"], headers: ["notes", "примечания", "ескертпелер"], type: .text, localizable: true)
    ]

    /// Travel rows name two venues; they become one `between: [a, b]` entry keyed by the pair.
    static let travel: [RosterColumn] = [
        .init(path: ["from"], headers: ["from", "venue a", "откуда", "қайдан"], type: .id),
        .init(path: ["to"], headers: ["to", "venue b", "куда", "қайда"], type: .id),
        .init(path: ["time"], headers: ["time", "travel time", "время в пути", "жол уақыты"], type: .duration)
    ]

    /// The `between` key a travel row's two venues are written into.
    static let between = RosterColumn(path: ["between"], headers: ["from, to"], type: .idList)
}
