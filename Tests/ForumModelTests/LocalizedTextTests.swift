import Foundation
import Testing
@testable import ForumModel

/// Plan texts in several languages: `forum.languages`, plain strings and maps by language, and the
/// located warnings and errors they give.
@Suite struct LocalizedTextTests {
    private func load(_ text: String) throws(PlanErrors) -> PlanDocument {
        try PlanLoader.load(text: text, path: "p.yaml", baseURL: URL(fileURLWithPath: "/tmp/plans"))
    }

    /// Every text field of the plan as a map (all languages), with a second plan giving each one as a plain string.
    static let everyFieldAsMap = """
        forum:
          id: f
          languages: [kk, ru]
          title: {kk: "Өңірлік форум", ru: "Региональный форум"}
          description: {kk: "Мектеп басшыларына", ru: "Для руководителей школ"}
          time_zone: Asia/Almaty
          days: [2026-03-02]
          hours: {start: "09:00", end: "18:00"}
        venues:
          - id: nis
            name: {kk: "Тараз НЗМ", ru: "НИШ Тараз"}
            town: {kk: "Тараз", ru: "Тараз"}
            address: {kk: "Тараз қ., Төле би к-сі, 1", ru: "г. Тараз, ул. Толе би, 1"}
            rooms:
              - {id: hall, name: {kk: "Мәжіліс залы", ru: "Актовый зал"}, capacity: 300}
        trainers:
          - {id: a, name: {kk: "Әбішева Р.Б.", ru: "Абишева Р.Б."}, languages: [kk, ru]}
        groups:
          - {id: g, name: {kk: "Директорлар", ru: "Директора"}, size: 25}
        sessions:
          - id: s
            title: {kk: "Пленарлық отырыс", ru: "Пленарное заседание"}
            description: {kk: "Баяндамалар", ru: "Доклады"}
            notes: {kk: "Төлқұжат алыңыз", ru: "Возьмите удостоверение"}
            duration: 1h
            groups: [g]
            trainers: [a]

        """

    @Test func everyTextFieldTakesAMapByLanguage() throws {
        let document = try load(Self.everyFieldAsMap)
        #expect(document.warnings.isEmpty)
        let plan = document.plan
        #expect(plan.forum.languages == [.kk, .ru])
        #expect(plan.forum.defaultLanguage == .kk)
        let texts: [(LocalizedText?, String, String)] = [
            (plan.forum.localizedTitle, "Өңірлік форум", "Региональный форум"),
            (plan.forum.localizedDescription, "Мектеп басшыларына", "Для руководителей школ"),
            (plan.venues[0].localizedName, "Тараз НЗМ", "НИШ Тараз"),
            (plan.venues[0].localizedTown, "Тараз", "Тараз"),
            (plan.venues[0].localizedAddress, "Тараз қ., Төле би к-сі, 1", "г. Тараз, ул. Толе би, 1"),
            (plan.rooms[0].localizedName, "Мәжіліс залы", "Актовый зал"),
            (plan.trainers[0].localizedName, "Әбішева Р.Б.", "Абишева Р.Б."),
            (plan.groups[0].localizedName, "Директорлар", "Директора"),
            (plan.sessions[0].localizedTitle, "Пленарлық отырыс", "Пленарное заседание"),
            (plan.sessions[0].localizedDescription, "Баяндамалар", "Доклады"),
            (plan.sessions[0].localizedNotes, "Төлқұжат алыңыз", "Возьмите удостоверение")
        ]
        for (text, kk, ru) in texts {
            #expect(text?.isPerLanguage == true)
            #expect(text?.text(in: .kk) == kk)
            #expect(text?.text(in: .ru) == ru)
            #expect(text?.defaultText == kk)
            #expect(text?.text(in: .en) == kk, "a language the text lacks reads the default language's")
        }
        // The String properties the renderers read are the default language's text.
        #expect(plan.forum.title == "Өңірлік форум")
        #expect(plan.sessions[0].title == "Пленарлық отырыс")
        #expect(plan.sessions[0].notes == "Төлқұжат алыңыз")
        #expect(plan.venues[0].address == "Тараз қ., Төле би к-сі, 1")
        #expect(plan.trainers[0].name == "Әбішева Р.Б.")
    }

