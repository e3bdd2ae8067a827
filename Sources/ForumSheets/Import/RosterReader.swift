import Foundation
import ForumModel

/// Finds the rosters in workbooks (by sheet name, file name or header) and reads their rows.
///
/// Collects every problem instead of stopping at the first; unknown columns and sheets that are no
/// roster are warnings (organizers keep phone numbers and notes beside the data).
struct RosterReader {
    var issues: [ImportIssue] = []

    /// Rows above the header a sheet may have (a title, a date line).
    static let headerSearchRows = 10

    /// Reads every roster sheet of `workbook`.
    mutating func read(_ workbook: Workbook) -> [Roster] {
        var rosters: [Roster] = []
        let fileStem = RosterColumn.normalized(URL(fileURLWithPath: workbook.file).deletingPathExtension().lastPathComponent)
        for sheet in workbook.sheets {
            let source = workbook.isCSV ? workbook.file : "\(workbook.file):\(sheet.name)"
            let name = RosterColumn.normalized(sheet.name)
            let kind =
                RosterKind.allCases.first { $0.sheetNames.contains(name) }
                ?? (workbook.sheets.count == 1 ? RosterKind.allCases.first { $0.sheetNames.contains(fileStem) } : nil)
                ?? kindFromHeader(sheet)
            guard let kind else {
                if sheet.rows.contains(where: { !$0.allSatisfy(\.isBlank) }) {
                    issues.append(
                        ImportIssue(
                            .warning, at: source, "the sheet is not a roster and is skipped",
                            hint:
                                "Name roster sheets Rooms, Trainers, Groups or Sessions (or Аудитории, Тренеры, Группы, Сессии), or give them an id column such as 'trainer'."
                        ))
                }
                continue
            }
            if let roster = read(sheet, kind: kind, workbook: workbook, source: source) { rosters.append(roster) }
        }
        return rosters
    }

    /// A travel row's `from` and `to` as one `between` field whose id is the sorted pair (`a|b`).
    private mutating func travelRow(_ fields: inout [RosterField], location: String) {
        let venues = fields.filter { $0.column.key == "from" || $0.column.key == "to" }
        let ids = venues.compactMap {
            if case .plain(let id)? = $0.value { return id }
            return nil
        }
        guard ids.count == 2 else {
            issues.append(
                ImportIssue(
                    at: location, "a travel row needs both venues",
                    hint: "Give the ids of the two venues in columns 'from' and 'to', and the time it takes, e.g. 1h30m."))
            fields = [RosterField(column: RosterColumn.between, value: .plain(""), location: location)]
            return
        }
        let rest = fields.filter { $0.column.key != "from" && $0.column.key != "to" }
        fields =
            [
                RosterField(column: RosterColumn.between, value: .plain(ids.sorted().joined(separator: "|")), location: location),
                RosterField(column: RosterColumn.between, value: .list(ids.map { .plain($0) }), location: venues[0].location)
            ] + rest
    }

    /// A plan text comes either in its own column (every language) or in its language columns, not
    /// both in one row; reports the row's cells that give both.
    private mutating func textsAreGivenOnce(_ fields: [RosterField]) -> Bool {
        var valid = true
        for plain in fields where plain.column.localizable && plain.column.language == nil && plain.value != nil {
            let perLanguage = fields.filter { $0.column.base == plain.column && $0.column.language != nil && $0.value != nil }
            guard let first = perLanguage.first else { continue }
            issues.append(
                ImportIssue(
                    at: plain.location,
                    "\(plain.column.label): the row gives the text for every language and also in '\(first.column.label)' (\(first.location))",
                    hint:
                        "Empty one of them: '\(plain.column.label)' holds one text for every language, '\(first.column.label)' and the like one per language."
                ))
            valid = false
        }
        return valid
    }

    private func kindFromHeader(_ sheet: Sheet) -> RosterKind? {
        for row in sheet.rows.prefix(Self.headerSearchRows) {
            let headers = Set(row.map { RosterColumn.normalized($0.text) })
            for kind in [RosterKind.sessions, .rooms, .trainers, .groups, .travel] where kind.columns[0].headers.contains(where: headers.contains) {
                return kind
            }
        }
        return nil
    }

