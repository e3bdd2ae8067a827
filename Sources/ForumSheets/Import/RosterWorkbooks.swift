import Foundation
import ForumModel

/// A plan's rosters as workbooks (rooms, trainers, groups, sessions), the shape `forumplan import` reads.
///
/// Organizers start from these when a plan exists, and the round-trip test writes the Otpan example
/// with them. Venue columns of the rooms roster are merged over each venue's rows, as people do.
/// A forum with several languages gets, beside each plan text's column (a text the same in every
/// language), one column per language (`title kk`, `title ru`) for the texts given per language.
public enum RosterWorkbooks {
    /// One workbook per kind, with its file name (`rooms.xlsx` …); travel times are a second sheet of `rooms.xlsx`.
    public static func documents(_ plan: Plan) -> [(file: String, document: WorkbookDocument)] {
        let languages = textLanguages(plan)
        let books: [(file: String, document: WorkbookDocument)] = RosterKind.allCases.map { kind in
            let columns = kind.columns.flatMap { column in
                [column] + (column.localizable ? languages.map(column.inLanguage) : [])
            }
            var rows: [[OutputCell?]] = [columns.map { .text($0.label, .header) }]
            var merges: [CellRange] = []
            switch kind {
            case .rooms:
                for venue in plan.venues {
                    let first = rows.count
                    for room in venue.rooms {
                        rows.append(
                            cells(
                                columns,
                                [
                                    "id": room.id, "venue": venue.id, "capacity": room.capacity.map(String.init) ?? "",
                                    "features": room.features.joined(separator: ", "), "online": room.online ? "yes" : ""
                                ].merging(
                                    texts([
                                        "venue name": venue.localizedName, "town": venue.localizedTown,
                                        "address": venue.localizedAddress, "name": room.localizedName
                                    ])
                                ) { a, _ in a }))
                    }
                    if venue.rooms.count > 1 {
                        for (c, column) in columns.enumerated() where column.venueLevel {
                            merges.append(CellRange(from: CellAddress(row: first, column: c), to: CellAddress(row: rows.count - 1, column: c)))
                            for r in (first + 1)..<rows.count { rows[r][c] = nil }
                        }
                    }
                }
            case .trainers:
                for t in plan.trainers {
                    rows.append(
                        cells(
                            columns,
                            texts(["name": t.localizedName]).merging([
                                "id": t.id, "email": t.email ?? "", "languages": t.languages.joined(separator: ", "),
                                "skills": t.skills.joined(separator: ", "), "home_venue": t.homeVenue ?? "",
                                "max_daily_load": t.maxDailyMinutes.map(DurationText.format) ?? "",
                                "min_break": t.minBreakMinutes > 0 ? DurationText.format(t.minBreakMinutes) : "",
                                "availability": windows(t.availability), "unavailable": windows(t.unavailable), "avoid": windows(t.avoid),
                                "busy_calendars": t.busyCalendars.joined(separator: "; ")
                            ]) { a, _ in a }))
                }
            case .groups:
                for g in plan.groups {
                    rows.append(
                        cells(
                            columns,
                            texts(["name": g.localizedName]).merging([
                                "id": g.id, "size": String(g.size), "home_venue": g.homeVenue ?? "",
                                "max_daily_load": g.maxDailyMinutes.map(DurationText.format) ?? ""
                            ]) { a, _ in a }))
                }
            case .travel:
                for t in plan.travel {
                    rows.append(cells(columns, ["from": t.from, "to": t.to, "time": DurationText.format(t.minutes)]))
                }
            case .sessions:
                for s in plan.sessions {
                    var sectionSize = "", sectionCount = ""
                    switch s.sections {
                    case .maxSize(let n)?: sectionSize = String(n)
                    case .count(let n)?: sectionCount = String(n)
                    case nil: break
                    }
                    let sessionTexts: [String: LocalizedText?] = [
                        "title": s.localizedTitle, "description": s.localizedDescription,
                        "notes": s.localizedNotes
                    ]
                    let values: [String: String] = [
                        "id": s.id, "kind": s.kind == .session ? "" : s.kind.rawValue,
                        "duration": DurationText.format(s.durationMinutes), "groups": s.groups.joined(separator: ", "),
                        "attendance": s.attendance.map(String.init) ?? "", "features": s.features.joined(separator: ", "),
                        "language": s.language ?? "", "trainers": s.trainers.joined(separator: ", "),
                        "pool.count": s.pool.map { String($0.count) } ?? "", "pool.skills": s.pool?.skills.joined(separator: ", ") ?? "",
                        "pool.languages": s.pool?.languages.joined(separator: ", ") ?? "",
                        "repeats.count": s.repeats.map { String($0.count) } ?? "", "repeats.min_days": s.repeats.map { String($0.minDays) } ?? "",
                        "sections.max_size": sectionSize, "sections.count": sectionCount,
                        "after": s.after.joined(separator: ", "), "before": s.before.joined(separator: ", "),
                        "same_day": s.sameDay.joined(separator: ", "), "venue": s.venue ?? "",
                        "pin.day": s.pin?.day?.description ?? "", "pin.start": s.pin?.start?.description ?? "", "pin.room": s.pin?.room ?? "",
                        "unavailable": s.unavailable.map { w in
                            w.day != nil && w.start.minutes == 0 && w.end.minutes == 1440 ? w.day!.description : window(w)
                        }.joined(separator: "; ")
                    ]
                    rows.append(cells(columns, texts(sessionTexts).merging(values) { a, _ in a }))
                }
            }
            var sheet = SheetDocument(name: kind.sheetNames[0].capitalized, rows: rows)
            sheet.merges = merges
            sheet.frozenRows = 1
            sheet.frozenColumns = 1
            sheet.columnWidths = columns.map { $0.type == .text ? 36 : 16 }
            return ("\(kind.rawValue).xlsx", WorkbookDocument(sheets: [sheet]))
        }
        let travel = books.first(where: { $0.file == "travel.xlsx" })?.document.sheets ?? []
        return books.compactMap { book -> (file: String, document: WorkbookDocument)? in
            switch book.file {
            case "travel.xlsx": return nil
            case "rooms.xlsx": return (book.file, WorkbookDocument(sheets: book.document.sheets + (plan.travel.isEmpty ? [] : travel)))
            default: return book
            }
        }
    }

