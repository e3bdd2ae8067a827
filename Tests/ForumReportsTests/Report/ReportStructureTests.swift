import Foundation
import ForumModel
import ForumReports
import Testing

/// The HTML report read back: every occurrence is one block per view, in the right rows and room
/// column; every page is well-formed, self-contained and links only to pages of the report.
@Suite struct ReportStructureTests {
    /// What a grid block claims, checked against the grid's own time labels and room headers.
    struct Block {
        var occurrence: String
        var date: String
        var start: String
        var end: String
        var room: String
    }

    /// Reads the blocks of every grid on `page`, checking each against the grid's rows and columns.
    static func gridBlocks(_ page: ReportPage) throws -> [Block] {
        let tree = try PageTree(page.html, path: page.path)
        var blocks: [Block] = []
        for grid in tree.elements where grid.name == "div" && grid.hasClass("grid") {
            var times: [Int: String] = [:]
            var headers: [(start: Int, span: Int, room: String)] = []
            for node in grid.children {
                if node.hasClass("tm"), let time = node.attributes["data-time"], let row = node.gridPlacement("grid-row") {
                    times[row.start] = time
                }
                if node.hasClass("rh"), let column = node.gridPlacement("grid-column") {
                    headers.append((column.start, column.span, node.attributes["data-room"] ?? ""))
                }
            }
            let rows = times.keys.sorted()
            #expect(rows.count >= 2, "\(page.path): a grid without time rows")
            guard rows.count >= 2, let first = times[rows[0]], let second = times[rows[1]] else { continue }
            let step = minutes(second) - minutes(first)
            for node in grid.children where node.hasClass("s") {
                let a = node.attributes
                let block = Block(
                    occurrence: a["data-occurrence"] ?? "", date: a["data-date"] ?? "",
                    start: a["data-start"] ?? "", end: a["data-end"] ?? "", room: a["data-room"] ?? "")
                guard let row = node.gridPlacement("grid-row"), let column = node.gridPlacement("grid-column") else {
                    Issue.record("\(page.path): block \(block.occurrence) is not placed on the grid")
                    continue
                }
                #expect(
                    times[row.start] == block.start,
                    "\(page.path): \(block.occurrence) starts at \(block.start) but sits in row \(times[row.start] ?? "?")")
                #expect(row.span * step == minutes(block.end) - minutes(block.start), "\(page.path): \(block.occurrence) spans \(row.span) rows")
                let header = headers.first { $0.start <= column.start && column.start < $0.start + $0.span }
                #expect(header?.room == block.room, "\(page.path): \(block.occurrence) is under room \(header?.room ?? "none"), not \(block.room)")
                #expect(node.children.first { $0.name == "b" } != nil, "\(page.path): \(block.occurrence) has no title")
                blocks.append(block)
            }
        }
        return blocks
    }

    static func minutes(_ hhmm: String) -> Int {
        let p = hhmm.split(separator: ":")
        return Int(p[0])! * 60 + Int(p[1])!
    }

    /// Every occurrence is exactly one block over all grid pages, on its date, at its times, in its room.
    static func checkGrids(_ pages: [String: ReportPage], _ schedule: Schedule) throws {
        var seen: [String: Int] = [:]
        for path in pages.keys.sorted() where path.hasPrefix("days/") {
            for block in try gridBlocks(pages[path]!) {
                seen[block.occurrence, default: 0] += 1
                guard let a = schedule.assignments.first(where: { $0.id.description == block.occurrence }) else {
                    Issue.record("\(path): block for unknown occurrence \(block.occurrence)")
                    continue
                }
                #expect(block.date == a.date.description && path.contains(a.date.description), "\(block.occurrence) on \(path)")
                #expect(block.start == a.start.description && block.end == a.end.description, "\(block.occurrence) times")
                #expect(block.room == (a.room ?? ""), "\(block.occurrence) room")
            }
        }
        for a in schedule.assignments {
            #expect(seen[a.id.description] == 1, "\(a.id) appears \(seen[a.id.description] ?? 0) times on the day grids")
        }
        #expect(seen.count == schedule.assignments.count)
    }

    /// Each trainer's and group's page lists their occurrences, each exactly once.
    static func checkPeoplePages(_ pages: [String: ReportPage], _ plan: Plan, _ schedule: Schedule) throws {
        for trainer in plan.trainers {
            let page = try #require(pages["trainers/\(trainer.id).html"], "no page for trainer \(trainer.id)")
            let rows = try PageTree(page.html, path: page.path).elements.compactMap { $0.name == "tr" ? $0.attributes["data-occurrence"] : nil }
            let expected = schedule.assignments.filter { $0.trainers.contains(trainer.id) }.map(\.id.description)
            #expect(rows.sorted() == expected.sorted(), "trainer \(trainer.id)")
        }
        for group in plan.groups {
            let page = try #require(pages["groups/\(group.id).html"], "no page for group \(group.id)")
            let rows = try PageTree(page.html, path: page.path).elements.compactMap { $0.name == "tr" ? $0.attributes["data-occurrence"] : nil }
            let sessions = Set(plan.sessions.filter { $0.groups.contains(group.id) }.map(\.id))
            let expected = schedule.assignments.filter { sessions.contains($0.id.session) }.map(\.id.description)
            #expect(rows.sorted() == expected.sorted(), "group \(group.id)")
        }
    }

    /// Pages are UTF-8 HTML5 with a title, no scripts or outside resources, and links that stay inside the report.
    static func checkPages(_ pages: [String: ReportPage], only: (String) -> Bool = { _ in true }) throws {
        for path in pages.keys.sorted() where only(path) {
            let page = pages[path]!
            let tree = try PageTree(page.html, path: path)
            let elements = tree.elements
            #expect(tree.root.name == "html" && tree.root.attributes["lang"] != nil, "\(path)")
            #expect(elements.contains { $0.name == "meta" && $0.attributes["charset"] == "utf-8" }, "\(path): no <meta charset>")
            #expect(elements.contains { $0.name == "title" && !$0.fullText.isEmpty }, "\(path): no title")
            #expect(elements.filter { $0.name == "h1" }.count == 1, "\(path): one h1")
            #expect(
                !elements.contains { ["script", "link", "img", "iframe"].contains($0.name) || $0.attributes["src"] != nil },
                "\(path): not self-contained")
            for a in elements where a.name == "a" {
                let href = try #require(a.attributes["href"], "\(path): link without href")
                if href.hasPrefix("#") { continue }
                #expect(!href.contains("://") && !href.hasPrefix("/"), "\(path): outside link \(href)")
                #expect(pages[resolve(href, from: path)] != nil, "\(path): broken link \(href)")
            }
        }
    }

    /// The report path a relative link on the page at `from` points to (without its `#fragment`).
    static func resolve(_ href: String, from: String) -> String {
        var parts = from.split(separator: "/").map(String.init).dropLast()
        for part in href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0].split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }

    @Test func tarazEveryOccurrenceOncePerViewWithTimesAndRooms() throws {
        let (plan, schedule) = try ReportFixtures.example("taraz-forum")
        let pages = try ReportFixtures.pages(plan, schedule)
        #expect(pages["days/2019-11-14.html"] != nil && pages["days/2019-11-15.html"] != nil)
        #expect(!pages.keys.contains { $0.hasPrefix("days/2019-11-14/") }, "a small plan shows a whole day on one page")
        try Self.checkGrids(pages, schedule)
        try Self.checkPeoplePages(pages, plan, schedule)
        try Self.checkPages(pages)
    }

    @Test func kazakhAndRussianTitlesComeBackExactly() throws {
        let (plan, schedule) = try ReportFixtures.example("taraz-forum")
        let pages = try ReportFixtures.pages(plan, schedule)
        let tree = try PageTree(pages["days/2019-11-15.html"]!.html, path: "day")
        let titles = Set(tree.elements.filter { $0.hasClass("s") }.compactMap { $0.children.first { $0.name == "b" }?.fullText })
        let expected = Set(
            schedule.assignments.filter { $0.date == ReportFixtures.d("2019-11-15") }
                .compactMap { a in plan.sessions.first { $0.id == a.id.session }?.title })
        #expect(titles == expected)
        #expect(titles.contains { $0.contains("Ұ") || $0.contains("қ") }, "a Kazakh title on the day")
    }

    @Test(arguments: ["taldykorgan-conference", "shymkent-network", "semey-course"])
    func otherExamples(_ name: String) throws {
        let (plan, schedule) = try ReportFixtures.example(name)
        let pages = try ReportFixtures.pages(plan, schedule)
        try Self.checkGrids(pages, schedule)
        try Self.checkPeoplePages(pages, plan, schedule)
        try Self.checkPages(pages)
    }

    @Test func otpanHasADayIndexAndAGridPagePerVenue() throws {
        let (plan, schedule, pages) = try ReportFixtures.otpan.get()
        let day = try #require(pages["days/2024-10-14.html"])
        #expect(!day.html.contains("class=\"grid\""), "a large plan's day page lists venues")
        for venue in plan.venues {
            #expect(pages["days/2024-10-14/\(venue.id).html"] != nil, "no grid page for \(venue.id)")
        }
        try Self.checkGrids(pages, schedule)
        // Sheets stay printable: at most 12 room lanes each.
        let aktau = try PageTree(pages["days/2024-10-14/aktau.html"]!.html, path: "aktau")
        let grids = aktau.elements.filter { $0.hasClass("grid") }
        #expect(grids.count >= 4)
        for grid in grids { #expect(grid.children.filter { $0.hasClass("rh") }.count <= 12) }
        try Self.checkPages(pages) { $0.hasPrefix("days/2024-10-14") || $0 == "index.html" || $0.hasPrefix("trainers/a") }
    }

    @Test func namesAreEscapedAndReadBackUnchanged() throws {
        let plan = ReportFixtures.tinyPlan()
        let schedule = Schedule(
            forumID: "tiny",
            assignments: [
                Assignment(
                    id: OccurrenceID(session: "x"), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("09:00"),
                    end: ReportFixtures.t("10:30"), room: "r1", trainers: ["a"]),
                Assignment(
                    id: OccurrenceID(session: "y", run: 1), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("11:30"),
                    end: ReportFixtures.t("12:30"), room: "r3", trainers: ["b"])
            ])
        let pages = try ReportFixtures.pages(plan, schedule)
        for page in pages.values {
            #expect(!page.html.contains("<script"), "\(page.path)")
            #expect(!page.html.contains("<b>Абишева"), "\(page.path)")
        }
        let tree = try PageTree(pages["days/2026-03-10.html"]!.html, path: "day")
        let block = try #require(tree.elements.first { $0.attributes["data-occurrence"] == "x" })
        #expect(block.children.first { $0.name == "b" }?.fullText == "Tom & Jerry <script>alert(\"x\")</script> 'q'")
        #expect(block.fullText.contains("Әсел <b>Абишева</b>"))
        #expect(tree.elements.first { $0.hasClass("vh") }?.fullText == "Мектеп №1 · Тараз")
        #expect(tree.elements.contains { $0.name == "title" && $0.fullText.hasSuffix("Өңірлік форум & \"Региональный\" <forum>") })
        let overview = try PageTree(pages["index.html"]!.html, path: "index")
        #expect(overview.elements.contains { $0.name == "li" && $0.fullText == "[soft 30] Closing <ends> at 17:30 & later" })
        try Self.checkGrids(pages, schedule)
        try Self.checkPages(pages)
    }

    @Test func overlappingOccurrencesInOneRoomGetSideBySideLanes() throws {
        let plan = ReportFixtures.tinyPlan()
        let schedule = Schedule(
            forumID: "tiny",
            assignments: [
                Assignment(
                    id: OccurrenceID(session: "x"), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("09:00"),
                    end: ReportFixtures.t("10:30"), room: "r1", trainers: ["a"]),
                Assignment(
                    id: OccurrenceID(session: "y", run: 1), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("10:00"),
                    end: ReportFixtures.t("11:00"), room: "r1", trainers: ["b"]),
                Assignment(
                    id: OccurrenceID(session: "y", run: 2), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("12:00"),
                    end: ReportFixtures.t("13:00"), room: nil, trainers: ["b"])
            ])
        let pages = try ReportFixtures.pages(plan, schedule)
        let tree = try PageTree(pages["days/2026-03-10.html"]!.html, path: "day")
        let header = try #require(tree.elements.first { $0.hasClass("rh") && $0.attributes["data-room"] == "r1" })
        #expect(header.gridPlacement("grid-column")?.span == 2)
        let columns = tree.elements.filter { $0.hasClass("s") }.compactMap { $0.gridPlacement("grid-column")?.start }
        #expect(Set(columns).count == 3, "two lanes for r1 and a column for the occurrence without a room")
        #expect(tree.elements.contains { $0.hasClass("rh") && $0.fullText == "No room" })
        try Self.checkGrids(pages, schedule)
    }

    @Test func daysWithManyRoomsAreCutIntoSheetsOfTwelveLanes() throws {
        let plan = ReportFixtures.tinyPlan(rooms: 15)
        let assignments = (1...15).map { i in
            Assignment(
                id: OccurrenceID(session: "x"), date: ReportFixtures.d("2026-03-10"), start: ReportFixtures.t("09:00"),
                end: ReportFixtures.t("10:30"), room: "r\(i)", trainers: [])
        }
        // One occurrence per room: a hand-made schedule may place the same occurrence many times; each is shown.
        let schedule = Schedule(forumID: "tiny", assignments: assignments)
        let pages = try ReportFixtures.pages(plan, schedule)
        let tree = try PageTree(pages["days/2026-03-10.html"]!.html, path: "day")
        let sheets = tree.elements.filter { $0.name == "section" && $0.hasClass("sheet") }
        #expect(sheets.count == 2)
        #expect(sheets.map { $0.all.filter { $0.hasClass("rh") }.count } == [12, 3])
        #expect(sheets.map { $0.all.filter { $0.hasClass("vh") }.count } == [2, 1], "the second venue continues on the next sheet")
        #expect(sheets.flatMap { $0.all.filter { $0.hasClass("s") } }.count == 15)
    }

    @Test func scheduleForAnotherForumIsRefused() throws {
        let plan = ReportFixtures.tinyPlan()
        #expect(throws: ReportError.scheduleMismatch(planForum: "tiny", scheduleForum: "other")) {
            _ = try TimetableReport(
                plan: plan, schedule: Schedule(forumID: "other", assignments: []), evaluation: ReportFixtures.evaluation, language: .en)
        }
    }
}
