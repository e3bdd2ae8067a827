import Foundation
import Testing

/// `forumplan check` end to end on the Taldykorgan and Taraz examples: hand-made CSVs with one
/// conflict each, solver output, exported CSV and .ics read back, and broken inputs.
@Suite struct CheckCommandTests {
    static let taldykorgan = "examples/taldykorgan-conference.yaml"
    static let taraz = "examples/taraz-forum.yaml"

    /// A conflict-free hand-made timetable of the Taldykorgan conference (the witness, typed by hand).
    static let timetable = """
        session,occurrence,section,date,start,end,room,trainers
        plenary,,,21.08.2019,09:00,11:00,Мәжіліс залы,
        coord-opening,,,2019-08-21,11:15,11:45,conference-hall,turekhanova;abisheva;cherenkova
        coord-avaliev,,,2019-08-21,11:45,12:15,conference-hall,avaliev
        coord-solodkova,,,2019-08-21,12:15,12:45,conference-hall,solodkova
        coord-workshop,,1,2019-08-21,14:00,15:30,room-301,abisheva
        coord-workshop,,2,2019-08-21,14:00,15:30,room-302,cherenkova
        coord-workshop,,3,2019-08-21,14:00,15:30,room-303,Г.Б. Туреханова
        coord-online,,,2019-08-21,15:45,16:30,conference-hall,cherenkova
        coord-decision,,,2019-08-21,16:30,17:00,conference-hall,turekhanova;adilbayeva
        rus-speech,,,2019-08-21,12:00,12:45,library,abisheva
        rus-laboratories,,,2019-08-21,14:00,15:00,library,kim
        rus-workshop,,,2019-08-21,15:45,17:15,library,abisheva@example.kz

        """

    /// Runs `forumplan check PLAN FILE args…` on `content` written to a temporary FILE.
    func check(_ content: String, name: String = "timetable.csv", plan: String = taldykorgan, _ args: [String] = []) throws -> CommandRunner.Result {
        let dir = try CommandRunner.folder(with: [name: content])
        defer { try? FileManager.default.removeItem(at: dir) }
        return try CommandRunner.run(["check", plan, dir.appendingPathComponent(name).path] + args)
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func violations(_ result: CommandRunner.Result) throws -> [[String: Any]] {
        try #require(try json(result.stdout)["violations"] as? [[String: Any]])
    }

    func replacing(_ old: String, _ new: String) -> String {
        precondition(Self.timetable.contains(old))
        return Self.timetable.replacingOccurrences(of: old, with: new)
    }

    @Test func theHandMadeTimetableHasNoHardConflict() throws {
        let result = try check(Self.timetable)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("score 0hard/215soft\n"))
        #expect(result.stdout.contains("Soft\n  group-compactness (8)\n"))
    }

