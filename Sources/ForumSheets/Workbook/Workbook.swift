/// A spreadsheet as the importer sees it: named sheets of cell values, read from `.xlsx` or `.csv`.
public struct Workbook: Hashable, Sendable {
    /// The file name used in messages (`trainers.xlsx`).
    public var file: String
    public var sheets: [Sheet]
    /// True for a `.csv` file: its one sheet has no name of its own, so locations read `file:D17`.
    public var isCSV: Bool
    /// Day numbers count from 1904-01-01 (old Mac Excel) instead of 1899-12-30.
    public var usesDate1904: Bool

    public init(file: String, sheets: [Sheet], isCSV: Bool = false, usesDate1904: Bool = false) {
        self.file = file
        self.sheets = sheets
        self.isCSV = isCSV
        self.usesDate1904 = usesDate1904
    }

    /// `trainers.xlsx:Trainers!D17`, or `trainers.csv:D17` for a CSV file.
    public func location(sheet: String, _ address: CellAddress) -> String {
        isCSV ? "\(file):\(address)" : "\(file):\(sheet)!\(address)"
    }
}

/// One sheet: rows of cells (row 0 is the sheet's row 1), merged ranges already filled in.
public struct Sheet: Hashable, Sendable {
    public var name: String
    /// Row-major cell values; rows may be shorter than others, missing cells are `.empty`.
    public var rows: [[CellValue]]

    public init(name: String, rows: [[CellValue]]) {
        self.name = name
        self.rows = rows
    }

    /// The value at a 0-based row and column (`.empty` outside the stored area).
    public subscript(row: Int, column: Int) -> CellValue {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return .empty }
        return rows[row][column]
    }
}

/// What one cell holds after reading: its cached value for formulas, the top-left value for merged cells.
public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)
    /// An error value such as `#REF!` or `#DIV/0!`.
    case error(String)
    /// A formula the file stores without a computed value (saved by a tool that does not calculate).
    case uncalculatedFormula(String)

    /// True for empty cells and cells holding only spaces.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return s.allSatisfy(\.isWhitespace)
        default: return false
        }
    }

    /// The cell as the text a reader sees: whole numbers without a decimal point, `TRUE`/`FALSE`.
    public var text: String {
        switch self {
        case .empty: return ""
        case .text(let s): return s
        case .number(let n): return CellValue.format(n)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e
        case .uncalculatedFormula(let f): return "=" + f
        }
    }

    /// `30` for 30.0, `2.5` for 2.5.
    static func format(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }
}

/// A cell position such as `D17` (column and row 0-based inside, 1-based and lettered in text).
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `D17` (the `$` of absolute references is ignored); nil for anything else.
    public init?(_ text: some StringProtocol) {
        var column = 0
        var digits = ""
        var sawLetter = false
        for ch in text where ch != "$" {
            if let ascii = ch.asciiValue, ch.isLetter, digits.isEmpty {
                column = column * 26 + Int(ascii & 0xDF) - 64
                sawLetter = true
                guard column <= 16_384 else { return nil }
            } else if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else {
                return nil
            }
        }
        guard sawLetter, let row = Int(digits), row >= 1, row <= 1_048_576 else { return nil }
        self.row = row - 1
        self.column = column - 1
    }

    /// `A`, `Z`, `AA` for columns 0, 25, 26.
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    public var description: String { CellAddress.letters(column) + String(row + 1) }

    public static func < (a: CellAddress, b: CellAddress) -> Bool { (a.row, a.column) < (b.row, b.column) }
}
