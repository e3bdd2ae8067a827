import XMLCoder

/// The parts of SpreadsheetML (ECMA-376) the reader needs, decoded by XMLCoder.
enum SpreadsheetXML {
    struct WorkbookPart: Decodable {
        var workbookPr: WorkbookProperties?
        var sheets: SheetList
    }

    struct WorkbookProperties: Decodable {
        var date1904: String?
    }

    struct SheetList: Decodable {
        var sheet: [SheetEntry]
    }

    struct SheetEntry: Decodable {
        var name: String
        var relationship: String
        var state: String?

        enum CodingKeys: String, CodingKey {
            case name, state
            case relationship = "r:id"
        }
    }

    struct Relationships: Decodable {
        var relationship: [Relationship]

        enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
    }

    struct Relationship: Decodable {
        var id: String
        var target: String

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case target = "Target"
        }
    }

    struct SharedStrings: Decodable {
        var si: [RichText]?
    }

    /// A shared or inline string: plain `<t>` or rich-text runs `<r><t>`; phonetic runs are ignored.
    struct RichText: Decodable {
        var t: Text?
        var r: [Run]?

        var plain: String { (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined() }
    }

    struct Run: Decodable {
        var t: Text?
    }

    struct Text: Decodable {
        var value: String?

        enum CodingKeys: String, CodingKey { case value = "" }
    }

    struct Worksheet: Decodable {
        var sheetData: SheetData?
        var mergeCells: MergeCells?
    }

    struct SheetData: Decodable {
        var row: [Row]?
    }

    struct Row: Decodable {
        var r: Int?
        var c: [Cell]?
    }

    struct Cell: Decodable {
        var r: String?
        var t: String?
        var v: Text?
        var f: Text?
        var `is`: RichText?
    }

    struct MergeCells: Decodable {
        var mergeCell: [MergeCell]?
    }

    struct MergeCell: Decodable {
        var ref: String
    }
}