    @Test func everyTextFieldTakesAPlainString() throws {
        // The same plan with every map replaced by its Russian text.
        let pattern = try NSRegularExpression(pattern: #"\{kk: "[^"]*", ru: ("[^"]*")\}"#)
        let text = pattern.stringByReplacingMatches(
            in: Self.everyFieldAsMap, range: NSRange(Self.everyFieldAsMap.startIndex..., in: Self.everyFieldAsMap),
            withTemplate: "$1")
        #expect(!text.contains("kk:"))
        let document = try load(text)
        #expect(document.warnings.isEmpty)
        let plan = document.plan
        let texts: [(LocalizedText?, String)] = [
            (plan.forum.localizedTitle, "Региональный форум"), (plan.forum.localizedDescription, "Для руководителей школ"),
            (plan.venues[0].localizedName, "НИШ Тараз"), (plan.venues[0].localizedTown, "Тараз"),
            (plan.venues[0].localizedAddress, "г. Тараз, ул. Толе би, 1"), (plan.rooms[0].localizedName, "Актовый зал"),
            (plan.trainers[0].localizedName, "Абишева Р.Б."), (plan.groups[0].localizedName, "Директора"),
            (plan.sessions[0].localizedTitle, "Пленарное заседание"), (plan.sessions[0].localizedDescription, "Доклады"),
            (plan.sessions[0].localizedNotes, "Возьмите удостоверение")
        ]
        for (value, ru) in texts {
            #expect(value == LocalizedText(ru))
            #expect(value?.isPerLanguage == false)
            for language in Language.allCases { #expect(value?.text(in: language) == ru) }
        }
    }

    @Test func mixedPlanValidatesWithLocatedWarningsForGaps() throws {
        let document = try load(
            """
            forum:
              id: f
              languages: [kk, ru]
              title: {kk: "Форум", ru: "Форум"}
              time_zone: Asia/Almaty
              days: [2026-03-02]
              hours: {start: "09:00", end: "18:00"}
            venues:
              - id: v
                name: "NIS"
                rooms: [{id: hall, name: {ru: "Актовый зал"}, capacity: 300}]
            trainers:
              - {id: a, name: "Abisheva", languages: [kk, ru]}
            groups:
              - {id: g, name: {kk: "Директорлар", ru: ""}, size: 25}
            sessions:
              - id: s
                title: {kk: "Пленарлық отырыс", ru: "Пленарное заседание"}
                notes: {kk: "Төлқұжат алыңыз", ru: }
                duration: 1h
                groups: [g]
                trainers: [a]
              - {id: t, title: "Lesson Study", duration: 1h, groups: [g], trainers: [a], after: [s]}

            """)
        let plan = document.plan
        #expect(plan.rooms[0].name == "Актовый зал", "a map without the default language falls back to the next forum language")
        #expect(plan.rooms[0].localizedName.text(in: .kk) == "Актовый зал")
        #expect(plan.groups[0].localizedName.text(in: .ru) == "Директорлар", "an empty text counts as missing")
        #expect(plan.sessions[0].localizedNotes?.text(in: .ru) == "Төлқұжат алыңыз")
        #expect(plan.sessions[1].localizedTitle == LocalizedText("Lesson Study"))
        #expect(
            document.warnings.map(\.description) == [
                "p.yaml:11:30: warning: `name` of room 'hall' has no kk text; kk readers see the ru text\n"
                    + "  hint: Add `kk: \"…\"` to the map, or write one plain text if it is the same in every language.",
                "p.yaml:15:19: warning: `name` of group 'g' has no ru text; ru readers see the kk text\n"
                    + "  hint: Add `ru: \"…\"` to the map, or write one plain text if it is the same in every language.",
                "p.yaml:19:12: warning: `notes` of session 's' has no ru text; ru readers see the kk text\n"
                    + "  hint: Add `ru: \"…\"` to the map, or write one plain text if it is the same in every language."
            ])
    }

    @Test func unknownLanguageCodesAreLocatedErrorsWithASuggestion() throws {
        let text = """
            forum:
              id: f
              languages: [kk, rus]
              title: "F"
              time_zone: Asia/Almaty
              days: [2026-03-02]
              hours: {start: "09:00", end: "18:00"}
            venues:
              - {id: v, rooms: [{id: hall, capacity: 300}]}
            sessions:
              - {id: s, title: {kz: "Ашылу", ru: "Открытие"}, duration: 1h, attendance: 10}

            """
        let errors = try #require(throws: PlanErrors.self) { try load(text) }
        #expect(
            errors.description == """
                p.yaml:3:19: error: `languages` 'rus' is not a language ForumPlanner publishes in
                  hint: Did you mean 'ru'? Languages are ISO 639-1 codes: kk (Kazakh), ru (Russian), en (English).
                p.yaml:11:21: error: `title` of session 's' has a text in 'kz', which is not a language code
                  hint: Did you mean 'kk'? Languages are ISO 639-1 codes: kk (Kazakh), ru (Russian), en (English).
                """)
    }

