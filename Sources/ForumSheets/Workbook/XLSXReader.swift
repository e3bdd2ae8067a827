import Foundation
import XMLCoder
import ZIPFoundation

/// Reads an `.xlsx` workbook (Office Open XML) into cell values: shared and inline strings, cached
/// formula values, booleans and errors; merged ranges carry their top-left value into every cell.
public enum XLSXReader {
    /// Biggest part we unpack: a roster is far smaller, a bigger part is a damaged or hostile file.
    static let maximumPartSize = 64 << 20

    /// Reads `data` (the bytes of an .xlsx file); `file` names it in messages.
    public static func read(_ data: Data, file: String) throws(WorkbookError) -> Workbook {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw WorkbookError(
                file: file, message: "the file is not an .xlsx workbook (it is not a ZIP package)",
                hint: "Save it from Excel or LibreOffice as 'Excel Workbook (.xlsx)', or export the sheet as CSV (UTF-8).")
        }
        let decoder = XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
        func part<T: Decodable>(_ path: String, as type: T.Type) throws(WorkbookError) -> T? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize <= maximumPartSize else {
                throw WorkbookError(
                    file: file, message: "the part \(path) is \(entry.uncompressedSize) bytes, more than a roster needs",
                    hint: "Check that this is the right file; split very large sheets into several workbooks.")
            }
            var bytes = Data()
            do {
                _ = try archive.extract(entry) { bytes.append($0) }
                return try decoder.decode(T.self, from: bytes)
            } catch {
                throw WorkbookError(
                    file: file, message: "the part \(path) of the workbook cannot be read (\(error))",
                    hint: "Open the file in Excel or LibreOffice and save it again as .xlsx.")
            }
        }
        guard let workbookPart = try part("xl/workbook.xml", as: SpreadsheetXML.WorkbookPart.self) else {
            throw WorkbookError(
                file: file, message: "the file has no xl/workbook.xml, so it is not an Excel workbook",
                hint: "Save it as 'Excel Workbook (.xlsx)'; .xls, .ods and .xlsb files are not read.")
        }
        let relationships = try part("xl/_rels/workbook.xml.rels", as: SpreadsheetXML.Relationships.self)?.relationship ?? []
        let shared = (try part("xl/sharedStrings.xml", as: SpreadsheetXML.SharedStrings.self)?.si ?? []).map(\.plain)
        var sheets: [Sheet] = []
        for entry in workbookPart.sheets.sheet where entry.state == nil || entry.state == "visible" {
            guard let target = relationships.first(where: { $0.id == entry.relationship })?.target else {
                throw WorkbookError(
                    file: file, message: "sheet '\(entry.name)' has no part in the package",
                    hint: "Open the file in Excel or LibreOffice and save it again as .xlsx.")
            }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let worksheet = try part(path, as: SpreadsheetXML.Worksheet.self) else {
                throw WorkbookError(
                    file: file, message: "sheet '\(entry.name)' is missing its part \(path)",
                    hint: "Open the file in Excel or LibreOffice and save it again as .xlsx.")
            }
            sheets.append(try sheet(named: entry.name, worksheet, shared: shared, file: file))
        }
        let date1904 = workbookPart.workbookPr?.date1904.map { $0 == "1" || $0.lowercased() == "true" } ?? false
        return Workbook(file: file, sheets: sheets, usesDate1904: date1904)
    }

    private static func sheet(
        named name: String, _ worksheet: SpreadsheetXML.Worksheet, shared: [String],
        file: String
    ) throws(WorkbookError) -> Sheet {
        var rows: [[CellValue]] = []
        func set(_ value: CellValue, at address: CellAddress) {
            while rows.count <= address.row { rows.append([]) }
            while rows[address.row].count <= address.column { rows[address.row].append(.empty) }
            rows[address.row][address.column] = value
        }
        var nextRow = 0
        for row in worksheet.sheetData?.row ?? [] {
            let rowIndex = (row.r ?? nextRow + 1) - 1
            nextRow = rowIndex + 1
            var nextColumn = 0
            for cell in row.c ?? [] {
                let address = cell.r.flatMap { CellAddress($0) } ?? CellAddress(row: rowIndex, column: nextColumn)
                nextColumn = address.column + 1
                let value = try cellValue(cell, shared: shared, file: file, sheet: name, address: address)
                if value != .empty { set(value, at: address) }
            }
        }
        for merge in worksheet.mergeCells?.mergeCell ?? [] {
            let ends = merge.ref.split(separator: ":")
            guard ends.count == 2, let from = CellAddress(ends[0]), let to = CellAddress(ends[1]) else { continue }
            let value = from.row < rows.count && from.column < rows[from.row].count ? rows[from.row][from.column] : .empty
            guard value != .empty else { continue }
            for r in from.row...max(from.row, to.row) {
                for c in from.column...max(from.column, to.column) { set(value, at: CellAddress(row: r, column: c)) }
            }
        }
        return Sheet(name: name, rows: rows)
    }

    private static func cellValue(
        _ cell: SpreadsheetXML.Cell, shared: [String], file: String, sheet: String,
        address: CellAddress
    ) throws(WorkbookError) -> CellValue {
        let raw = cell.v?.value
        switch cell.t ?? "n" {
        case "s":
            guard let raw, let i = Int(raw.trimmingCharacters(in: .whitespaces)), i >= 0, i < shared.count else {
                throw WorkbookError(
                    file: "\(file):\(sheet)!\(address)", message: "the cell points to a shared string that is not in the workbook",
                    hint: "Open the file in Excel or LibreOffice and save it again as .xlsx.")
            }
            return shared[i].isEmpty ? .empty : .text(shared[i])
        case "inlineStr":
            let text = cell.is?.plain ?? raw ?? ""
            return text.isEmpty ? .empty : .text(text)
        case "str", "d":
            if let raw { return .text(raw) }
        case "b":
            if let raw { return .bool(raw.trimmingCharacters(in: .whitespaces) == "1" || raw.lowercased() == "true") }
        case "e":
            if let raw { return .error(raw) }
        default:
            if let raw {
                guard let n = Double(raw.trimmingCharacters(in: .whitespaces)) else {
                    throw WorkbookError(
                        file: "\(file):\(sheet)!\(address)", message: "the cell's number '\(raw)' cannot be read",
                        hint: "Open the file in Excel or LibreOffice and save it again as .xlsx.")
                }
                return .number(n)
            }
        }
        if let formula = cell.f?.value, !formula.isEmpty { return .uncalculatedFormula(formula) }
        return .empty
    }
}
