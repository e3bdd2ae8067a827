import Foundation

/// Opens a roster file by its extension: `.xlsx` through ``XLSXReader``, `.csv` through ``CSVSheetReader``.
public enum WorkbookLoader {
    /// Largest roster file read (a hostile or mistaken file is refused before unpacking).
    static let maximumFileSize = 50 << 20

    /// Reads the file at `path`; messages name it as `path` was given.
    public static func load(_ path: String) throws(WorkbookError) -> Workbook {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.lowercased()
        guard ext == "xlsx" || ext == "csv" else {
            throw WorkbookError(
                file: path, message: "'.\(ext)' files are not read as rosters",
                hint: "Give an .xlsx workbook or a .csv file (save .xls and .ods files as .xlsx first).")
        }
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
            guard size <= maximumFileSize else {
                throw WorkbookError(
                    file: path, message: "the file is \(size) bytes, more than \(maximumFileSize >> 20) MB",
                    hint: "Check that this is the right file.")
            }
            data = try Data(contentsOf: url)
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(
                file: path, message: "cannot read the file (\((error as NSError).localizedDescription))",
                hint: "Check the path.")
        }
        return ext == "csv" ? try CSVSheetReader.read(data, file: path) : try XLSXReader.read(data, file: path)
    }
}
