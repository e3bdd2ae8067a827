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
            days: PluralNoun(invariant: "күн")),
        agenda: AgendaWords(
            trainer: "Тренер", group: "Топ", room: "Аудитория",
            timesIn: { "Уақыт \($0) белдеуі бойынша көрсетілген." }, nothingScheduled: "Ештеңе жоспарланбаған.",
            time: "Уақыты", session: "Іс-шара", roomColumn: "Аудитория", venue: "Өтетін орны", trainers: "Тренерлер",
            coTrainers: "Бірге жүргізеді", groups: "Топтар", size: "Адам саны"),
        diff: DiffWords(
            quoted: { "«\($0)»" },
            cancelled: { title, when, place in "Өткізілмейді: \(title) (жоспарда: \(when), \(place))." },
            added: { title, when, place, trainers in "Қосылды: \(title), \(when), \(place)\(trainers.map { "; тренерлер: \($0)" } ?? "")." },
            restaffed: { title, when, now, before in "Тренер ауысты: \(title), \(when): енді \(now) (бұрын \(before))." },
            moved: { title, old, new in "Ауыстырылды: \(title): бұрын \(old); енді \(new)" },
            movedRoom: { title, old, place, when in "Ауыстырылды: \(title): бұрын \(old); енді \(place) (уақыты өзгерген жоқ, \(when))" },
            nowRunBy: { "; тренерлер: \($0)" },
            noRoom: "аудитория әлі белгіленбеген", nobody: "ешкім",
            noticeOpening: { reader, forum in "Құрметті \(reader)!\n«\(forum)» бағдарламасында сізге қатысты өзгерістер бар:" },
            noticeClosing: "Жазылған күнтізбеңіз өздігінен жаңарады.",
            meeting: { "\($0)-сабақ" }, section: { "\($0)-секция" }, meetings: { "\($0)-сабақтар" },
            course: { title, section in title + (section.map { ", \($0)-секция" } ?? "") },
            takesOver: { new, course, old, meetings in
                "\(new) \(course) курсын соңына дейін жүргізеді (\(meetings))\(old.map { "; бұрынғы тренер: \($0)" } ?? "")." },
            covers: { new, course, old, meetings in
                "\(new) \(course) курсында\(old.map { " \($0) орнына" } ?? "") сабақ жүргізеді (тек \(meetings)); қалған сабақтарды курстың өз тренері жүргізеді." }))
}
