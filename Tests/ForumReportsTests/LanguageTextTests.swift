import ForumModel
import Testing
@testable import ForumReports

/// One agenda, one change notice and the hand-over sentences in Kazakh and Russian, compared whole with
/// reviewed text (the English ones are in AgendaTests, ScheduleDiffTests and TrainerHandoverTests).
/// Dates keep CLDR's narrow no-break space (U+202F) between a year and its word.
@Suite struct LanguageTextTests {
    static func handovers(_ language: Language) -> [String] {
        let t = TrainerHandoverTests()
        let always = t.schedule(["nugerbaev", "nugerbaev", "nugerbaev", "nugerbaev"])
        return [["nugerbaev", "abisheva", "abisheva", "abisheva"], ["nugerbaev", "abisheva", "nugerbaev", "nugerbaev"]].flatMap { trainers in
            let diff = ScheduleDiff(plan: TrainerHandoverTests.plan, old: always, new: t.schedule(trainers))
            return diff.handovers.map { diff.sentence(for: $0, language: language) }
        }
    }

    static func notice(_ language: Language) -> String? {
        let (old, new) = ScheduleDiffTests().schedules()
        let diff = ScheduleDiff(plan: SamplePlan.plan, old: old, new: new)
        return diff.notice(to: "Sapura Zholdasbaeva", changes: diff.changes(forTrainer: "zholdasbaeva"), language: language)
    }

    @Test func agendaInKazakh() throws {
        let agenda = try Agenda(plan: AgendaTests.plan, schedule: AgendaTests.schedule, subject: .trainer("a"))
        #expect(
            agenda.text(language: .kk) == """
                Тренер Абишева (a) — Форум
                Уақыт Asia/Almaty белдеуі бойынша көрсетілген.

                2026\u{202F}жылғы 10 наурыз, сейсенбі
                  Уақыты       Іс-шара  Аудитория  Өтетін орны  Бірге жүргізеді  Топтар            Адам саны
                  -----------  -------  ---------  -----------  ---------------  ----------------  ---------
                  09:00–10:00  Opening  Hall       NIS          Berik            Directors, Taraz  60

                2026\u{202F}жылғы 11 наурыз, сәрсенбі
                  Уақыты       Іс-шара       Аудитория  Өтетін орны  Бірге жүргізеді  Топтар            Адам саны
                  -----------  ------------  ---------  -----------  ---------------  ----------------  ---------
                  10:00–11:00  Workshop "A"  Room 1     NIS          —                Directors, Taraz  30

                """)
    }

    @Test func noticeInKazakh() {
        #expect(
            Self.notice(.kk) == """
                Құрметті Sapura Zholdasbaeva!
                «Regional forum» бағдарламасында сізге қатысты өзгерістер бар:
                - Ауыстырылды: «Plenary session»: бұрын 2019\u{202F}жылғы 14 қараша, бейсенбі, 10:00–11:30, Assembly hall, NIS Taraz; енді 2019\u{202F}жылғы 15 қараша, жұма, 10:00–11:30, Assembly hall, NIS Taraz.
                - Тренер ауысты: «School development plan (1-сабақ, 1-секция)», 2019\u{202F}жылғы 14 қараша, бейсенбі, 14:00–15:00: енді Sapura Zholdasbaeva (бұрын Tolegen Nugerbaev).
                Жазылған күнтізбеңіз өздігінен жаңарады.

                """)
    }

    @Test func handoversInKazakh() {
        #expect(
            Self.handovers(.kk) == [
                "Abisheva «Assessment course» курсын соңына дейін жүргізеді (2–4-сабақтар); бұрынғы тренер: Tolegen Nugerbaev.",
                "Abisheva «Assessment course» курсында Tolegen Nugerbaev орнына сабақ жүргізеді (тек 2-сабақ); қалған сабақтарды курстың өз тренері жүргізеді."
            ])
    }

    @Test func agendaInRussian() throws {
        let agenda = try Agenda(plan: AgendaTests.plan, schedule: AgendaTests.schedule, subject: .trainer("a"))
        #expect(
            agenda.text(language: .ru) == """
                Тренер Абишева (a) — Форум
                Время указано по часовому поясу Asia/Almaty.

                вторник, 10 марта 2026\u{202F}г.
                  Время        Мероприятие  Аудитория  Площадка  Вместе с  Группы            Человек
                  -----------  -----------  ---------  --------  --------  ----------------  -------
                  09:00–10:00  Opening      Hall       NIS       Berik     Directors, Taraz  60

                среда, 11 марта 2026\u{202F}г.
                  Время        Мероприятие   Аудитория  Площадка  Вместе с  Группы            Человек
                  -----------  ------------  ---------  --------  --------  ----------------  -------
                  10:00–11:00  Workshop "A"  Room 1     NIS       —         Directors, Taraz  30

                """)
    }

    @Test func noticeInRussian() {
        #expect(
            Self.notice(.ru) == """
                Здравствуйте, Sapura Zholdasbaeva!
                В программе «Regional forum» для вас есть изменения:
                - Перенесено: «Plenary session»: было четверг, 14 ноября 2019\u{202F}г., 10:00–11:30, Assembly hall, NIS Taraz; теперь пятница, 15 ноября 2019\u{202F}г., 10:00–11:30, Assembly hall, NIS Taraz.
                - Смена тренеров: «School development plan (занятие 1, секция 1)», четверг, 14 ноября 2019\u{202F}г., 14:00–15:00: теперь Sapura Zholdasbaeva (ранее: Tolegen Nugerbaev).
                Календарь по подписке обновится сам.

                """)
    }

    @Test func handoversInRussian() {
        #expect(
            Self.handovers(.ru) == [
                "Abisheva ведёт курс «Assessment course» до конца (занятия 2–4); прежний тренер: Tolegen Nugerbaev.",
                "Abisheva заменяет тренера Tolegen Nugerbaev на курсе «Assessment course» (только занятие 2); остальные занятия ведёт прежний тренер."
            ])
    }
}
