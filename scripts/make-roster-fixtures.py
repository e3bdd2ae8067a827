#!/usr/bin/env python3
"""Writes the .xlsx roster fixtures of Tests/ForumSheetsTests/Fixtures (run from the repository root).

The packages are shaped the way Excel saves workbooks: shared strings (some as rich-text runs),
formulas with cached values, merged cells, dates and times as day numbers, numbers typed as text,
and trailing rows of formatted empty cells. Each file under broken/ has exactly one defect; its
expected messages are in the .expected file beside it (checked by ImportErrorTests).
Only the Python standard library is used (zipfile); the XML is Excel's fixed part layout.
"""
import datetime
import os
import zipfile
from xml.sax.saxutils import escape

ROOT = "Tests/ForumSheetsTests/Fixtures"


def serial(date):
    return (date - datetime.date(1899, 12, 30)).days


def column(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


class Book:
    def __init__(self):
        self.strings = []
        self.sheets = []

    def string(self, value):
        if value not in self.strings:
            self.strings.append(value)
        return self.strings.index(value)

    def sheet(self, name, rows, merges=(), trailing=0):
        """rows: lists of cells; a cell is None, str, int/float, ("f", formula, cached), ("f", formula),
        ("e", "#REF!"), ("rich", [run, ...]) or ("b", True)."""
        out = []
        for r, row in enumerate(rows):
            cells = []
            for c, cell in enumerate(row):
                ref = f"{column(c)}{r + 1}"
                if cell is None:
                    continue
                if isinstance(cell, str):
                    cells.append(f'<c r="{ref}" t="s"><v>{self.string(cell)}</v></c>')
                elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    cells.append(f'<c r="{ref}" s="1"><v>{cell}</v></c>')
                elif cell[0] == "f" and len(cell) == 3:
                    cells.append(f'<c r="{ref}"><f>{escape(cell[1])}</f><v>{cell[2]}</v></c>')
                elif cell[0] == "f":
                    cells.append(f'<c r="{ref}"><f>{escape(cell[1])}</f></c>')
                elif cell[0] == "e":
                    cells.append(f'<c r="{ref}" t="e"><v>{escape(cell[1])}</v></c>')
                elif cell[0] == "b":
                    cells.append(f'<c r="{ref}" t="b"><v>{1 if cell[1] else 0}</v></c>')
                elif cell[0] == "rich":
                    self.strings.append(("rich", tuple(cell[1])))
                    cells.append(f'<c r="{ref}" t="s"><v>{len(self.strings) - 1}</v></c>')
            out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
        width = max(len(row) for row in rows)
        for r in range(len(rows), len(rows) + trailing):
            out.append(f'<row r="{r + 1}">' + "".join(f'<c r="{column(c)}{r + 1}" s="1"/>' for c in range(width)) + "</row>")
        merge_xml = ""
        if merges:
            merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>"
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
               f'<sheetData>{"".join(out)}</sheetData>{merge_xml}</worksheet>')
        self.sheets.append((name, xml))

    def save(self, path):
        def si(s):
            if isinstance(s, tuple):
                return "<si>" + "".join(f'<r><rPr><b/></rPr><t xml:space="preserve">{escape(t)}</t></r>' for t in s[1]) + "</si>"
            return f'<si><t xml:space="preserve">{escape(s)}</t></si>'
        head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        parts = {
            "[Content_Types].xml": head + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(self.sheets)))
            + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
            "_rels/.rels": head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": head + f'<workbook xmlns="{main}" xmlns:r="{rel}"><workbookPr/><sheets>'
            + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(self.sheets))
            + "</sheets></workbook>",
            "xl/_rels/workbook.xml.rels": head + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(self.sheets)))
            + f'<Relationship Id="rId{len(self.sheets) + 1}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            + f'<Relationship Id="rId{len(self.sheets) + 2}" Type="{rel}/styles" Target="styles.xml"/></Relationships>',
            "xl/sharedStrings.xml": head + f'<sst xmlns="{main}" count="{len(self.strings)}" uniqueCount="{len(self.strings)}">'
            + "".join(si(s) for s in self.strings) + "</sst>",
            "xl/styles.xml": head + f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>',
        }
        for i, (_, xml) in enumerate(self.sheets):
            parts[f"xl/worksheets/sheet{i + 1}.xml"] = xml
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, text in parts.items():
                info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, text.encode("utf-8"))


