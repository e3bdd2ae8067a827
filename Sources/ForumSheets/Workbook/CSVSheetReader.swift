import CSV
import Foundation

/// Reads a `.csv` roster (UTF-8, comma or semicolon separated, as Excel saves it) as a one-sheet workbook.
public enum CSVSheetReader {
    /// Reads `data`; `file` names it in messages and its name without extension names the sheet.
    public static func read(_ data: Data, file: String) throws(WorkbookError) -> Workbook {
        if data.contains(0) {
            throw WorkbookError(
                file: file, message: "the file contains NUL bytes, so it is not a CSV text file",
                hint: "Save the sheet as 'CSV UTF-8', or give the .xlsx workbook itself.")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw WorkbookError(
                file: file, message: "the file is not UTF-8 text",
                hint: "Save the sheet as 'CSV UTF-8 (comma delimited)'; older 'CSV' saves use a Windows code page.")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: UnicodeScalar = firstLine.contains(",") || !firstLine.contains(";") ? "," : ";"
        var rows: [[CellValue]] = []
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
            while let fields = reader.next() {
                rows.append(fields.map { $0.isEmpty ? .empty : .text($0) })
            }
            if let error = reader.error {
                throw WorkbookError(
                    file: "\(file):\(rows.count + 1)", message: "the CSV cannot be read past this row (\(error))",
                    hint: "Check for an unclosed quote.")
            }
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(file: file, message: "the CSV cannot be read (\(error))", hint: "Check for an unclosed quote.")
        }
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return Workbook(file: file, sheets: [Sheet(name: name, rows: rows)], isCSV: true)
    }
}
