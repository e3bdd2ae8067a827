import ForumModel
import Foundation
import Testing
@testable import ForumCalendar

@Suite struct FeedExportTests {
    let plan = SamplePlan.plan
    let schedule = SamplePlan.schedule

    func export(
        _ dir: TempDir, plan: Plan? = nil, schedule: Schedule? = nil, at date: Date = SamplePlan.firstExport, options: ExportOptions = ExportOptions()
    ) throws -> ExportReport {
        try FeedExporter.export(plan: plan ?? self.plan, schedule: schedule ?? self.schedule, to: dir.url, options: options, now: date)
    }

    func feedFiles(_ dir: TempDir) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: dir.url.path)!
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".ics") }.sorted()
    }

    func tokens(_ dir: TempDir) throws -> [String: String] {
        try TrainerTokens.load(from: dir.state).tokens
    }

    @Test func everyFeedParsesBackFieldByField() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let report = try export(dir)
        let token = try tokens(dir)
        #expect(report.feeds.count == 1 + 2 + 2 + 4 + 2 + 3)
        #expect(report.added == 5)

        let expectedUIDs: [String: [String]] = [
            "forum.ics": ["course/r1", "course/r2", "plenary", "workshop/s1", "workshop/s2"],
            "groups/directors.ics": ["plenary", "workshop/s1", "workshop/s2"],
            "groups/leaders.ics": ["course/r1", "course/r2", "plenary"],
            "sections/workshop-1.ics": ["workshop/s1"],
            "sections/workshop-2.ics": ["workshop/s2"],
            "rooms/hall.ics": ["plenary"], "rooms/r101.ics": ["workshop/s1", "workshop/s2"], "rooms/r102.ics": [],
            "rooms/zoom.ics": ["course/r1", "course/r2"],
            "venues/nis.ics": ["plenary", "workshop/s1", "workshop/s2"], "venues/online.ics": ["course/r1", "course/r2"],
            "trainers/\(token["abisheva"]!)/abisheva.ics": ["course/r2", "plenary"],
            "trainers/\(token["berik"]!)/berik.ics": ["workshop/s1", "workshop/s2"],
            "trainers/\(token["nomail"]!)/nomail.ics": ["course/r1", "course/r2"]
        ]
        #expect(try feedFiles(dir) == expectedUIDs.keys.sorted())
        for (path, uids) in expectedUIDs {
            let feed = try #require(ParsedCalendar(try dir.read(path)), "\(path) does not parse")
            #expect(feed.order == uids.map { "\($0)@almaty-2026.forumplanner" }, "\(path)")
            #expect(feed.timeZones == ["Asia/Almaty"])
            #expect(feed.properties["X-WR-TIMEZONE"]?.first?.value == "Asia/Almaty")
            #expect(feed.properties["REFRESH-INTERVAL"]?.first == .init(value: "PT1H", parameters: ["VALUE=DURATION"]))
            #expect(feed.properties["X-PUBLISHED-TTL"]?.first?.value == "PT1H")
            #expect(feed.properties["X-WR-CALNAME"]?.first?.value.hasPrefix(plan.forum.title) == true)
            #expect(feed.properties["VERSION"]?.first?.value == "2.0")
        }

        let forum = try #require(ParsedCalendar(try dir.read("forum.ics")))
        #expect(forum.properties["X-WR-CALNAME"]?.first?.value == "Мектеп басшыларының өңірлік форумы")
        let plenary = "plenary@almaty-2026.forumplanner"
        #expect(forum.value(plenary, "SUMMARY") == "Пленарное заседание: «Жаңартылған білім»")
        #expect(
            forum.value(plenary, "DESCRIPTION") == """
                Opening, welcome; agenda
                second line with a, comma

                Trainer: Абишева Гульнар
                Groups: Директора школ, Leading schools
                Expected: 80 people
                Notes: Bring the draft plan
                """)
        #expect(forum.value(plenary, "LOCATION") == "Актовый зал, НИШ ФМН, Алматы, ул. Жандосова, 145; корпус 2")
        #expect(forum.value(plenary, "CATEGORIES") == "plenary")
        #expect(forum.value(plenary, "STATUS") == "CONFIRMED")
        #expect(forum.value(plenary, "SEQUENCE") == "0")
        #expect(forum.value(plenary, "DTSTAMP") == "20260301T000000Z")
        #expect(forum.value(plenary, "LAST-MODIFIED") == "20260301T000000Z")
        #expect(forum.events[plenary]?["DTSTART"]?.first == .init(value: "20260310T100000", parameters: ["TZID=Asia/Almaty"]))
        #expect(forum.events[plenary]?["ORGANIZER"]?.first == .init(value: "mailto:abisheva@example.kz", parameters: ["CN=Абишева Гульнар"]))
        #expect(forum.events[plenary]?["ATTENDEE"]?.count == 1)

        let section = "workshop/s2@almaty-2026.forumplanner"
        #expect(forum.value(section, "SUMMARY") == "Criteria-based assessment (section 2)")
        #expect(forum.events[section]?["ORGANIZER"]?.first?.parameters == ["CN=\"Berik, ^'the^' trainer; senior\""])
        let course = "course/r1@almaty-2026.forumplanner"
        #expect(forum.value(course, "SUMMARY") == "Course module (meeting 1 of 2)")
        #expect(forum.events[course]?["ORGANIZER"] == nil, "a trainer without email gives no ORGANIZER")
        #expect(forum.endUTC[course]! - forum.startUTC[course]! == 3600)
    }

    @Test func blankTextIsLeftOutNotWrittenEmpty() throws {
        // libical refuses an empty TEXT value on reading ("No value for SUMMARY property").
        var blank = plan
        let index = try #require(blank.sessions.firstIndex { $0.id == "plenary" })
        blank.sessions[index].title = "  "
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir, plan: blank)
        let text = try dir.read("forum.ics")
        #expect(!text.contains("SUMMARY:\r\n"))
        let feed = try #require(ParsedCalendar(text), "libical reads the feed without errors")
        #expect(feed.events["plenary@almaty-2026.forumplanner"] != nil)
        #expect(feed.value("plenary@almaty-2026.forumplanner", "SUMMARY") == nil)
    }

    @Test func almatyIsFiveHoursAheadOfUTCIn2026() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        let text = try dir.read("forum.ics")
        let feed = try #require(ParsedCalendar(text))
        // 2026-03-10 10:00 Asia/Almaty = 05:00Z (Kazakhstan moved to +05 on 2024-03-01; needs tzdata 2024a+).
        #expect(feed.startUTC["plenary@almaty-2026.forumplanner"] == 1_773_118_800)
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Almaty\r\n"))
        #expect(text.contains("TZOFFSETTO:+0500\r\n"))
        #expect(!text.contains("TZOFFSETTO:+0600"))
        #expect(!text.contains("freeassociation"))
        let zone = try #require(ICalTimeZone(named: "Asia/Almaty"))
        #expect(zone.utcSeconds(LocalDate(iso: "2026-03-10")!, minutes: 600) == 1_773_118_800)
        #expect(zone.utcOffset(atUTC: 1_773_118_800) == 18_000)
        #expect(zone.utcSeconds(LocalDate(iso: "2024-02-29")!, minutes: 600) == 1_709_179_200, "04:00Z: +06 before the change")
    }

    @Test func rawBytesAreFoldedCRLFUTF8AndEscaped() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        for path in try feedFiles(dir) {
            let data = try Data(contentsOf: dir.url.appendingPathComponent(path))
            let bytes = [UInt8](data)
            #expect(bytes.suffix(2) == [13, 10], "\(path) ends with CRLF")
            for (i, b) in bytes.enumerated() {
                if b == 10 { #expect(i > 0 && bytes[i - 1] == 13, "\(path): bare LF at \(i)") }
                if b == 13 { #expect(i + 1 < bytes.count && bytes[i + 1] == 10, "\(path): bare CR at \(i)") }
                #expect(b >= 0x20 || b == 13 || b == 10 || b == 9, "\(path): control byte \(b) at \(i)")
            }
            var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast().map { Array($0.dropLast()) }
            for line in lines {
                #expect(line.count <= 75, "\(path): line of \(line.count) octets")
                #expect(String(validating: line, as: UTF8.self) != nil, "\(path): a fold splits a UTF-8 character")
            }
            // Unfolded, the Kazakh and Russian text is intact and special characters are escaped.
            var unfolded: [String] = []
            for line in lines.map({ String(decoding: $0, as: UTF8.self) }) {
                if line.hasPrefix(" "), !unfolded.isEmpty { unfolded[unfolded.count - 1] += line.dropFirst() } else { unfolded.append(line) }
            }
            lines = []
            if path == "forum.ics" {
                #expect(unfolded.contains("X-WR-CALNAME;VALUE=TEXT:Мектеп басшыларының өңірлік форумы"))
                #expect(unfolded.contains("SUMMARY:Пленарное заседание: «Жаңартылған білім»"))
                #expect(
                    unfolded.contains(
                        "DESCRIPTION:Opening\\, welcome\\; agenda\\nsecond line with a\\, comma\\n\\nTrainer: Абишева Гульнар\\nGroups: Директора школ\\, Leading schools\\nExpected: 80 people\\nNotes: Bring the draft plan"
                    ))
                #expect(unfolded.contains("LOCATION:Актовый зал\\, НИШ ФМН\\, Алматы\\, ул. Жандосова\\, 145\\; корпус 2"))
            }
        }
    }

    @Test func movingOneSessionChangesOnlyThatEvent() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        let before = try feedFiles(dir).reduce(into: [String: String]()) { $0[$1] = try dir.read($1) }

        var moved = schedule.assignments
        let index = moved.firstIndex { $0.id == OccurrenceID(session: "workshop", section: 2) }!
        moved[index].start = SamplePlan.time("16:00")
        moved[index].end = SamplePlan.time("17:00")
        let later = SamplePlan.firstExport.addingTimeInterval(86_400)
        let report = try export(dir, schedule: Schedule(forumID: schedule.forumID, assignments: moved), at: later)
        #expect(report.rescheduled == 1 && report.added == 0 && report.cancelled == 0 && report.edited == 0)

        let changedUID = "workshop/s2@almaty-2026.forumplanner"
        var changedFiles: [String] = []
        for (path, old) in before {
            let new = try dir.read(path)
            let (oldEvents, newEvents) = (eventBlocks(old), eventBlocks(new))
            #expect(oldEvents.keys.sorted() == newEvents.keys.sorted(), "\(path)")
            for (uid, block) in oldEvents where uid != changedUID {
                #expect(newEvents[uid] == block, "\(path): \(uid) changed")
            }
            if let block = newEvents[changedUID] {
                changedFiles.append(path)
                #expect(block != oldEvents[changedUID])
                let feed = try #require(ParsedCalendar(new))
                #expect(feed.value(changedUID, "SEQUENCE") == "1")
                #expect(feed.value(changedUID, "DTSTAMP") == "20260302T000000Z")
                #expect(feed.value(changedUID, "LAST-MODIFIED") == "20260302T000000Z")
                #expect(feed.value(changedUID, "CREATED") == "20260301T000000Z")
                #expect(feed.events[changedUID]?["DTSTART"]?.first?.value == "20260310T160000")
            } else {
                #expect(new == old, "\(path) has no moved event but changed")
            }
        }
        #expect(changedFiles.count == 6)
    }

    @Test func removedSessionsAreCancelledForAGracePeriodThenDropped() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        let trainerFeed = "trainers/\(try tokens(dir)["nomail"]!)/nomail.ics"
        let removed = "course/r2@almaty-2026.forumplanner"
        let remaining = schedule.assignments.filter { $0.id != OccurrenceID(session: "course", run: 2) }
        let day2 = SamplePlan.firstExport.addingTimeInterval(86_400)
        let report = try export(dir, schedule: Schedule(forumID: schedule.forumID, assignments: remaining), at: day2)
        #expect(report.cancelled == 1)
        for path in ["forum.ics", "groups/leaders.ics", trainerFeed] {
            let feed = try #require(ParsedCalendar(try dir.read(path)))
            #expect(feed.value(removed, "STATUS") == "CANCELLED", "\(path)")
            #expect(feed.value(removed, "SEQUENCE") == "1")
            #expect(feed.value(removed, "DTSTAMP") == "20260302T000000Z")
            #expect(feed.value(removed, "SUMMARY") == "Course module (meeting 2 of 2)")
        }
        // A later export with no change keeps the cancelled event byte for byte.
        let forumBefore = try dir.read("forum.ics")
        let again = try export(dir, schedule: Schedule(forumID: schedule.forumID, assignments: remaining), at: day2.addingTimeInterval(3600))
        #expect(again.written.isEmpty)
        #expect(try dir.read("forum.ics") == forumBefore)
        // After the occurrence's end (2026-03-11 13:00 Almaty) it is dropped from the feeds.
        let after = Date(timeIntervalSince1970: 1_773_216_000) // 2026-03-11 08:00Z = 13:00 Almaty
        _ = try export(dir, schedule: Schedule(forumID: schedule.forumID, assignments: remaining), at: after)
        #expect(ParsedCalendar(try dir.read("forum.ics"))?.events[removed] == nil)
        // Coming back continues the sequence above the cancelled one.
        _ = try export(dir, at: after.addingTimeInterval(60))
        #expect(ParsedCalendar(try dir.read("forum.ics"))?.value(removed, "SEQUENCE") == "2")
        #expect(ParsedCalendar(try dir.read("forum.ics"))?.value(removed, "STATUS") == "CONFIRMED")
    }

    @Test func cancellationGraceEndsAfterThirtyDays() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        var later = schedule
        later.assignments = later.assignments.map { a in
            var a = a
            a.date = LocalDate(iso: "2026-06-10")!
            return a
        }
        _ = try export(dir, schedule: later)
        let remaining = Schedule(forumID: schedule.forumID, assignments: later.assignments.filter { $0.id.session != "plenary" })
        _ = try export(dir, schedule: remaining, at: SamplePlan.firstExport.addingTimeInterval(29 * 86_400))
        #expect(ParsedCalendar(try dir.read("forum.ics"))?.value("plenary@almaty-2026.forumplanner", "STATUS") == "CANCELLED")
        _ = try export(dir, schedule: remaining, at: SamplePlan.firstExport.addingTimeInterval(60 * 86_400))
        #expect(ParsedCalendar(try dir.read("forum.ics"))?.events["plenary@almaty-2026.forumplanner"] == nil)
    }

    @Test func exportingTwiceRewritesNothing() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        let fm = FileManager.default
        let all = fm.enumerator(atPath: dir.url.path)!.compactMap { $0 as? String }.filter {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: dir.url.appendingPathComponent($0).path, isDirectory: &isDir) && !isDir.boolValue
        }
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for path in all { try fm.setAttributes([.modificationDate: old], ofItemAtPath: dir.url.appendingPathComponent(path).path) }
        let report = try export(dir, at: SamplePlan.firstExport.addingTimeInterval(7 * 86_400))
        #expect(report.written.isEmpty)
        #expect(report.unchanged == all.count)
        for path in all {
            let mtime = try fm.attributesOfItem(atPath: dir.url.appendingPathComponent(path).path)[.modificationDate] as? Date
            #expect(mtime == old, "\(path) was rewritten")
        }
    }

    @Test func trainerTokensAreStablePrivateAndRevocable() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        let first = try tokens(dir)
        #expect(first.count == 3 && first.values.allSatisfy { TrainerTokens.isWellFormed($0) })
        #expect(Set(first.values).count == 3)
        _ = try export(dir)
        #expect(try tokens(dir) == first)
        let index = try dir.read("index.html")
        #expect(!index.contains("trainers/") && !index.contains(first["abisheva"]!))
        #expect(index.contains("data-feed=\"groups/directors.ics\""))

        let report = try export(dir, options: ExportOptions(revokeTokens: ["abisheva"]))
        let second = try tokens(dir)
        #expect(second["abisheva"] != first["abisheva"] && second["berik"] == first["berik"])
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("trainers/\(first["abisheva"]!)").path))
        #expect(FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("trainers/\(second["abisheva"]!)/abisheva.ics").path))
        #expect(report.removed.contains("trainers/\(first["abisheva"]!)/abisheva.ics"))

        #expect(throws: ExportError.unknownTrainer("nobody")) {
            _ = try export(dir, options: ExportOptions(revokeTokens: ["nobody"]))
        }
    }

    @Test func feedsThePlanNoLongerHasAreRemoved() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        var smaller = plan
        smaller.venues[0].rooms.removeAll { $0.id == "r102" }
        let report = try export(dir, plan: smaller)
        #expect(report.removed == ["rooms/r102.ics"])
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("rooms/r102.ics").path))
    }

    @Test func indexShowsTheForumTitleAndDates() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        let index = try dir.read("index.html")
        #expect(index.contains("<h1>Мектеп басшыларының өңірлік форумы</h1>"))
        #expect(index.contains("<p class=\"dates\"><time datetime=\"2026-03-10\">10\u{2009}–\u{2009}11 March 2026</time> (2 days)</p>"))
        #expect(index.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""))
        var longer = plan
        longer.forum.days = [SamplePlan.date("2026-02-27"), SamplePlan.date("2026-03-02")]
        _ = try export(dir, plan: longer)
        #expect(try dir.read("index.html").contains(">27 February\u{2009}–\u{2009}2 March 2026</time> (2 days)"))
    }

    @Test func indexUsesAbsoluteWebcalLinksWithABaseURL() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir, options: ExportOptions(baseURL: "https://forum.example.kz/feeds"))
        let index = try dir.read("index.html")
        #expect(index.contains("href=\"webcal://forum.example.kz/feeds/forum.ics\""))
        #expect(index.contains("href=\"rooms/hall.ics\" download"))
        #expect(!index.contains("<script>"))
    }

    @Test func indexLinksTheTimetableOnlyWhenAsked() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        _ = try export(dir)
        #expect(!(try dir.read("index.html")).contains("Timetable"))
        let report = try export(dir, options: ExportOptions(reportLink: "report/index.html"))
        #expect(report.written.contains("index.html"))
        #expect(try dir.read("index.html").contains("<a href=\"report/index.html\">Timetable</a>"))
    }

    @Test func mismatchedInputsAreRejectedBeforeWriting() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        #expect(throws: ExportError.scheduleMismatch(planForum: "almaty-2026", scheduleForum: "other")) {
            _ = try export(dir, schedule: Schedule(forumID: "other", assignments: []))
        }
        var badZone = plan
        badZone.forum.timeZone = "Mars/Olympus"
        #expect(throws: ExportError.unknownTimeZone("Mars/Olympus")) { _ = try export(dir, plan: badZone) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).isEmpty)

        _ = try export(dir)
        var other = plan
        other.forum.id = "other-forum"
        #expect(throws: ExportError.self) {
            _ = try export(dir, plan: other, schedule: Schedule(forumID: "other-forum", assignments: []))
        }
    }

    @Test func uidsComeFromIdsNotTimes() {
        #expect(EventUID.make(forum: "taraz-2019", occurrence: OccurrenceID(session: "plenary")) == "plenary@taraz-2019.forumplanner")
        #expect(EventUID.make(forum: "f", occurrence: OccurrenceID(session: "leaders", run: 2, section: 4)) == "leaders/r2/s4@f.forumplanner")
        #expect(
            EventUID.make(forum: "f", occurrence: OccurrenceID(session: "split.4"))
                != EventUID.make(forum: "f", occurrence: OccurrenceID(session: "split", section: 4)))
    }
}
