import Foundation
import Testing

/// `forumplan diff` and `forumplan export --format csv` end to end on the Taldykorgan example.
@Suite struct DiffCommandTests {
    static let plan = "examples/taldykorgan-conference.yaml"
    static let witness = "examples/witnesses/taldykorgan-conference.schedule.yaml"

    /// The witness as CSV (written by `export --format csv`) and an edited copy.
    func versions() throws -> (dir: URL, old: String, new: String) {
        let dir = try CommandRunner.folder(with: [:])
        let old = dir.appendingPathComponent("old.csv").path
        let written = try CommandRunner.run(["export", Self.plan, Self.witness, "--format", "csv", "--out", old])
        #expect(written.status == 0 && written.stdout == "\(old): 12 rows written\n", "\(written.stderr)")
        let csv = try String(contentsOfFile: old, encoding: .utf8)
        #expect(csv.hasPrefix("session,occurrence,section,date,start,end,room,trainers\r\n"))
        let edited =
            csv
            .replacingOccurrences(
                of: "rus-laboratories,,,2019-08-21,14:00,15:00,library,kim", with: "rus-laboratories,,,2019-08-21,14:00,15:00,room-302,kim"
            )
            .replacingOccurrences(
                of: "coord-workshop,,2,2019-08-21,14:00,15:30,room-302,cherenkova",
                with: "coord-workshop,,2,2019-08-21,14:00,15:30,room-302,turekhanova"
            )
            .replacingOccurrences(
                of: "coord-workshop,,3,2019-08-21,14:00,15:30,room-303,turekhanova",
                with: "coord-workshop,,3,2019-08-21,14:00,15:30,room-303,cherenkova"
            )
            .replacingOccurrences(of: "coord-solodkova,,,2019-08-21,12:15,12:45,conference-hall,solodkova\r\n", with: "")
        #expect(edited != csv)
        let new = dir.appendingPathComponent("new.csv").path
        try edited.write(toFile: new, atomically: true, encoding: .utf8)
        return (dir, old, new)
    }

    @Test func changesAreWordedForAnAnnouncement() throws {
        let (dir, old, new) = try versions()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["diff", Self.plan, Self.witness, new, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Cancelled: 'Профессиональное развитие учителей"))
        #expect(
            result.stdout.contains(
                "Moved: 'Методические лаборатории и авторские мастерские учителей' from Wednesday, 21 August 2019, 14:00–15:00, Читальный зал библиотеки, IT школа-лицей № 28 г. Талдыкорган to Кабинет 302, IT школа-лицей № 28 г. Талдыкорган (same time, Wednesday, 21 August 2019, 14:00–15:00)."
            ))
        #expect(
            result.stdout.contains(
                "New trainers: 'Воркшоп: управление совместной деятельностью ведущих и магнитных школ (барьеры и решения) (section 3)' on Wednesday, 21 August 2019, 14:00–15:30 is now run by Л.В. Черенкова instead of Г.Б. Туреханова."
            ))
        let same = try CommandRunner.run(["diff", Self.plan, Self.witness, old, "--lang", "en"])
        #expect(same.status == 0 && same.stdout == "No changes.\n")
        let sameInRussian = try CommandRunner.run(["diff", Self.plan, Self.witness, old, "--lang", "ru"])
        #expect(sameInRussian.status == 0 && sameInRussian.stdout == "Изменений нет.\n")
    }

    /// Without --lang, each trainer's notice is in the trainer's first language, the plan's texts included.
    @Test func eachTrainersNoticeIsInTheirFirstLanguage() throws {
        let (dir, _, new) = try versions()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notices = try CommandRunner.run(["diff", Self.plan, Self.witness, new, "--per", "trainer"])
        #expect(notices.status == 0, "\(notices.stderr)")
        // Turekhanova speaks [kk, ru]: Kazakh; Cherenkova [ru]: Russian.
        #expect(notices.stdout.contains("Құрметті Г.Б. Туреханова!\n«Алматы облысы педагогтарының өңірлік тамыз конференциясы» бағдарламасында"))
        #expect(
            notices.stdout.contains("«Воркшоп: жетекші және магниттік мектептердің бірлескен қызметін басқару (кедергілер мен шешімдер) (3-секция)»"))
        #expect(
            notices.stdout.contains(
                "Здравствуйте, Л.В. Черенкова!\nВ программе «Региональная августовская конференция педагогов Алматинской области»"))
        #expect(notices.stdout.contains("«Воркшоп: управление совместной деятельностью ведущих и магнитных школ (барьеры и решения) (секция 3)»"))
    }

    @Test func noticesPerTrainerAndJSON() throws {
        let (dir, _, new) = try versions()
        defer { try? FileManager.default.removeItem(at: dir) }
        let notices = try CommandRunner.run(["diff", Self.plan, Self.witness, new, "--per", "trainer", "--lang", "en"])
        #expect(notices.status == 0)
        #expect(
            notices.stdout.contains(
                "Dear Л.В. Черенкова,\nthe programme of \"Региональная августовская конференция педагогов Алматинской области\" has changed for you:\n- "
            ))
        #expect(notices.stdout.contains("Dear Т. Солодкова, координатор ведущей школы № 3 г. Текели,\n"))
        #expect(!notices.stdout.contains("Dear Р.Б. Абишева"))
        let json = try CommandRunner.run(["diff", Self.plan, Self.witness, new, "--per", "group", "--format", "json"])
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let changes = try #require(body["changes"] as? [[String: Any]])
        #expect(changes.compactMap { $0["kind"] as? String } == ["cancelled", "moved", "restaffed", "restaffed"])
        #expect(changes.first?["new"] is NSNull)
        #expect((changes.first?["old"] as? [String: Any])?["room"] as? String == "conference-hall")
        let groups = try #require(body["notices"] as? [[String: Any]])
        #expect(groups.compactMap { $0["id"] as? String } == ["coordinators", "russian-teachers"])
    }

    @Test func exportAsCSVRefusesFeedOptions() throws {
        let result = try CommandRunner.run(["export", Self.plan, Self.witness, "--format", "csv", "--out", "/tmp/x.csv", "--revoke-token", "kim"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format csv writes only the CSV file"))
    }
}
