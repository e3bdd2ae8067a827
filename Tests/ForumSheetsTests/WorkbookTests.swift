import Foundation
import Testing
@testable import ForumSheets

/// Writing and reading `.xlsx` packages: our writer, our reader, and hand-made packages shaped the way
/// Excel and LibreOffice save them (shared strings, formulas, merged cells).
@Suite struct WorkbookTests {
    @Test func writtenWorkbookReadsBack() throws {
        var sheet = SheetDocument(
            name: "Rooms & halls",
            rows: [
                [.text("room", .header), .text("capacity", .header), .text("online", .header)],
                [.text("hall <A> \"big\""), OutputCell(.number(300)), OutputCell(.bool(false))],
                [.text("zoom\nline two"), nil, OutputCell(.bool(true))]
            ])
        sheet.merges = [CellRange(from: CellAddress(row: 1, column: 0), to: CellAddress(row: 1, column: 0))]
        sheet.frozenRows = 1
        let data = try XLSXWriter.data(WorkbookDocument(sheets: [sheet, SheetDocument(name: "Empty", rows: [])]))
        #expect(try XLSXWriter.data(WorkbookDocument(sheets: [sheet, SheetDocument(name: "Empty", rows: [])])) == data)
        let book = try XLSXReader.read(data, file: "rooms.xlsx")
        #expect(book.sheets.map(\.name) == ["Rooms & halls", "Empty"])
        let rows = book.sheets[0].rows
        #expect(rows[0] == [.text("room"), .text("capacity"), .text("online")])
        #expect(rows[1] == [.text("hall <A> \"big\""), .number(300), .bool(false)])
        #expect(rows[2] == [.text("zoom\nline two"), .empty, .bool(true)])
        #expect(book.sheets[1].rows.isEmpty)
    }

    @Test func cellAddresses() {
        #expect(CellAddress("D17") == CellAddress(row: 16, column: 3))
        #expect(CellAddress("$AA$3") == CellAddress(row: 2, column: 26))
        #expect(CellAddress(row: 0, column: 701).description == "ZZ1")
        #expect(CellAddress(row: 0, column: 702).description == "AAA1")
        #expect(CellAddress("17") == nil)
        #expect(CellAddress("D0") == nil)
    }

    @Test func notAWorkbook() {
        #expect(
            throws: WorkbookError(
                file: "x.xlsx", message: "the file is not an .xlsx workbook (it is not a ZIP package)",
                hint: "Save it from Excel or LibreOffice as 'Excel Workbook (.xlsx)', or export the sheet as CSV (UTF-8).")
        ) {
            try XLSXReader.read(Data("session,date\n".utf8), file: "x.xlsx")
        }
    }
}