    /// The languages plan texts get columns for: none for a one-language forum whose texts are all
    /// plain, else the forum's languages and any other a text is given in.
    static func textLanguages(_ plan: Plan) -> [Language] {
        var texts: [LocalizedText?] = [plan.forum.localizedTitle, plan.forum.localizedDescription]
        for venue in plan.venues {
            texts += [venue.localizedName, venue.localizedTown, venue.localizedAddress] + venue.rooms.map(\.localizedName)
        }
        texts += plan.trainers.map(\.localizedName) + plan.groups.map(\.localizedName)
        for session in plan.sessions { texts += [session.localizedTitle, session.localizedDescription, session.localizedNotes] }
        let used = Language.allCases.filter { language in texts.contains { $0?.translations[language] != nil } }
        guard plan.forum.languages.count > 1 || !used.isEmpty else { return [] }
        return plan.forum.languages + used.filter { !plan.forum.languages.contains($0) }
    }

    /// Cell values of plan texts by column key: `title` for a text the same in every language, or
    /// `title kk`, `title ru` … for one given per language.
    private static func texts(_ values: [String: LocalizedText?]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in values {
            guard let value else { continue }
            if value.isPerLanguage {
                for (language, text) in value.translations { result["\(key) \(language.rawValue)"] = text }
            } else {
                result[key] = value.defaultText
            }
        }
        return result
    }

    private static func cells(_ columns: [RosterColumn], _ values: [String: String]) -> [OutputCell?] {
        columns.map { column in
            let key = column.language.map { "\(column.key) \($0.rawValue)" } ?? column.key
            let value = values[key] ?? (column.language == nil ? values[column.path[0]] : nil) ?? ""
            if column.type == .positiveInteger, let n = Int(value) { return OutputCell(.number(Double(n)), style: .wrapped) }
            return value.isEmpty ? nil : .text(value, .wrapped)
        }
    }

    private static func windows(_ list: [TimeWindow]) -> String { list.map(window).joined(separator: "; ") }

    private static func window(_ w: TimeWindow) -> String { (w.day.map { "\($0) " } ?? "") + "\(w.start)-\(w.end)" }
}
