import ForumModel
import ForumText

/// The grid of one day: a column per room in use (grouped by venue), a row per step of the forum's
/// time grid, each occurrence a block spanning its rows.
///
/// Occurrences that overlap in one room (a double booking in a hand-made schedule) get side-by-side
/// lanes inside the room's column, so no block ever hides another. Columns are cut into sheets of
/// at most ``RoomGrid/maxLanes`` lanes: a sheet fits an A4 landscape page and a laptop screen.
struct RoomGrid {
    /// One room's column.
    struct Column {
        var roomID: String?
        var roomName: String
        var capacity: Int?
        var online: Bool
        var venue: Venue?
        /// Number of side-by-side lanes (1 unless occurrences overlap).
        var lanes: Int
        /// The room's occurrences and the lane of each.
        var blocks: [(item: ReportItem, lane: Int)]
    }

    /// Lanes per sheet.
    static let maxLanes = 12

    let day: LocalDate
    /// First minute shown.
    let start: Int
    /// Minute after the last row.
    let end: Int
    /// Minutes per row: the forum's grid, finer when a hand-made schedule uses off-grid times.
    let step: Int
    /// Breaks on this day, in minutes.
    let breaks: [(start: Int, end: Int)]
    /// The sheets, each a list of columns.
    let sheets: [[Column]]
    /// The page's language.
    let words: Catalogue

    var rows: Int { max(1, (end - start) / step) }

    init(day: LocalDate, items: [ReportItem], plan: Plan, words: Catalogue) {
        self.words = words
        let forum = plan.forum
        var step = max(1, forum.gridMinutes)
        var start = forum.dayStart.minutes, end = max(forum.dayEnd.minutes, start + step)
        for item in items {
            start = min(start, item.start)
            end = max(end, item.end, item.start + 1)
        }
        for m in items.flatMap({ [$0.start, $0.end] }) + [end] { step = Self.gcd(step, abs(m - start)) }
        step = max(step, 1)
        end = start + ((end - start + step - 1) / step) * step
        self.day = day
        self.start = start
        self.end = end
        self.step = step
        self.breaks = forum.breaks.filter { $0.applies(on: day) }
            .map { (max($0.start.minutes, start), min($0.end.minutes, end)) }
            .filter { $0.0 < $0.1 }

        var columns: [Column] = []
        var index: [String: Int] = [:]
        for venue in plan.venues {
            for room in venue.rooms where index[room.id] == nil {
                index[room.id] = columns.count
                columns.append(
                    Column(
                        roomID: room.id, roomName: room.name, capacity: room.capacity,
                        online: room.online, venue: venue, lanes: 1, blocks: []))
            }
        }
        var extra: [String: [ReportItem]] = [:]
        var open: [ReportItem] = []
        var used = Array(repeating: false, count: columns.count)
        var perColumn = Array(repeating: [ReportItem](), count: columns.count)
        for item in items {
            if let id = item.roomID, let i = index[id] {
                used[i] = true
                perColumn[i].append(item)
            } else if let id = item.roomID {
                extra[id, default: []].append(item)
            } else {
                open.append(item)
            }
        }
        var kept: [Column] = []
        for (i, column) in columns.enumerated() where used[i] {
            kept.append(Self.laned(column, perColumn[i]))
        }
        for id in extra.keys.sorted() {
            kept.append(
                Self.laned(
                    Column(
                        roomID: id, roomName: words.report.notInPlan(id), capacity: nil, online: false,
                        venue: nil, lanes: 1, blocks: []), extra[id] ?? []))
        }
        if !open.isEmpty {
            kept.append(
                Self.laned(
                    Column(
                        roomID: nil, roomName: words.report.noRoom, capacity: nil, online: false,
                        venue: nil, lanes: 1, blocks: []), open))
        }
        var sheets: [[Column]] = []
        var sheet: [Column] = [], lanes = 0
        for column in kept {
            if !sheet.isEmpty && lanes + column.lanes > Self.maxLanes {
                sheets.append(sheet)
                sheet = []
                lanes = 0
            }
            sheet.append(column)
            lanes += column.lanes
        }
        if !sheet.isEmpty { sheets.append(sheet) }
        self.sheets = sheets
    }

    /// The column with its items put into the fewest lanes (first lane free at the item's start).
    private static func laned(_ column: Column, _ items: [ReportItem]) -> Column {
        var column = column
        var laneEnds: [Int] = []
        for item in items.sorted(by: { ($0.start, $0.end, $0.id) < ($1.start, $1.end, $1.id) }) {
            let end = max(item.end, item.start + 1)
            if let lane = laneEnds.firstIndex(where: { $0 <= item.start }) {
                laneEnds[lane] = end
                column.blocks.append((item, lane))
            } else {
                laneEnds.append(end)
                column.blocks.append((item, laneEnds.count - 1))
            }
        }
        column.lanes = max(1, laneEnds.count)
        return column
    }

    /// Up to three names, then `and 9 more groups` (the block's tooltip and the group pages have them all).
    func shortList(_ names: [String], noun: PluralNoun) -> String {
        guard names.count > 4 else { return words.list(names) }
        let more = names.count - 3
        return words.report.andMore(words.list(Array(names.prefix(3))), words.number(more), words.noun(more, noun))
    }

