import Testing
@testable import ForumModel

@Suite struct YAMLShapeScannerTests {
    @Test(arguments: [
        "title: \"Note *important* [draft\"\n",
        "title: 'it''s *fine* {'\n",
        "title: Note *important* and [brackets\n",
        "notes: |\n  * first item\n  * second item [\n    *indented\nnext: 1\n",
        "notes: >\n  *folded* text\n",
        "# a comment with *star and [[[[\nkey: value # trailing *comment\n",
        "list: [a*b, \"*\", '*', c]\n",
        "map: {a: \"x*\", b: 'y'}\n",
        "anchor: &defaults {a: 1}\n",
        "- - a\n  - b\n- c\n",
        "multi: \"line one\n  *line two*\"\n"
    ])
    func acceptsOrdinaryYAML(text: String) {
        #expect(YAMLShapeScanner.scan(text) == nil)
    }

    @Test func findsAliasesInEveryPosition() {
        #expect(YAMLShapeScanner.scan("a: *x\n") == .init(kind: .alias, line: 1, column: 4))
        #expect(YAMLShapeScanner.scan("a: [1, *x]\n") == .init(kind: .alias, line: 1, column: 8))
        #expect(YAMLShapeScanner.scan("list:\n  - *x\n") == .init(kind: .alias, line: 2, column: 5))
        #expect(YAMLShapeScanner.scan("*x : 1\n") == .init(kind: .alias, line: 1, column: 1))
        #expect(YAMLShapeScanner.scan("a: {k: *x}\n") == .init(kind: .alias, line: 1, column: 8))
    }

    @Test func measuresNestingAcrossFlowAndBlock() {
        let ok = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(YAMLShapeScanner.scan("a: " + ok) == nil)
        let deep = String(repeating: "[", count: 65)
        #expect(YAMLShapeScanner.scan(deep)?.kind == .tooDeep)
        #expect(YAMLShapeScanner.scan("título: " + deep)?.column == 72) // the key is level 1, so the 64th bracket is one too many
    }
}