    @Test func theModeratorInBothSectionsAtOnceIsATrainerDoubleBooking() throws {
        let csv = replacing("rus-speech,,,2019-08-21,12:00,12:45", "rus-speech,,,2019-08-21,11:15,12:00")
        let text = try check(csv)
        #expect(text.status == 1)
        #expect(
            text.stdout.contains(
                """
                Hard
                  trainer-double-booked (1)
                    [45] Р.Б. Абишева is in 'Секция координаторов: взаимодействие ведущих и магнитных школ (открытие)' \
                (11:15–11:45, Конференц-зал) and in 'Компетентность и креативность — ключ к эффективности системы \
                критериального оценивания' (11:15–12:00, Читальный зал библиотеки) on 2019-08-21: 30 minutes overlap
                """))
        #expect(text.stdout.hasSuffix("score 45hard/195soft\n"))
        let v = try #require(try violations(check(csv, ["--format", "json", "--only", "hard"])).first)
        #expect(v["constraint"] as? String == "trainer-double-booked")
        #expect(v["level"] as? String == "hard")
        #expect(v["penalty"] as? Int == 45)
        #expect(v["trainers"] as? [String] == ["abisheva"])
        #expect(v["sessions"] as? [String] == ["coord-opening", "rus-speech"])
        #expect(v["rooms"] as? [String] == ["conference-hall", "library"])
        #expect(v["start"] as? String == "2019-08-21T11:15:00+06:00")
        #expect(v["end"] as? String == "2019-08-21T11:45:00+06:00")
    }

    @Test func aRoomTooSmallIsReported() throws {
        let result = try check(replacing("11:15,11:45,conference-hall", "11:15,11:45,room-301"), ["--format", "json"])
        #expect(result.status == 1)
        let v = try #require(try violations(result).first { $0["constraint"] as? String == "room-capacity" })
        #expect(
            v["message"] as? String
                == "'Секция координаторов: взаимодействие ведущих и магнитных школ (открытие)' (11:15–11:45) on 2019-08-21 has 72 people in Кабинет 301 with 30 seats: 42 over capacity"
        )
        #expect(v["rooms"] as? [String] == ["room-301"])
    }

    @Test func aTrainerOnABusyCalendarTimeIsReported() throws {
        // abisheva-busy.ics: busy from 17:30 Almaty time (11:30Z) on 21 August.
        let result = try check(replacing("rus-workshop,,,2019-08-21,15:45,17:15", "rus-workshop,,,2019-08-21,16:30,18:00"))
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "Hard\n  trainer-unavailable (1)\n    [30] Р.Б. Абишева is unavailable for 30 of the 90 minutes of 'Разработка и оценивание заданий для оценивания по русскому языку' (16:30–18:00, Читальный зал библиотеки) on 2019-08-21\n"
            ))
        #expect(result.stdout.hasSuffix("score 30hard/290soft\n"))
    }

    @Test func aGroupInTwoPlacesIsReported() throws {
        let result = try check(replacing("rus-laboratories,,,2019-08-21,14:00,15:00,library", "rus-laboratories,,,2019-08-21,12:00,13:00,room-302"))
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "  group-overlap (1)\n    [45] Group Учителя русского языка и литературы has 'Компетентность и креативность — ключ к эффективности системы критериального оценивания' (12:00–12:45, Читальный зал библиотеки) and 'Методические лаборатории и авторские мастерские учителей' (12:00–13:00, Кабинет 302) at once on 2019-08-21: 45 minutes overlap"
            ))
    }

    @Test func aSessionOutsideTheHoursIsReported() throws {
        let result = try check(replacing("coord-decision,,,2019-08-21,16:30,17:00", "coord-decision,,,2019-08-21,17:45,18:15"), ["--format", "json"])
        #expect(result.status == 1)
        let v = try #require(try violations(result).first { $0["constraint"] as? String == "outside-hours" })
        #expect((v["message"] as? String)?.contains("runs 15 minutes outside its allowed time: 15 outside the hours 09:00–18:00") == true)
        #expect(v["sessions"] as? [String] == ["coord-decision"])
    }

    @Test func aMissingTravelBufferBetweenTwoVenuesIsReported() throws {
        // The jury leaves the NIS assembly hall at 16:00 and must be at the university at 16:00: 20 minutes' travel.
        let export = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: export) }
        let out = export.appendingPathComponent("taraz.csv").path
        let written = try CommandRunner.run(["export", Self.taraz, "examples/witnesses/taraz-forum.schedule.yaml", "--format", "csv", "--out", out])
        #expect(written.status == 0, "\(written.stderr)")
        let csv = try String(contentsOfFile: out, encoding: .utf8)
        let moved = csv.replacingOccurrences(
            of: "contest-results,,,2019-11-14,16:30,17:00,nis-hall", with: "contest-results,,,2019-11-14,16:00,16:30,tarspu-council")
        #expect(moved != csv)
        let result = try check(moved, plan: Self.taraz)
        #expect(result.status == 1)
        #expect(result.stdout.contains("  trainer-double-booked (3)\n    [35] Айгүл Сәрсенбаева (ойдан шығарылған) has 0 minutes between '"))
        #expect(
            result.stdout.contains(
                "(14:00–16:00, Мәжіліс залы) and 'Байқау қорытындысы: қазылар алқасы жеңімпаздар мен номинанттарды жариялайды' (16:00–16:30, Ғылыми кеңес залы) on 2019-11-14 but needs 35 (20 travel, 15 break): 35 minutes short"
            ))
    }

    @Test func checkGivesTheScoreSolveReported() throws {
        let dir = try CommandRunner.folder(with: [:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let schedule = dir.appendingPathComponent("solved.yaml").path
        let solved = try CommandRunner.run(["solve", Self.taldykorgan, "-o", schedule, "--quiet", "--format", "json", "--seed", "3"])
        #expect(solved.status == 0, "\(solved.stderr)")
        let solveScore = try #require(try json(solved.stdout)["score"] as? [String: Int])
        let checked = try CommandRunner.run(["check", Self.taldykorgan, schedule, "--format", "json"])
        #expect(try json(checked.stdout)["score"] as? [String: Int] == solveScore)
        #expect(checked.status == 0)

        // The same schedule through a spreadsheet and through the published calendar gives the same score.
        let csv = dir.appendingPathComponent("solved.csv").path
        #expect(try CommandRunner.run(["export", Self.taldykorgan, schedule, "--format", "csv", "--out", csv]).status == 0)
        #expect(try json(CommandRunner.run(["check", Self.taldykorgan, csv, "--format", "json"]).stdout)["score"] as? [String: Int] == solveScore)
        let feeds = dir.appendingPathComponent("feeds").path
        #expect(try CommandRunner.run(["export", Self.taldykorgan, schedule, "--out", feeds]).status == 0)
        let ics = feeds + "/forum.ics"
        #expect(try json(CommandRunner.run(["check", Self.taldykorgan, ics, "--format", "json"]).stdout)["score"] as? [String: Int] == solveScore)

        // Without our UIDs the events are matched by SUMMARY and LOCATION names.
        let stripped = try String(contentsOfFile: ics, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.hasPrefix("UID:") }.joined(
            separator: "\r\n")
        let bySummary = try check(stripped, name: "shared.ics", ["--format", "json"])
        #expect(try json(bySummary.stdout)["score"] as? [String: Int] == solveScore, "\(bySummary.stderr)")
    }

    @Test func aCalendarInUTCWithAttendeesIsConvertedToTheForumZone() throws {
        let ics = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//test//EN\r
            BEGIN:VEVENT\r
            UID:hand-1@example.kz\r
            DTSTAMP:20190801T000000Z\r
            DTSTART:20190821T061500Z\r
            DTEND:20190821T070000Z\r
            SUMMARY:Компетентность и креативность — ключ к эффективности системы критериального оценивания\r
            LOCATION:Кабинет 302\r
            ATTENDEE;CN=Р.Б. Абишева:mailto:ABISHEVA@example.kz\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:hand-2@example.kz\r
            DTSTAMP:20190801T000000Z\r
            DTSTART;TZID=Asia/Almaty:20190821T120000\r
            DTEND;TZID=Asia/Almaty:20190821T130000\r
            SUMMARY:Методические лаборатории и авторские мастерские учителей\r
            LOCATION:Кабинет 303, IT school-lyceum No. 28, Taldykorgan\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:hand-3@example.kz\r
            DTSTAMP:20190801T000000Z\r
            DTSTART:20190821T120000\r
            DTEND:20190821T130000\r
            SUMMARY:Staff lunch\r
            STATUS:CANCELLED\r
            END:VEVENT\r
            END:VCALENDAR\r

            """
        let result = try check(ics, name: "shared.ics", ["--format", "json"])
        #expect(result.status == 1)
        let body = try json(result.stdout)
        let overlap = try #require(try violations(result).first { $0["constraint"] as? String == "group-overlap" })
        #expect(overlap["start"] as? String == "2019-08-21T12:15:00+06:00")
        #expect(overlap["end"] as? String == "2019-08-21T13:00:00+06:00")
        #expect((body["missing"] as? [String])?.count == 10)
        #expect((body["unmatched"] as? [Any])?.isEmpty == true)
    }

    @Test func unmatchedRowsAndMissingSessionsAreListedWithHints() throws {
        let csv = replacing("coord-online,,,", "coord-onlin,,,").replacingOccurrences(of: "coord-workshop,,3,", with: "coord-workshop,,4,")
        let result = try check(csv)
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "Missing from the schedule (2): 'Воркшоп: управление совместной деятельностью ведущих и магнитных школ (барьеры и решения)' section 3 (coord-workshop.3), 'Обмен опытом: онлайн-ресурсы для методической копилки сетевого сообщества' (coord-online)"
            ))
        #expect(
            result.stdout.contains(
                "Rows that match no session (2):\n  row 8: 'coord-workshop': 'coord-workshop' has no occurrence coord-workshop.4 (did you mean coord-workshop.1, coord-workshop.2, coord-workshop.3?)\n  row 9: 'coord-onlin': no session with this id (did you mean coord-online?)"
            ))
        let body = try json(try check(csv, ["--format", "json"]).stdout)
        #expect(body["missing"] as? [String] == ["coord-workshop.3", "coord-online"])
        let unmatched = try #require(body["unmatched"] as? [[String: Any]])
        #expect(unmatched.map { $0["origin"] as? String } == ["row 8", "row 9"])
        #expect(unmatched.last?["hint"] as? String == "coord-online")
    }

    @Test func suggestProposesRepairsAndLeavesTheFileAlone() throws {
        let csv = replacing("rus-speech,,,2019-08-21,12:00,12:45", "rus-speech,,,2019-08-21,11:15,12:00")
        let dir = try CommandRunner.folder(with: ["t.csv": csv])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("t.csv").path
        let result = try CommandRunner.run(["check", Self.taldykorgan, path, "--only", "hard", "--suggest"])
        #expect(result.status == 1)
        let suggestions = result.stdout.split(separator: "\n").filter { $0.contains("suggestion: ") }
        #expect(suggestions.count == 3)
        #expect(
            suggestions.first
                == "      suggestion: move 'Компетентность и креативность — ключ к эффективности системы критериального оценивания' to 2019-08-21 12:15 in Читальный зал библиотеки (a new time, the same room; removes this conflict; score 0hard/195soft)"
        )
        #expect(try String(contentsOfFile: path, encoding: .utf8) == csv)
        let json = try CommandRunner.run(["check", Self.taldykorgan, path, "--format", "json", "--suggest"])
        let repairs = try #require(try violations(json).first?["repairs"] as? [[String: Any]])
        #expect(repairs.first?["occurrence"] as? String == "rus-speech")
        #expect(repairs.first?["score"] as? [String: Int] == ["hard": 0, "medium": 0, "soft": 195])
    }

    @Test func csvOutputListsTheViolations() throws {
        let result = try check(replacing("11:15,11:45,conference-hall", "11:15,11:45,room-301"), ["--format", "csv", "--only", "hard"])
        #expect(result.status == 1)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "constraint,level,penalty,message,sessions,trainers,rooms,groups,start,end")
        #expect(lines.dropFirst().first?.hasPrefix("room-capacity,hard,42,") == true)
        #expect(lines.dropFirst().first?.hasSuffix(",coord-opening,,room-301,,2019-08-21 11:15,2019-08-21 11:45") == true)
    }

    @Test(arguments: [
        (
            "wrong-columns.csv", "session,day,from,to\nplenary,2019-08-21,09:00,11:00\n",
            "wrong-columns.csv:1: error: missing columns 'date', 'start', 'end'"
        ),
        (
            "bad-date.csv", "session,date,start,end\nplenary,2019-08-21,09:00,11:00\nrus-speech,31.02.2019,12:00,12:45\n",
            "bad-date.csv:3: error: column 'date': '31.02.2019' is not a date"
        ),
        ("bad-time.csv", "session,date,start,end\nplenary,2019-08-21,9h,11:00\n", "bad-time.csv:2: error: column 'start': '9h' is not a time"),
        (
            "unknown-room.csv",
            "session,date,start,end,room\nplenary,2019-08-21,09:00,11:00,Assembly hal\nrus-speech,2019-08-21,12:00,12:45,Room 999\n",
            "unknown-room.csv: row 2: error: room 'Assembly hal' is not in the plan. Did you mean 'assembly-hall'?"
        ),
        (
            "unknown-trainer.csv", "session,date,start,end,trainers\nrus-speech,2019-08-21,12:00,12:45,abishev\n",
            "unknown-trainer.csv: row 2: error: trainer 'abishev' is not in the plan. Did you mean 'abisheva'?"
        ),
        ("empty.csv", "", "empty.csv:1: error: the file is empty"),
        ("junk.csv", "PK\u{03}\u{04}\u{14}\0\0\0\u{08}\0binary", "junk.csv:1: error: the file contains a NUL byte"),
        ("unclosed.csv", "session,date,start,end\n\"plenary,2019-08-21,09:00,11:00\n", "unclosed.csv:"),
        ("empty.ics", "", "empty.ics: error: the file is empty"),
        ("junk.ics", "\u{7F}ELF\u{02}\u{01}\0\0garbage", "junk.ics: error: the file contains a NUL byte"),
        ("text.ics", "just some text\n", "text.ics: error: "),
        (
            "bad-date.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:plenary@taldykorgan-2019-08.forumplanner\r\nDTSTART:20190231T090000\r\nDTEND:20190231T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "bad-date.ics: event 1: error: its DTSTART 20190231T090000 is not a real date and time"
        ),
        (
            "all-day.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Пленарное заседание региональной августовской конференции\r\nDTSTART;VALUE=DATE:20190821\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "all-day.ics: event 1 ('Пленарное заседание региональной августовской конференции'): error: it is an all-day event"
        ),
        (
            "unknown-room.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:plenary@taldykorgan-2019-08.forumplanner\r\nDTSTART:20190821T090000\r\nDTEND:20190821T110000\r\nLOCATION:Gym\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "unknown-room.ics: event 1: error: room 'Gym' is not in the plan."
        ),
        (
            "unknown-zone.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:plenary@taldykorgan-2019-08.forumplanner\r\nDTSTART;TZID=Mars/Olympus:20190821T090000\r\nDTEND;TZID=Mars/Olympus:20190821T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "unknown-zone.ics: event 1: error: its DTSTART uses TZID 'Mars/Olympus'"
        )
    ])
    func brokenInputsExitTwoWithRowNumberedErrors(name: String, content: String, expected: String) throws {
        let result = try check(content, name: name)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(!result.stderr.contains("internal error"))
    }
}