    /// A column's share of the width: 1, up to 2 for rooms whose blocks carry much text for their length
    /// (a 30-minute closing with a long list of groups), so their rows need not grow as much.
    private func weight(_ column: Column) -> String {
        var density = 0
        for (item, _) in column.blocks {
            let chars =
                item.title.count + shortList(item.trainerNames, noun: words.report.trainersCounted).count
                + shortList(item.groupNames, noun: words.report.groupsCounted).count
            let span = max(1, (max(item.end, item.start + 1) - item.start + step - 1) / step)
            density = max(density, chars * 30 / (span * step))
        }
        let tenths = min(20, max(10, density * 10 / 60))
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    /// Grid row line (1-based, after the two header rows) where minute `m` begins.
    func row(_ m: Int) -> Int { 3 + (m - start) / step }

    /// Writes every sheet as a `section.sheet` with a heading and the grid.
    func write(_ h: inout HTML, heading: String) {
        for (number, sheet) in sheets.enumerated() {
            let title = sheets.count == 1 ? heading : heading + " " + words.report.sheetOf(number + 1, sheets.count)
            h.element("section", [("class", "sheet")]) { h in
                h.element("h2", [("class", sheets.count == 1 ? "printonly" : nil)], text: title)
                writeGrid(&h, sheet)
            }
        }
    }

    private func writeGrid(_ h: inout HTML, _ sheet: [Column]) {
        var screen = "4.2em", print = "9mm"
        for column in sheet {
            let w = weight(column)
            for _ in 0..<column.lanes {
                screen += " minmax(7.5rem,\(w)fr)"
                print += " minmax(0,\(w)fr)"
            }
        }
        h.element("div", [("class", "grid"), ("style", "--rows:\(rows);--cols:\(screen);--pcols:\(print)")]) { h in
            h.element("div", [("class", "tm"), ("style", "grid-row:1/3")], text: "")
            // Venue headers over runs of columns of the same venue.
            var col = 2
            var runStart = 0
            while runStart < sheet.count {
                var runEnd = runStart
                var span = 0
                while runEnd < sheet.count && sheet[runEnd].venue?.id == sheet[runStart].venue?.id {
                    span += sheet[runEnd].lanes
                    runEnd += 1
                }
                let venue = sheet[runStart].venue
                let label = venue.map { $0.name + ($0.town.map { " · " + $0 } ?? "") } ?? words.report.roomsNotInPlan
                h.element("div", [("class", "vh"), ("style", "grid-row:1;grid-column:\(col)/span \(span)")], text: label)
                col += span
                runStart = runEnd
            }
            // Room headers and column lines.
            col = 2
            for column in sheet {
                h.element(
                    "div",
                    [
                        ("class", "rh"), ("style", "grid-row:2;grid-column:\(col)/span \(column.lanes)"),
                        ("data-room", column.roomID ?? "")
                    ]
                ) { h in
                    h.text(column.roomName)
                    let detail = column.online ? words.report.online : column.capacity.map { words.count($0, words.report.seats) }
                    if let detail { h.element("small", text: detail) }
                }
                h.element("div", [("class", "cl"), ("style", "grid-row:3/span \(rows);grid-column:\(col)/span \(column.lanes)")], text: "")
                col += column.lanes
            }
            // Time rows.
            for r in 0..<rows {
                let m = start + r * step
                let minor = m % max(30, step) != 0 ? " minor" : ""
                let time = ReportItem.clock(m)
                h.element("div", [("class", "tm" + minor), ("style", "grid-row:\(row(m))"), ("data-time", time)], text: time)
                h.element("div", [("class", "ln" + minor), ("style", "grid-row:\(row(m))")], text: "")
            }
            for b in breaks {
                let startRow = row(b.start - (b.start - start) % step)
                let endRow = max(startRow + 1, row(b.end + (step - (b.end - start) % step) % step))
                h.element(
                    "div", [("class", "brk"), ("style", "grid-row:\(startRow)/\(endRow)")],
                    text: words.report.breakTime(ReportItem.clock(b.start) + "–" + ReportItem.clock(b.end)))
            }
            // The sessions.
            col = 2
            for column in sheet {
                for (item, lane) in column.blocks { block(&h, item, column: col + lane) }
                col += column.lanes
            }
        }
    }

    private func block(_ h: inout HTML, _ item: ReportItem, column: Int) {
        let first = row(item.start - (item.start - start) % step)
        let span = max(1, (max(item.end, item.start + 1) - start + step - 1) / step + 3 - first)
        h.element(
            "div",
            [
                ("class", "s " + ReportStyle.kindClass(item.kind)),
                ("style", "grid-row:\(first)/span \(span);grid-column:\(column)"),
                ("data-occurrence", item.occurrence), ("data-date", item.date.description),
                ("data-start", item.startText), ("data-end", item.endText), ("data-room", item.roomID ?? ""),
                (
                    "title",
                    "\(item.title) (\(words.report.kind(item.kind))), \(item.timeText), \(item.placeText(words))"
                        + (item.groupNames.count > 4 ? ". \(words.feed.groups): " + words.list(item.groupNames) : "")
                        + (item.trainerNames.count > 4 ? ". \(words.feed.trainers): " + words.list(item.trainerNames) : "")
                )
            ]
        ) { h in
            h.element("b", text: item.title)
            h.element("span", [("class", "when")], text: item.timeText)
            if !item.trainerNames.isEmpty {
                h.element("span", [("class", "who")], text: shortList(item.trainerNames, noun: words.report.trainersCounted))
            }
            let people = item.size > 0 ? " · " + words.number(item.size) : ""
            if !item.groupNames.isEmpty || item.size > 0 {
                h.element("span", [("class", "grp")], text: shortList(item.groupNames, noun: words.report.groupsCounted) + people)
            }
        }
    }
}
