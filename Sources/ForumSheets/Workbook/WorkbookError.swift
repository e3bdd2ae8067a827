/// A spreadsheet file that cannot be read at all (not a workbook, damaged, unsupported).
public struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String
    public var hint: String

    public init(file: String, message: String, hint: String) {
        self.file = file
        self.message = message
        self.hint = hint
    }

    public var description: String { "\(file): error: \(message)\n  hint: \(hint)" }
}
