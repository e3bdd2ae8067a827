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
            days: PluralNoun(one: "день", few: "дня", many: "дней", other: "дня")))
}