    @Test func textInALanguageTheForumDoesNotPublishIsAWarning() throws {
        let document = try load(
            """
            forum:
              id: f
              languages: [ru]
              title: {ru: "Форум", en: "Forum"}
              time_zone: Asia/Almaty
              days: [2026-03-02]
              hours: {start: "09:00", end: "18:00"}
            venues:
              - {id: v, rooms: [{id: hall, capacity: 300}]}
            sessions:
              - {id: s, title: Opening, duration: 1h, attendance: 10}

            """)
        #expect(document.plan.forum.title == "Форум")
        #expect(
            document.warnings.map(\.description) == [
                "p.yaml:4:24: warning: `title` of forum has a en text, but en is not one of the forum's languages\n"
                    + "  hint: Add en to `forum.languages` to publish it, or remove the text."
            ])
    }

    @Test func languagesListMistakes() throws {
        func errors(_ languages: String, title: String = "F") throws -> String {
            let text = """
                forum: {id: f, languages: \(languages), title: \(title), time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: "09:00", end: "18:00"}}
                venues: [{id: v, rooms: [{id: hall, capacity: 300}]}]
                sessions: [{id: s, title: S, duration: 1h, attendance: 10}]

                """
            return try #require(throws: PlanErrors.self) { try load(text) }.description
        }
        #expect(
            try errors("[]")
                == "p.yaml:1:27: error: `languages` is empty\n  hint: List the forum's languages, default first, e.g. `languages: [kk, ru]`.")
        #expect(
            try errors("[kk, ru, kk]")
                == "p.yaml:1:36: error: `languages` lists 'kk' twice\n  hint: List each language once; the first is the default.")
        #expect(
            try errors("kk") == "p.yaml:1:27: error: `languages` must be a list, not 'kk'\n  hint: Write it as [kk, ru], or one `- item` per line.")
        #expect(
            try errors("[kk]", title: "{}")
                == "p.yaml:1:40: error: `title` of forum gives no text in any language\n  hint: Write the text for at least the default language, e.g. `title: {kk: \"…\"}`."
        )
        #expect(try errors("[kk]", title: "[a]").hasPrefix("p.yaml:1:40: error: `title` of forum must be text or a map by language, not a list"))
    }

    @Test func aPlanWithoutLanguagesIsEnglishOnly() throws {
        let plan = try load(
            """
            forum: {id: f, title: F, time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: "09:00", end: "18:00"}}
            venues: [{id: v, rooms: [{id: hall, capacity: 300}]}]
            sessions: [{id: s, title: S, duration: 1h, attendance: 10}]

            """
        ).plan
        #expect(plan.forum.languages == [.en])
        #expect(plan.forum.defaultLanguage == .en)
    }

    @Test func settingTheDefaultTextReplacesEveryLanguage() {
        var session = Session(id: "s", title: "x", durationMinutes: 60)
        session.localizedTitle = LocalizedText([.kk: "Ашылу", .ru: "Открытие"], preferring: [.ru, .kk])
        #expect(session.title == "Открытие")
        session.title = "Opening"
        #expect(session.localizedTitle == LocalizedText("Opening"))
        #expect(session.localizedTitle.text(in: .kk) == "Opening")
    }
}
