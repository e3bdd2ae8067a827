import ForumModel

extension Catalogue {
    /// Kazakh; terms as in the materials of the Centre of Pedagogical Excellence (docs/languages.md).
    /// Nouns keep one form after numerals.
    static let kk = Catalogue(
        language: .kk, locale: "kk_KZ",
        feed: FeedWords(
            meetingOf: { run, count in "\(run)-сабақ, барлығы \(count)" },
            section: { "\($0)-секция" },
            trainer: "Тренер", trainers: "Тренерлер", group: "Топ", groups: "Топтар",
            sectionOf: { n, count, people in "\(n)-секция (барлығы \(count)), \(people)" },
            expected: { "Күтілетін қатысушылар: \($0)" },
            notes: "Ескертпе",
            people: PluralNoun(invariant: "адам")),
        index: IndexWords(
            calendars: "күнтізбелер",
            intro: "Өзгерістерді жарияланған бойда көру үшін күнтізбеге жазылыңыз немесе көшірмесін жүктеп алыңыз.",
            timetableLink: "Кесте", timetableNote: ": әр күннің кестесі, әр тренер мен әр топтың күндері, басып шығаруға ыңғайлы.",
            wholeForum: "Форум толығымен", groups: "Қатысушылар топтары", sections: "Секциялар", rooms: "Аудиториялар",
            venues: "Өтетін орындар", subscribe: "Жазылу", download: ".ics жүктеп алу",
            days: PluralNoun(invariant: "күн")))
}
