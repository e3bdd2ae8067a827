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
            noRoom: "аудитория не назначена", nobody: "никто",
            noticeOpening: { reader, forum in "Здравствуйте, \(reader)!\nВ программе «\(forum)» для вас есть изменения:" },
            noticeClosing: "Календарь по подписке обновится сам.",
            meeting: { "занятие \($0)" }, section: { "секция \($0)" }, meetings: { "занятия \($0)" },
            course: { title, section in title + (section.map { ", секция \($0)" } ?? "") },
            takesOver: { new, course, old, meetings in
                "\(new) ведёт курс \(course) до конца (\(meetings))\(old.map { "; прежний тренер: \($0)" } ?? "")." },
            covers: { new, course, old, meetings in
                "\(new) заменяет\(old.map { " тренера \($0)" } ?? "") на курсе \(course) (только \(meetings)); остальные занятия ведёт прежний тренер." }))
}
