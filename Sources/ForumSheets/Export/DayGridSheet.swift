import ForumModel

/// One day's room × time grid: a column per room in use (under its venue), a row per grid step,
/// each occurrence a merged cell over its duration with title, time, trainers and groups.
struct DayGridSheet {
    var plan: Plan
    var schedule: Schedule
    var day: LocalDate

    /// Header rows above the grid: the title, the venues, the rooms.
    static let headerRows = 3
    /// Rooms that print on one landscape page per day; wider days print one page tall, several across.
    static let roomsPerPage = 12

    func sheet(name: String) -> SheetDocument {
        let forum = plan.forum
        let step = forum.gridMinutes
        let assignments = schedule.assignments.filter { $0.date == day }
        // Rooms in plan order, then the rooms the schedule names that the plan lacks, then "no room".
        var columns: [String?] = plan.rooms.map(\.id).filter { id in assignments.contains { $0.room == id } }
        for a in assignments where a.room != nil && !columns.contains(a.room) { columns.append(a.room) }
        if assignments.contains(where: { $0.room == nil }) { columns.append(nil) }
        let first = min(forum.dayStart.minutes, assignments.map(\.start.minutes).min() ?? forum.dayStart.minutes) / step * step
        let last = max(forum.dayEnd.minutes, assignments.map(\.end.minutes).max() ?? forum.dayEnd.minutes)
        let slots = max(1, (last - first + step - 1) / step)
        let width = columns.count + 1

        var rows: [[OutputCell?]] = Array(repeating: Array(repeating: nil, count: width), count: Self.headerRows + slots)
        var merges: [CellRange] = []
        // The title is not merged: it runs on over the empty cells beside it.
        rows[0][0] = .text("\(forum.title) — \(day.weekday.name), \(day)", .title)
        rows[1][0] = .text("", .header)
        rows[2][0] = .text("time", .header)
        // Venue headings over their rooms: merged when the day fits one page wide, else repeated over
        // each room, so every printed page names its venues.
        let wide = columns.count > Self.roomsPerPage
        var c = 1
        while c < width {
            let venue = columns[c - 1].flatMap { plan.venue(ofRoom: $0) }
            var end = c
            while !wide, end + 1 < width, columns[end].flatMap({ plan.venue(ofRoom: $0) })?.id == venue?.id, venue != nil { end += 1 }
            rows[1][c] = .text(venue?.name ?? "", .header)
            if end > c { merges.append(CellRange(from: CellAddress(row: 1, column: c), to: CellAddress(row: 1, column: end))) }
            c = end + 1
        }
        for (i, room) in columns.enumerated() {
            rows[2][i + 1] = .text(room.map { id in plan.rooms.first { $0.id == id }?.name ?? id } ?? "no room", .header)
        }
        for s in 0..<slots {
            let minute = first + s * step
            let time = TimeOfDay(minutes: minute)?.description ?? ""
            let inBreak = forum.breaks.contains { $0.applies(on: day) && $0.start.minutes <= minute && minute < $0.end.minutes }
            rows[Self.headerRows + s][0] = .text(inBreak ? "\(time) break" : time, .header)
            for col in 1..<width { rows[Self.headerRows + s][col] = OutputCell(.empty, style: .slot) }
        }
        // Occurrences: merged over their slots; one overlapping a cell already taken is added to its text.
        var owner: [[Int?]] = Array(repeating: Array(repeating: nil, count: width), count: slots)
        var anchors: [(row: Int, column: Int, text: String)] = []
        for a in assignments.sorted(by: { ($0.start, $0.id) < ($1.start, $1.id) }) {
            guard let col = columns.firstIndex(of: a.room).map({ $0 + 1 }) else { continue }
            let top = max(0, (a.start.minutes - first) / step)
            let bottom = min(slots - 1, max(top, (a.end.minutes - first + step - 1) / step - 1))
            let text = cellText(a, withGroups: bottom > top)
            if let taken = (top...bottom).compactMap({ owner[$0][col] }).first {
                anchors[taken].text += "\n— also —\n" + text
                continue
            }
            anchors.append((Self.headerRows + top, col, text))
            for r in top...bottom { owner[r][col] = anchors.count - 1 }
            if bottom > top {
                merges.append(
                    CellRange(
                        from: CellAddress(row: Self.headerRows + top, column: col),
                        to: CellAddress(row: Self.headerRows + bottom, column: col)))
            }
        }
        for anchor in anchors { rows[anchor.row][anchor.column] = .text(anchor.text, .session) }

        var sheet = SheetDocument(name: name, rows: rows)
        sheet.merges = merges
        sheet.frozenRows = Self.headerRows
        sheet.frozenColumns = 1
        // Few rooms get wide columns, so a day fills a landscape page rather than a narrow strip.
        let columnWidth = min(60, max(26, 150 / Double(max(1, columns.count))))
        sheet.columnWidths = [11] + Array(repeating: columnWidth, count: columns.count)
        sheet.rowHeights = [0: 22, 1: 30, 2: 30]
        // Every slot is as high as the most crowded occurrence needs (8 pt text), so times stay proportional.
        let slotHeight = anchors.reduce(Double(step >= 30 ? 24 : 16)) { height, anchor in
            let span = (merges.first { $0.from.row == anchor.row && $0.from.column == anchor.column }).map { $0.to.row - $0.from.row + 1 } ?? 1
            let lines = XLSXWriter.textLines(anchor.text, width: columnWidth * 1.25)
            return max(height, min(96, Double(lines) * 11 / Double(span) + 2))
        }
        for s in 0..<slots { sheet.rowHeights[Self.headerRows + s] = slotHeight }
        sheet.fitToOnePage = !wide
        sheet.fitToOnePageTall = wide
        return sheet
    }

    /// Title, time, trainers and (when there is room for them) groups of one occurrence.
    private func cellText(_ a: Assignment, withGroups: Bool) -> String {
        let session = plan.sessions.first { $0.id == a.id.session }
        let trainers = a.trainers.map { id in plan.trainers.first { $0.id == id }?.name ?? id }
        var lines = [Self.label(session: session, id: a.id), "\(a.start)–\(a.end)"]
        if !trainers.isEmpty { lines.append(trainers.joined(separator: ", ")) }
        if withGroups, let groups = session?.groups, !groups.isEmpty, groups.count <= 3 {
            lines.append(groups.map { id in plan.groups.first { $0.id == id }?.name ?? id }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    /// `Criteria-based assessment (run 2, section 3)`.
    static func label(session: Session?, id: OccurrenceID) -> String {
        var parts: [String] = []
        if let run = id.run { parts.append("run \(run)") }
        if let section = id.section { parts.append("section \(section)") }
        let title = session?.title ?? id.session
        return parts.isEmpty ? title : "\(title) (\(parts.joined(separator: ", ")))"
    }
}
