import XMLCoder

/// The SpreadsheetML parts ``XLSXWriter`` writes, encoded by XMLCoder (attributes via `nodeEncoding`).
extension SpreadsheetXML {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Encodes every key as an attribute except those listed as elements.
    protocol AttributeNodes: Encodable, DynamicNodeEncoding {
        static var elementKeys: Set<String> { get }
    }

    // MARK: package

    struct ContentTypes: AttributeNodes {
        var xmlns = "http://schemas.openxmlformats.org/package/2006/content-types"
        var defaults: [DefaultType]
        var overrides: [OverrideType]
        static let elementKeys: Set<String> = ["Default", "Override"]
        enum CodingKeys: String, CodingKey { case xmlns, defaults = "Default", overrides = "Override" }
    }

    struct DefaultType: AttributeNodes {
        var extensionName: String
        var contentType: String
        static let elementKeys: Set<String> = []
        enum CodingKeys: String, CodingKey { case extensionName = "Extension", contentType = "ContentType" }
    }

    struct OverrideType: AttributeNodes {
        var partName: String
        var contentType: String
        static let elementKeys: Set<String> = []
        enum CodingKeys: String, CodingKey { case partName = "PartName", contentType = "ContentType" }
    }

    struct RelationshipList: AttributeNodes {
        var xmlns = "http://schemas.openxmlformats.org/package/2006/relationships"
        var relationships: [RelationshipOut]
        static let elementKeys: Set<String> = ["Relationship"]
        enum CodingKeys: String, CodingKey { case xmlns, relationships = "Relationship" }
    }

    struct RelationshipOut: AttributeNodes {
        var id: String
        var type: String
        var target: String
        static let elementKeys: Set<String> = []
        enum CodingKeys: String, CodingKey { case id = "Id", type = "Type", target = "Target" }
    }

    // MARK: workbook

    struct WorkbookOut: AttributeNodes {
        var xmlns = mainNamespace
        var xmlnsR = relationshipNamespace
        var sheets: SheetsOut
        var definedNames: DefinedNames?
        static let elementKeys: Set<String> = ["sheets", "definedNames"]
        enum CodingKeys: String, CodingKey { case xmlns, xmlnsR = "xmlns:r", sheets, definedNames }
    }

    struct SheetsOut: Encodable { var sheet: [SheetRefOut] }

    struct SheetRefOut: AttributeNodes {
        var name: String
        var sheetId: Int
        var relationship: String
        static let elementKeys: Set<String> = []
        enum CodingKeys: String, CodingKey { case name, sheetId, relationship = "r:id" }
    }

    struct DefinedNames: Encodable { var definedName: [DefinedName] }

    struct DefinedName: AttributeNodes {
        var name: String
        var localSheetId: Int
        var value: String
        static let elementKeys: Set<String> = [""]
        enum CodingKeys: String, CodingKey { case name, localSheetId, value = "" }
    }

    // MARK: styles

    struct StyleSheet: AttributeNodes {
        var xmlns = mainNamespace
        var fonts: Fonts
        var fills: Fills
        var borders: Borders
        var cellXfs: CellFormats
        static let elementKeys: Set<String> = ["fonts", "fills", "borders", "cellXfs"]
    }

    struct Fonts: AttributeNodes {
        var count: Int
        var font: [Font]
        static let elementKeys: Set<String> = ["font"]
    }

    struct Font: Encodable {
        var b: Empty?
        var sz: ValueAttribute
        var name: ValueAttribute
    }

    struct Empty: Encodable {}

    struct ValueAttribute: AttributeNodes {
        var val: String
        static let elementKeys: Set<String> = []
    }

    struct Fills: AttributeNodes {
        var count: Int
        var fill: [Fill]
        static let elementKeys: Set<String> = ["fill"]
    }

    struct Fill: Encodable { var patternFill: PatternFill }

    struct PatternFill: AttributeNodes {
        var patternType: String
        var fgColor: ColorOut?
        static let elementKeys: Set<String> = ["fgColor"]
    }

    struct ColorOut: AttributeNodes {
        var rgb: String
        static let elementKeys: Set<String> = []
    }

    struct Borders: AttributeNodes {
        var count: Int
        var border: [Border]
        static let elementKeys: Set<String> = ["border"]
    }

    struct Border: Encodable {
        var left: BorderSide
        var right: BorderSide
        var top: BorderSide
        var bottom: BorderSide
        var diagonal: BorderSide
    }

