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
            noChanges: "Өзгеріс жоқ.",
            noRoom: "аудитория әлі белгіленбеген", nobody: "ешкім",
            noticeOpening: { reader, forum in "Құрметті \(reader)!\n«\(forum)» бағдарламасында сізге қатысты өзгерістер бар:" },
            noticeClosing: "Жазылған күнтізбеңіз өздігінен жаңарады.",
            meeting: { "\($0)-сабақ" }, section: { "\($0)-секция" }, meetings: { "\($0)-сабақтар" },
            course: { title, section in title + (section.map { ", \($0)-секция" } ?? "") },
            takesOver: { new, course, old, meetings in
                "\(new) \(course) курсын соңына дейін жүргізеді (\(meetings))\(old.map { "; бұрынғы тренер: \($0)" } ?? "")."
            },
            covers: { new, course, old, meetings in
                "\(new) \(course) курсында\(old.map { " \($0) орнына" } ?? "") сабақ жүргізеді (тек \(meetings)); қалған сабақтарды курстың өз тренері жүргізеді."
            }),
        report: ReportWords(
            kind: { kind in
                switch kind {
                case .plenary: "пленарлық отырыс"
                case .section: "секция"
                case .workshop: "шеберхана"
                case .facilitation: "фасилитациялық сессия"
                case .contest: "байқау"
                case .exhibition: "көрме"
                case .dialogue: "диалог алаңы"
                case .seminar: "семинар"
                case .courseModule: "курс модулі"
                case .lecture: "дәріс"
                case .practice: "практикалық сабақ"
                case .consultation: "консультация"
                case .ceremony: "салтанатты рәсім"
                case .session: "іс-шара"
                }
            },
            overview: "Шолу", days: "Күндер", trainers: "Тренерлер", groups: "Топтар", participantGroups: "Қатысушылар топтары",
            violatedConstraints: "Бұзылған шарттар", unplacedSessions: "Орналастырылмаған іс-шаралар", trainerLoad: "Тренерлердің күндік жүктемесі",
            sessions: PluralNoun(invariant: "іс-шара"), daysCounted: PluralNoun(invariant: "күн"),
            rooms: PluralNoun(invariant: "аудитория"), venues: PluralNoun(invariant: "өтетін орын"),
            trainersCounted: PluralNoun(invariant: "тренер"), groupsCounted: PluralNoun(invariant: "топ"),
            people: PluralNoun(invariant: "адам"), times: PluralNoun(invariant: "рет"),
            violations: PluralNoun(invariant: "бұзушылық"), seats: PluralNoun(invariant: "орын"),
            timesIn: { "уақыт \($0) белдеуі бойынша" },
            placed: { sessions, unplaced in "орналастырылды: \(sessions), орналастырылмады: \(unplaced)" },
            roomsInVenues: { rooms, venues in "\(rooms), \(venues)" },
            score: { "Бағалау \($0)" }, noHardConflicts: "қатаң қайшылықтар жоқ",
            hardPoints: { points, unplaced in "қатаң бұзушылықтар үшін айыппұл: \(points), орналастырылмады: \(unplaced)" },
            allSatisfied: "Жоқ: барлық шарт орындалды.",
            constraint: "Шарт", level: "Деңгейі", timesColumn: "Неше рет", penalty: "Айыппұл",
            allViolations: { violations, constraint in "Барлық \(violations) (\(constraint)) күндер бойынша" },
            loadLegend: "Бағана — күндегі сабақ сағаттары; қара сызыққа дейінгі сұр жолақ — тренердің күндік шегі; қызыл — шектен тыс.",
            loadChartLabel: "Әр тренердің күндік сағаттары мен күндік шегі",
            trainer: "Тренер", sessionsColumn: "Іс-шаралар", daysColumn: "Күндер", hours: "Сағаттар", dailyLimit: "Күндік шегі",
            group: "Топ", peopleColumn: "Адам саны",
            roomsNotInPlan: "Жоспарда жоқ аудиториялар",
            dayFacts: { sessions, duration, zone in "\(sessions), барлығы \(duration). Уақыт \(zone) белдеуі бойынша." },
            dayIndexFacts: { sessions, rooms, zone in "\(sessions), \(rooms). Уақыт \(zone) белдеуі бойынша." },
            allVenuesOn: { "Барлық өтетін орындар: \($0)" }, noSessionsThisDay: "Бұл күні іс-шара жоқ.",
            venue: "Өтетін орны", town: "Қала", roomsInUse: "Пайдаланылатын аудиториялар", from: "Басталуы", to: "Аяқталуы",
            notInPlan: { "\($0) (жоспарда жоқ)" }, noRoom: "Аудиториясыз",
            andMore: { first, more, noun in "\(first) және тағы \(more) \(noun)" }, online: "онлайн",
            breakTime: { "Үзіліс \($0)" }, sheetOf: { n, count in "(\(n)/\(count))" },
            workload: { duration, sessions, days in "\(duration): \(sessions), \(days)" },
            basedAt: "Негізгі өтетін орны", languages: "Тілдері", skills: "Құзыреттері",
            atMostADay: { "Күніне ең көбі \($0)" }, breakBetween: { "Іс-шаралар арасында кемінде \($0) үзіліс" },
            daysAway: { "Негізгі орыннан тыс күндер: \($0)" },
            venueChanges: { changes, towns in "күн ішінде өтетін орынды ауыстыру: \(changes) (қалалар арасында: \(towns))" },
            noTravel: "Өтетін орындар арасында жол жүру жоқ.", travelInAll: { "; жолда барлығы \($0)." },
            noSessionsAssigned: "Іс-шаралар тағайындалмаған.", noSessionsScheduled: "Іс-шаралар жоспарланбаған.",
            sectionsShared: "Бөлінген іс-шаралардың секциялары жеке-жеке көрсетілген; топ қатысушылары олардың арасында бөлінеді.",
            ofAtMost: { duration, limit in "\(duration), шегі \(limit)" }, overLimit: " (шектен тыс)", route: "Бағыты",
            time: "Уақыты", session: "Іс-шара", kindColumn: "Түрі", room: "Аудитория", with: "Бірге жүргізеді",
            fromBase: "Негізгі орыннан", backToBase: "Негізгі орынға қайту",
            travel: { note, from, to, duration in (note.map { "\($0): жол" } ?? "Жол") + " \(from) → \(to): \(duration)" },
            gapBetween: { ", іс-шаралар арасында \($0)" }, overlap: ", бірақ іс-шаралар қабаттасады", tooTight: "уақыт аз",
            violationFacts: { violations, level, penalty in "\(violations), деңгейі \(level), айыппұл барлығы \(penalty)." },
            notAboutOneDay: "Бір күнге қатысты емес", total: "барлығы"))
}
