import ForumModel

extension Catalogue {
    /// Russian; terms as in the materials of the Centre of Pedagogical Excellence (docs/languages.md).
    static let ru = Catalogue(
        language: .ru, locale: "ru_RU",
        feed: FeedWords(
            meetingOf: { run, count in "занятие \(run) из \(count)" },
            section: { "секция \($0)" },
            trainer: "Тренер", trainers: "Тренеры", group: "Группа", groups: "Группы",
            sectionOf: { n, count, people in "Секция \(n) из \(count), \(people)" },
            expected: { "Ожидается: \($0)" },
            notes: "Примечания",
            people: PluralNoun(one: "человек", few: "человека", many: "человек", other: "человека")),
        index: IndexWords(
            calendars: "календари",
            intro: "Подпишитесь на календарь, чтобы видеть изменения сразу после публикации, или скачайте копию.",
            timetableLink: "Расписание", timetableNote: ": сетка каждого дня, дни каждого тренера и каждой группы, для печати.",
            wholeForum: "Весь форум", groups: "Группы участников", sections: "Секции", rooms: "Аудитории", venues: "Площадки",
            subscribe: "Подписаться", download: "Скачать .ics",
            days: PluralNoun(one: "день", few: "дня", many: "дней", other: "дня")),
        agenda: AgendaWords(
            trainer: "Тренер", group: "Группа", room: "Аудитория",
            timesIn: { "Время указано по часовому поясу \($0)." }, nothingScheduled: "Ничего не запланировано.",
            time: "Время", session: "Мероприятие", roomColumn: "Аудитория", venue: "Площадка", trainers: "Тренеры",
            coTrainers: "Вместе с", groups: "Группы", size: "Человек"),
        diff: DiffWords(
            quoted: { "«\($0)»" },
            cancelled: { title, when, place in "Отменено: \(title) (было: \(when), \(place))." },
            added: { title, when, place, trainers in "Добавлено: \(title), \(when), \(place)\(trainers.map { "; тренеры: \($0)" } ?? "")." },
            restaffed: { title, when, now, before in "Смена тренеров: \(title), \(when): теперь \(now) (ранее: \(before))." },
            moved: { title, old, new in "Перенесено: \(title): было \(old); теперь \(new)" },
            movedRoom: { title, old, place, when in "Перенесено: \(title): было \(old); теперь \(place) (время прежнее, \(when))" },
            nowRunBy: { "; тренеры: \($0)" },
            noChanges: "Изменений нет.",
            noRoom: "аудитория не назначена", nobody: "никто",
            noticeOpening: { reader, forum in "Здравствуйте, \(reader)!\nВ программе «\(forum)» для вас есть изменения:" },
            noticeClosing: "Календарь по подписке обновится сам.",
            meeting: { "занятие \($0)" }, section: { "секция \($0)" }, meetings: { "занятия \($0)" },
            course: { title, section in title + (section.map { ", секция \($0)" } ?? "") },
            takesOver: { new, course, old, meetings in
                "\(new) ведёт курс \(course) до конца (\(meetings))\(old.map { "; прежний тренер: \($0)" } ?? "")."
            },
            covers: { new, course, old, meetings in
                "\(new) заменяет\(old.map { " тренера \($0)" } ?? "") на курсе \(course) (только \(meetings)); остальные занятия ведёт прежний тренер."
            }),
        report: ReportWords(
            kind: { kind in
                switch kind {
                case .plenary: "пленарное заседание"
                case .section: "секция"
                case .workshop: "семинар-практикум"
                case .facilitation: "фасилитационная сессия"
                case .contest: "конкурс"
                case .exhibition: "выставка"
                case .dialogue: "диалоговая площадка"
                case .seminar: "семинар"
                case .courseModule: "модуль курса"
                case .lecture: "лекция"
                case .practice: "практическое занятие"
                case .consultation: "консультация"
                case .ceremony: "церемония"
                case .session: "мероприятие"
                }
            },
            overview: "Обзор", days: "Дни", trainers: "Тренеры", groups: "Группы", participantGroups: "Группы участников",
            violatedConstraints: "Нарушенные условия", unplacedSessions: "Не размещённые мероприятия", trainerLoad: "Нагрузка тренеров по дням",
            sessions: PluralNoun(one: "мероприятие", few: "мероприятия", many: "мероприятий", other: "мероприятия"),
            daysCounted: PluralNoun(one: "день", few: "дня", many: "дней", other: "дня"),
            rooms: PluralNoun(one: "аудитория", few: "аудитории", many: "аудиторий", other: "аудитории"),
            venues: PluralNoun(one: "площадка", few: "площадки", many: "площадок", other: "площадки"),
            trainersCounted: PluralNoun(one: "тренер", few: "тренера", many: "тренеров", other: "тренера"),
            groupsCounted: PluralNoun(one: "группа", few: "группы", many: "групп", other: "группы"),
            people: PluralNoun(one: "человек", few: "человека", many: "человек", other: "человека"),
            times: PluralNoun(one: "раз", few: "раза", many: "раз", other: "раза"),
            violations: PluralNoun(one: "нарушение", few: "нарушения", many: "нарушений", other: "нарушения"),
            seats: PluralNoun(one: "место", few: "места", many: "мест", other: "места"),
            timesIn: { "время по часовому поясу \($0)" },
            placed: { sessions, unplaced in "размещено: \(sessions), не размещено: \(unplaced)" },
            roomsInVenues: { rooms, venues in "\(rooms), \(venues)" },
            score: { "Оценка \($0)" }, noHardConflicts: "жёстких конфликтов нет",
            hardPoints: { points, unplaced in "штраф за жёсткие нарушения: \(points), не размещено: \(unplaced)" },
            allSatisfied: "Нет: все условия соблюдены.",
            constraint: "Условие", level: "Уровень", timesColumn: "Сколько раз", penalty: "Штраф",
            allViolations: { violations, constraint in "Все \(violations) (\(constraint)) по дням" },
            loadLegend: "Столбик — часы занятий за день; серая полоса до чёрной черты — дневной предел тренера; красный — сверх предела.",
            loadChartLabel: "Часы каждого тренера по дням в сравнении с дневным пределом",
            trainer: "Тренер", sessionsColumn: "Мероприятия", daysColumn: "Дни", hours: "Часы", dailyLimit: "Предел в день",
            group: "Группа", peopleColumn: "Человек",
            roomsNotInPlan: "Аудитории вне плана",
            dayFacts: { sessions, duration, zone in "\(sessions), всего \(duration). Время по часовому поясу \(zone)." },
            dayIndexFacts: { sessions, rooms, zone in "\(sessions), \(rooms). Время по часовому поясу \(zone)." },
            allVenuesOn: { "Все площадки: \($0)" }, noSessionsThisDay: "В этот день мероприятий нет.",
            venue: "Площадка", town: "Город", roomsInUse: "Аудиторий занято", from: "С", to: "До",
            notInPlan: { "\($0) (нет в плане)" }, noRoom: "Без аудитории",
            andMore: { first, more, noun in "\(first) и ещё \(more) \(noun)" }, online: "онлайн",
            breakTime: { "Перерыв \($0)" }, sheetOf: { n, count in "(\(n) из \(count))" },
            workload: { duration, sessions, days in "\(duration): \(sessions) за \(days)" },
            basedAt: "Базовая площадка", languages: "Языки", skills: "Компетенции",
            atMostADay: { "Не более \($0) в день" }, breakBetween: { "Перерыв между занятиями не менее \($0)" },
            daysAway: { "Дней вне базовой площадки: \($0)" },
            venueChanges: { changes, towns in "переездов между площадками в течение дня: \(changes) (между городами: \(towns))" },
            noTravel: "Переездов между площадками нет.", travelInAll: { "; всего в пути \($0)." },
            noSessionsAssigned: "Мероприятия не назначены.", noSessionsScheduled: "Мероприятия не запланированы.",
            sectionsShared: "Секции разделённых мероприятий перечислены каждая отдельно; участники группы распределены между ними.",
            ofAtMost: { duration, limit in "\(duration) из допустимых \(limit)" }, overLimit: " (сверх предела)", route: "Маршрут",
            time: "Время", session: "Мероприятие", kindColumn: "Вид", room: "Аудитория", with: "Вместе с",
            fromBase: "С базовой площадки", backToBase: "На базовую площадку",
            travel: { note, from, to, duration in (note.map { "\($0): переезд" } ?? "Переезд") + " \(from) → \(to): \(duration)" },
            gapBetween: { ", между мероприятиями \($0)" }, overlap: ", но мероприятия пересекаются", tooTight: "мало времени",
            violationFacts: { violations, level, penalty in "\(violations), уровень \(level), штраф всего \(penalty)." },
            notAboutOneDay: "Не относится к одному дню", total: "всего"))
}