    private mutating func read(_ sheet: Sheet, kind: RosterKind, workbook: Workbook, source: String) -> Roster? {
        let idColumn = kind.columns[0]
        guard
            let headerRow = sheet.rows.prefix(Self.headerSearchRows).firstIndex(where: { row in
                row.contains { idColumn.headers.contains(RosterColumn.normalized($0.text)) }
            })
        else {
            issues.append(
                ImportIssue(
                    at: source, "no header row with the column '\(idColumn.headers[0])'",
                    hint:
                        "The first row must name the columns; the \(kind.noun) id column is called \(idColumn.headers.map { "'\($0)'" }.joined(separator: ", "))."
                ))
            return nil
        }
        // Columns of the sheet, by position.
        var columns: [(index: Int, column: RosterColumn)] = []
        for (index, cell) in sheet.rows[headerRow].enumerated() where !cell.isBlank {
            let header = RosterColumn.normalized(cell.text)
            let location = workbook.location(sheet: sheet.name, CellAddress(row: headerRow, column: index))
            guard let column = RosterColumn.matching(header, in: kind.columns) else {
                issues.append(
                    ImportIssue(
                        .warning, at: location, "column '\(cell.text)' is not a \(kind.noun) key and is not imported",
                        hint:
                            "Known columns: \(kind.columns.map { $0.headers[0] }.joined(separator: ", ")) (docs/import.md lists the Russian and Kazakh names; texts such as a title may also come per language: 'title kk', 'title ru')."
                    ))
                continue
            }
            if let earlier = columns.first(where: { $0.column == column }) {
                issues.append(
                    ImportIssue(
                        at: location, "column '\(cell.text)' repeats column \(CellAddress.letters(earlier.index)) ('\(column.label)')",
                        hint: "Keep one column per key; delete or rename the other."))
                continue
            }
            columns.append((index, column))
        }
        func order(_ column: RosterColumn) -> (Int, Int) {
            (kind.columns.firstIndex(of: column.base) ?? 0, column.language.map { Language.allCases.firstIndex(of: $0)! + 1 } ?? 0)
        }
        columns.sort { order($0.column) < order($1.column) }
        if kind == .rooms, !columns.contains(where: { $0.column.key == "venue" }) {
            issues.append(
                ImportIssue(
                    at: source, "the rooms roster has no 'venue' column",
                    hint: "Add a column 'venue' (площадка, алаң) with the id of each room's venue."))
            return nil
        }
        let parser = CellParser(date1904: workbook.usesDate1904)
        var entries: [RosterEntry] = []
        var venues: [RosterEntry] = []
        var firstRow: [String: String] = [:]
        for row in (headerRow + 1)..<sheet.rows.count where !sheet.rows[row].allSatisfy(\.isBlank) {
            var fields: [RosterField] = []
            var rowIsValid = true
            for (index, column) in columns {
                let location = workbook.location(sheet: sheet.name, CellAddress(row: row, column: index))
                do {
                    fields.append(RosterField(column: column, value: try parser.parse(sheet[row, index], as: column.type), location: location))
                } catch {
                    rowIsValid = false
                    issues.append(ImportIssue(at: location, "\(column.label): \(error.message)", hint: error.hint))
                }
            }
            rowIsValid = rowIsValid && textsAreGivenOnce(fields)
            guard rowIsValid else { continue }
            let idLocation = workbook.location(sheet: sheet.name, CellAddress(row: row, column: columns[0].index))
            if kind == .travel { travelRow(&fields, location: idLocation) }
            guard case .plain(let id)? = fields.first?.value else {
                issues.append(
                    ImportIssue(
                        at: idLocation, "the \(kind.noun) id is empty",
                        hint: "Every row needs an id in column '\(sheet[headerRow, columns[0].index].text)'; delete rows that are not \(kind.noun)s.")
                )
                continue
            }
            if kind == .travel, id.isEmpty { continue }
            if let first = firstRow[id] {
                issues.append(
                    ImportIssue(
                        at: idLocation, "\(kind.noun) '\(id)' is listed twice (first at \(first))",
                        hint: "Each \(kind.noun) needs one row; merge the two rows or give one another id."))
                continue
            }
            firstRow[id] = idLocation
            var entry = RosterEntry(id: id, location: idLocation, fields: Array(fields.dropFirst()))
            if kind == .rooms {
                let venueFields = entry.fields.filter(\.column.venueLevel)
                entry.fields.removeAll(where: \.column.venueLevel)
                guard case .plain(let venue)? = venueFields.first(where: { $0.column.key == "venue" })?.value else {
                    let location = venueFields.first { $0.column.key == "venue" }?.location ?? idLocation
                    issues.append(ImportIssue(at: location, "room '\(id)' has no venue", hint: "Give the id of the venue the room is in."))
                    continue
                }
                entry.venue = venue
                let values = venueFields.filter { $0.column.key != "venue" }
                if let v = venues.firstIndex(where: { $0.id == venue }) {
                    for field in values {
                        guard let existing = venues[v].fields.firstIndex(where: { $0.column == field.column }) else { continue }
                        if venues[v].fields[existing].value == nil {
                            venues[v].fields[existing] = field
                        } else if let value = field.value, value != venues[v].fields[existing].value {
                            issues.append(
                                ImportIssue(
                                    at: field.location,
                                    "venue '\(venue)' has another \(field.column.label) at \(venues[v].fields[existing].location)",
                                    hint: "Give each venue's \(field.column.label) once (or the same in every row), or merge the cells."))
                        }
                    }
                } else {
                    venues.append(RosterEntry(id: venue, location: idLocation, fields: values))
                }
            }
            entries.append(entry)
        }
        return Roster(kind: kind, source: source, columns: columns.map(\.column), entries: entries, venues: venues)
    }
}