def excel_shaped():
    """A valid workbook with every quirk, to merge into examples/minimal.yaml."""
    b = Book()
    b.sheet("Аудитории", [
        ["Площадка", "Название площадки", "Город", "Аудитория", "Название", "Вместимость", "Оснащение"],
        ["school-1", "School No. 1", "Taraz", "hall", "Assembly hall", ("f", "100+20", 120), "stage, projector"],
        [None, None, None, "room-12", "Room 12", " 30 ", "projector"],
        [None, None, None, "room-14", "Room 14", 24, "projector; flipchart"],
    ], merges=["A2:A4", "B2:B4", "C2:C4"], trailing=25)
    b.sheet("Жаттықтырушылар", [
        ["Жаттықтырушы", "Аты-жөні", "Тілдер", "Дағдылар", "Күндік жүктеме"],
        ["abisheva", "Aigul Abisheva", "kk, ru", "assessment", 0.25],
        ["berik", "Berik Sadykov", "ru", "leadership, facilitation", None],
    ], trailing=3)
    b.sheet("Sessions", [
        ["Session", "TITLE", "Duration", "Groups", "Pin day", "Pin start"],
        ["opening", ("rich", ["Opening ", "plenary"]), "1h", "teachers", serial(datetime.date(2026, 3, 2)), 0.375],
    ])
    b.sheet("Notes", [["Call the hall manager on Monday"]])
    b.save(f"{ROOT}/excel-shaped.xlsx")


def broken():
    def one(name, sheet, rows, **kw):
        b = Book()
        b.sheet(sheet, rows, **kw)
        b.save(f"{ROOT}/broken/{name}.xlsx")

    trainers = ["trainer", "name", "languages", "max daily load"]
    one("trainers-load-in-words", "Trainers", [trainers, ["abisheva", "Aigul Abisheva", "kk, ru", "6 hours"]])
    one("trainers-bad-language", "Trainers", [trainers, ["abisheva", "Aigul Abisheva", "kazakh", "6h"]])
    one("trainers-duplicate", "Trainers", [trainers, ["abisheva", "Aigul Abisheva", "kk", "6h"], ["berik", "Berik Sadykov", "ru", None],
                                           ["abisheva", "A. Abisheva", "ru", None]])
    one("trainers-missing-id", "Trainers", [trainers, [None, "Aigul Abisheva", "kk", "6h"]])
    one("trainers-no-id-column", "Trainers", [["name", "languages"], ["Aigul Abisheva", "kk"]])
    one("trainers-bad-id", "Trainers", [trainers, ["Aigul Abisheva", "Aigul Abisheva", "kk", "6h"]])
    rooms = ["venue", "room", "capacity"]
    one("rooms-formula-error", "Rooms", [rooms, ["school-1", "hall", ("e", "#REF!")]])
    one("rooms-formula-not-calculated", "Rooms", [rooms, ["school-1", "hall", ("f", "SUM(D2:D9)")]])
    one("rooms-capacity-in-words", "Rooms", [rooms, ["school-1", "hall", "hundred"]])
    one("rooms-no-venue", "Rooms", [rooms, ["school-1", "hall", 120], [None, "room-12", 30]])
    one("rooms-two-towns", "Rooms", [["venue", "town", "room"], ["school-1", "Taraz", "hall"], ["school-1", "Shymkent", "room-12"]])
    sessions = ["session", "title", "duration", "groups", "pin day"]
    one("sessions-duration-without-unit", "Sessions", [sessions, ["opening", "Opening plenary", 90, "teachers", None]])
    one("sessions-bad-date", "Sessions", [sessions, ["opening", "Opening plenary", "1h", "teachers", "14/10/2024"]])
    one("sessions-unknown-group", "Sessions", [sessions, ["opening", "Opening plenary", "1h", "teacher", None]])
    one("sessions-bad-kind", "Sessions", [["session", "kind"], ["opening", "speech"]])
    one("sessions-off-grid", "Sessions", [sessions, ["opening", "Opening plenary", "45m", "teachers", None]])
    one("sessions-pin-not-a-forum-day", "Sessions", [sessions, ["opening", "Opening plenary", "1h", "teachers", "2026-03-09"]])
    one("sessions-pool-unfillable", "Sessions", [["session", "pool count", "pool skills"], ["assessment", 3, "assessment"]])
    one("groups-size-negative", "Groups", [["group", "size"], ["teachers", -5]])
    with open(f"{ROOT}/broken/not-a-workbook.xlsx", "w") as f:
        f.write("session,title\nopening,Opening\n")


if __name__ == "__main__":
    excel_shaped()
    broken()
