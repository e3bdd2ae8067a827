import Foundation
import XMLCoder
import ZIPFoundation

/// Writes a ``WorkbookDocument`` as an `.xlsx` package (inline strings, one style sheet, print setup).
///
/// The bytes depend only on the document: parts are added in a fixed order with a fixed timestamp.
public enum XLSXWriter {
    /// The package bytes of `document`.
    public static func data(_ document: WorkbookDocument) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, bytes) in try parts(document) {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(bytes.count),
                modificationDate: fixedDate, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// 2000-01-01, a timestamp ZIP can hold, so equal documents give equal files.
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)

    static func parts(_ document: WorkbookDocument) throws -> [(String, Data)] {
        let encoder = XMLEncoder()
        func xml(_ value: some Encodable, root: String) throws -> Data {
            try encoder.encode(
                value, withRootKey: root,
                header: XMLHeader(version: 1.0, encoding: "UTF-8", standalone: "yes"))
        }
        let sheetCount = document.sheets.count
        let contentTypes = SpreadsheetXML.ContentTypes(
            defaults: [
                .init(extensionName: "rels", contentType: "application/vnd.openxmlformats-package.relationships+xml"),
                .init(extensionName: "xml", contentType: "application/xml")
            ],
            overrides: [
                .init(partName: "/xl/workbook.xml", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                .init(partName: "/xl/styles.xml", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
            ]
                + (0..<sheetCount).map {
                    .init(
                        partName: "/xl/worksheets/sheet\($0 + 1).xml",
                        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
                })
        let packageRelationships = SpreadsheetXML.RelationshipList(relationships: [
            .init(
                id: "rId1", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                target: "xl/workbook.xml")
        ])
        let workbookRelationships = SpreadsheetXML.RelationshipList(
            relationships: (0..<sheetCount).map {
                .init(
                    id: "rId\($0 + 1)", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                    target: "worksheets/sheet\($0 + 1).xml")
            } + [
                .init(
                    id: "rId\(sheetCount + 1)", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
                    target: "styles.xml")
            ])
        var definedNames: [SpreadsheetXML.DefinedName] = []
        for (i, sheet) in document.sheets.enumerated() where sheet.columnCount > 0 {
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            let area = CellRange(
                from: CellAddress(row: 0, column: 0),
                to: CellAddress(row: max(0, sheet.rows.count - 1), column: sheet.columnCount - 1))
            definedNames.append(.init(name: "_xlnm.Print_Area", localSheetId: i, value: "\(quoted)!\(area.absolute)"))
            var titles: [String] = []
            if sheet.frozenColumns > 0 {
                titles.append("\(quoted)!$A:$\(CellAddress.letters(sheet.frozenColumns - 1))")
            }
            if sheet.frozenRows > 0 { titles.append("\(quoted)!$1:$\(sheet.frozenRows)") }
            if !titles.isEmpty {
                definedNames.append(.init(name: "_xlnm.Print_Titles", localSheetId: i, value: titles.joined(separator: ",")))
            }
        }
        let workbook = SpreadsheetXML.WorkbookOut(
            sheets: .init(
                sheet: document.sheets.enumerated().map { i, sheet in
                    .init(name: sheet.name, sheetId: i + 1, relationship: "rId\(i + 1)")
                }),
            definedNames: definedNames.isEmpty ? nil : .init(definedName: definedNames))
        var result: [(String, Data)] = [
            ("[Content_Types].xml", try xml(contentTypes, root: "Types")),
            ("_rels/.rels", try xml(packageRelationships, root: "Relationships")),
            ("xl/workbook.xml", try xml(workbook, root: "workbook")),
            ("xl/_rels/workbook.xml.rels", try xml(workbookRelationships, root: "Relationships")),
            ("xl/styles.xml", try xml(styleSheet, root: "styleSheet"))
        ]
        for (i, sheet) in document.sheets.enumerated() {
            result.append(("xl/worksheets/sheet\(i + 1).xml", try xml(worksheet(sheet), root: "worksheet")))
        }
        return result
    }

    static func worksheet(_ sheet: SheetDocument) -> SpreadsheetXML.WorksheetOut {
        var rows: [SpreadsheetXML.RowOut] = []
        for (r, cells) in sheet.rows.enumerated() {
            var out: [SpreadsheetXML.CellOut] = []
            for (c, cell) in cells.enumerated() {
                guard let cell else { continue }
                let ref = CellAddress(row: r, column: c).description
                switch cell.value {
                case .number(let n):
                    out.append(.init(r: ref, s: cell.style.rawValue, t: nil, v: CellValue.format(n)))
                case .bool(let b):
                    out.append(.init(r: ref, s: cell.style.rawValue, t: "b", v: b ? "1" : "0"))
                case .empty:
                    out.append(.init(r: ref, s: cell.style.rawValue))
                default:
                    out.append(
                        .init(
                            r: ref, s: cell.style.rawValue, t: "inlineStr",
                            is: .init(t: .init(value: xmlSafe(cell.value.text)))))
                }
            }
            let height = sheet.rowHeights[r] ?? estimatedHeight(cells, sheet: sheet, row: r)
            rows.append(.init(r: r + 1, ht: height, customHeight: height == nil ? nil : 1, c: out))
        }
        let frozen = sheet.frozenRows > 0 || sheet.frozenColumns > 0
        let activePane =
            sheet.frozenRows > 0 && sheet.frozenColumns > 0
            ? "bottomRight"
            : sheet.frozenRows > 0 ? "bottomLeft" : "topRight"
        return SpreadsheetXML.WorksheetOut(
            sheetPr: .init(pageSetUpPr: .init()),
            sheetViews: .init(
                sheetView: .init(
                    pane: frozen
                        ? .init(
                            xSplit: sheet.frozenColumns > 0 ? sheet.frozenColumns : nil,
                            ySplit: sheet.frozenRows > 0 ? sheet.frozenRows : nil,
                            topLeftCell: CellAddress(row: sheet.frozenRows, column: sheet.frozenColumns).description,
                            activePane: activePane) : nil)),
            sheetFormatPr: .init(),
            cols: sheet.columnWidths.isEmpty
                ? nil
                : .init(
                    col: sheet.columnWidths.enumerated().map { i, w in
                        .init(min: i + 1, max: i + 1, width: w)
                    }),
            sheetData: .init(row: rows),
            mergeCells: sheet.merges.isEmpty ? nil : .init(count: sheet.merges.count, mergeCell: sheet.merges.map { .init(ref: $0.description) }),
            printOptions: .init(),
            pageMargins: .init(),
            pageSetup: .init(
                orientation: sheet.landscape ? "landscape" : "portrait",
                fitToWidth: sheet.fitToOnePageTall ? 0 : 1, fitToHeight: sheet.fitToOnePage || sheet.fitToOnePageTall ? 1 : 0))
    }

    /// Points for a row of wrapped cells, from the lines their text needs at their column widths
    /// (LibreOffice keeps the default height otherwise, and wrapped text would be cut); nil for one line.
    static func estimatedHeight(_ cells: [OutputCell?], sheet: SheetDocument, row: Int) -> Double? {
        let merged = sheet.merges.filter { $0.from.row <= row && row <= $0.to.row && $0.from.row != $0.to.row }
        var lines = 1
        for (c, cell) in cells.enumerated() {
            guard let cell, cell.style == .wrapped || cell.style == .header,
                !merged.contains(where: { $0.from.column <= c && c <= $0.to.column })
            else { continue }
            let width = c < sheet.columnWidths.count ? sheet.columnWidths[c] : 9
            lines = max(lines, textLines(cell.value.text, width: width))
        }
        return lines > 1 ? Double(lines) * 12.5 + 3 : nil
    }

    /// Lines `text` wraps into in a column `width` characters wide (10 pt Arial).
    static func textLines(_ text: String, width: Double) -> Int {
        let perLine = max(1, Int(width * 1.15))
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { $0 + max(1, ($1.count + perLine - 1) / perLine) }
    }

    /// Text without the control characters XML 1.0 cannot hold (tabs and line breaks stay).
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }))
    }

    /// One entry per ``CellStyle``, in raw-value order.
    static var styleSheet: SpreadsheetXML.StyleSheet {
        let thin = SpreadsheetXML.BorderSide(style: "thin", color: .init(rgb: "FF9E9E9E"))
        let none = SpreadsheetXML.BorderSide()
        func format(_ style: CellStyle) -> SpreadsheetXML.CellFormat {
            switch style {
            case .plain: return .init(fontId: 0, fillId: 0, borderId: 0, alignment: .init(vertical: "top"))
            case .header: return .init(fontId: 1, fillId: 2, borderId: 1, alignment: .init(horizontal: "center", vertical: "center", wrapText: 1))
            case .wrapped: return .init(fontId: 0, fillId: 0, borderId: 1, alignment: .init(vertical: "top", wrapText: 1))
            case .session: return .init(fontId: 3, fillId: 3, borderId: 1, alignment: .init(horizontal: "center", vertical: "top", wrapText: 1))
            case .slot: return .init(fontId: 0, fillId: 0, borderId: 1, alignment: .init(vertical: "top"))
            case .title: return .init(fontId: 2, fillId: 0, borderId: 0, alignment: .init(vertical: "center"))
            }
        }
        return .init(
            fonts: .init(
                count: 4,
                font: [
                    .init(sz: .init(val: "10"), name: .init(val: "Arial")),
                    .init(b: .init(), sz: .init(val: "10"), name: .init(val: "Arial")),
                    .init(b: .init(), sz: .init(val: "13"), name: .init(val: "Arial")),
                    .init(sz: .init(val: "8"), name: .init(val: "Arial"))
                ]),
            fills: .init(
                count: 4,
                fill: [
                    .init(patternFill: .init(patternType: "none")),
                    .init(patternFill: .init(patternType: "gray125")),
                    .init(patternFill: .init(patternType: "solid", fgColor: .init(rgb: "FFE0E0E0"))),
                    .init(patternFill: .init(patternType: "solid", fgColor: .init(rgb: "FFDCEBFA")))
                ]),
            borders: .init(
                count: 2,
                border: [
                    .init(left: none, right: none, top: none, bottom: none, diagonal: none),
                    .init(left: thin, right: thin, top: thin, bottom: thin, diagonal: none)
                ]),
            cellXfs: .init(count: CellStyle.allCases.count, xf: CellStyle.allCases.map(format)))
    }
}