    struct BorderSide: AttributeNodes {
        var style: String?
        var color: ColorOut?
        static let elementKeys: Set<String> = ["color"]
    }

    struct CellFormats: AttributeNodes {
        var count: Int
        var xf: [CellFormat]
        static let elementKeys: Set<String> = ["xf"]
    }

    struct CellFormat: AttributeNodes {
        var numFmtId = 0
        var fontId: Int
        var fillId: Int
        var borderId: Int
        var applyAlignment = 1
        var alignment: Alignment
        static let elementKeys: Set<String> = ["alignment"]
    }

    struct Alignment: AttributeNodes {
        var horizontal: String?
        var vertical: String
        var wrapText: Int?
        static let elementKeys: Set<String> = []
    }

    // MARK: worksheet

    struct WorksheetOut: AttributeNodes {
        var xmlns = mainNamespace
        var xmlnsR = relationshipNamespace
        var sheetPr: SheetProperties
        var sheetViews: SheetViews
        var sheetFormatPr: SheetFormat
        var cols: Columns?
        var sheetData: SheetDataOut
        var mergeCells: MergeCellsOut?
        var printOptions: PrintOptions
        var pageMargins: PageMargins
        var pageSetup: PageSetup
        static let elementKeys: Set<String> = [
            "sheetPr", "sheetViews", "sheetFormatPr", "cols", "sheetData", "mergeCells",
            "printOptions", "pageMargins", "pageSetup"
        ]
        enum CodingKeys: String, CodingKey {
            case xmlns, xmlnsR = "xmlns:r", sheetPr, sheetViews, sheetFormatPr, cols, sheetData, mergeCells
            case printOptions, pageMargins, pageSetup
        }
    }

    struct SheetProperties: Encodable { var pageSetUpPr: PageSetUpProperties }

    struct PageSetUpProperties: AttributeNodes {
        var fitToPage = 1
        static let elementKeys: Set<String> = []
    }

    struct SheetViews: Encodable { var sheetView: SheetView }

    struct SheetView: AttributeNodes {
        var workbookViewId = 0
        var pane: Pane?
        static let elementKeys: Set<String> = ["pane"]
    }

    struct Pane: AttributeNodes {
        var xSplit: Int?
        var ySplit: Int?
        var topLeftCell: String
        var activePane: String
        var state = "frozen"
        static let elementKeys: Set<String> = []
    }

    struct SheetFormat: AttributeNodes {
        var defaultRowHeight = 15
        static let elementKeys: Set<String> = []
    }

    struct Columns: Encodable { var col: [Column] }

    struct Column: AttributeNodes {
        var min: Int
        var max: Int
        var width: Double
        var customWidth = 1
        static let elementKeys: Set<String> = []
    }

    struct SheetDataOut: Encodable { var row: [RowOut] }

    struct RowOut: AttributeNodes {
        var r: Int
        var ht: Double?
        var customHeight: Int?
        var c: [CellOut]
        static let elementKeys: Set<String> = ["c"]
    }

    struct CellOut: AttributeNodes {
        var r: String
        var s: Int
        var t: String?
        var v: String?
        var `is`: InlineString?
        static let elementKeys: Set<String> = ["v", "is"]
    }

    struct InlineString: Encodable { var t: TextOut }

    struct TextOut: AttributeNodes {
        var space = "preserve"
        var value: String
        static let elementKeys: Set<String> = [""]
        enum CodingKeys: String, CodingKey { case space = "xml:space", value = "" }
    }

    struct MergeCellsOut: AttributeNodes {
        var count: Int
        var mergeCell: [MergeCellOut]
        static let elementKeys: Set<String> = ["mergeCell"]
    }

    struct MergeCellOut: AttributeNodes {
        var ref: String
        static let elementKeys: Set<String> = []
    }

    struct PrintOptions: AttributeNodes {
        var gridLines = 0
        static let elementKeys: Set<String> = []
    }

    struct PageMargins: AttributeNodes {
        var left = 0.4, right = 0.4, top = 0.5, bottom = 0.5, header = 0.3, footer = 0.3
        static let elementKeys: Set<String> = []
    }

    struct PageSetup: AttributeNodes {
        var paperSize = 9
        var orientation: String
        var fitToWidth: Int
        var fitToHeight: Int
        static let elementKeys: Set<String> = []
    }
}

extension SpreadsheetXML.AttributeNodes {
    static func nodeEncoding(for key: any CodingKey) -> XMLEncoder.NodeEncoding {
        elementKeys.contains(key.stringValue) ? .element : .attribute
    }
}
