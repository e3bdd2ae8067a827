/// A workbook to write: sheets with styled cells, merged ranges and print settings.
public struct WorkbookDocument: Hashable, Sendable {
    public var sheets: [SheetDocument]

    public init(sheets: [SheetDocument]) { self.sheets = sheets }
}

/// One sheet to write, laid out for screen and print.
public struct SheetDocument: Hashable, Sendable {
    /// Shown on the tab; ``SheetNames`` makes names Excel accepts.
    public var name: String
    /// Row-major cells; `nil` leaves a cell empty (under a merged range, for instance).
    public var rows: [[OutputCell?]]
    /// Ranges shown as one cell holding the top-left value.
    public var merges: [CellRange] = []
    /// Widths of the first columns in characters; later columns keep the default.
    public var columnWidths: [Double] = []
    /// Heights of rows in points, by 0-based row; rows not named keep the default.
    public var rowHeights: [Int: Double] = [:]
    /// Rows and columns that stay in view when scrolling and repeat on every printed page.
    public var frozenRows = 0
    public var frozenColumns = 0
    /// Landscape A4 with the used range as print area, scaled to one page wide (pages follow down) …
    public var landscape = true
    /// … or to one page in all, …
    public var fitToOnePage = false
    /// … or one page tall (pages follow across, the frozen columns repeated).
    public var fitToOnePageTall = false

    public init(name: String, rows: [[OutputCell?]]) {
        self.name = name
        self.rows = rows
    }

    /// Number of columns of the widest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// A cell to write: its value and its look.
public struct OutputCell: Hashable, Sendable {
    public var value: CellValue
    public var style: CellStyle

    public init(_ value: CellValue, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    public static func text(_ s: String, _ style: CellStyle = .plain) -> OutputCell { OutputCell(.text(s), style: style) }
}

/// The few looks a timetable needs; the raw value is the index into the written style sheet.
public enum CellStyle: Int, CaseIterable, Hashable, Sendable {
    /// Default font, no border.
    case plain = 0
    /// Bold on grey, bordered, wrapped, centred: column and row headings.
    case header
    /// Wrapped, top-aligned, bordered: table cells.
    case wrapped
    /// Small, wrapped, centred at the top, bordered, on pale blue: a session in the day grid.
    case session
    /// Bordered, empty grid slot.
    case slot
    /// Bold, larger: a sheet title.
    case title
}

/// A rectangular range from `from` to `to` (both inclusive).
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var from: CellAddress
    public var to: CellAddress

    public init(from: CellAddress, to: CellAddress) {
        self.from = from
        self.to = to
    }

    /// `A1:C4`.
    public var description: String { "\(from):\(to)" }

    /// `$A$1:$C$4`, as print areas are written.
    var absolute: String {
        "$\(CellAddress.letters(from.column))$\(from.row + 1):$\(CellAddress.letters(to.column))$\(to.row + 1)"
    }
}
