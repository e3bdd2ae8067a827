import Foundation
import ForumTestSupport
import Testing
@testable import ForumModel

/// Hostile input never crashes or hangs the loader: each case ends quickly with a typed, located error.
@Suite(.timeLimit(.minutes(1))) struct MalformedInputTests {
    /// Loads `text` and returns the errors, failing the test if it loads or takes more than a few seconds.
    private func errors(_ text: String, _ comment: Comment) -> PlanErrors? {
        let clock = ContinuousClock()
        var result: PlanErrors? = nil
        let elapsed = clock.measure {
            do {
                _ = try PlanLoader.load(text: text, path: "bad.yaml", baseURL: FileManager.default.temporaryDirectory)
            } catch {
                result = error as? PlanErrors
            }
        }
        #expect(elapsed < hangBound(seconds: 20), "\(comment) took \(elapsed)")
        #expect(result != nil, "\(comment) was accepted or gave an untyped error")
        return result
    }

    private func errors(data: Data, _ comment: Comment) throws -> PlanErrors? {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = URL(fileURLWithPath: "bad.yaml", relativeTo: folder)
        try data.write(to: url)
        do {
            _ = try PlanLoader.load(contentsOf: url)
            Issue.record("\(comment) was accepted")
            return nil
        } catch {
            return error
        }
    }

    @Test func binaryGarbageIsRejected() throws {
        var rng = SplitMix64(seed: 20_191_114)
        for round in 0..<20 {
            let bytes = (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let errors = try errors(data: Data(bytes), "garbage round \(round) (seed 20191114)")
            #expect(errors?.diagnostics.isEmpty == false)
        }
    }

    @Test func invalidUTF8IsLocated() throws {
        let data = Data("forum:\n  id: x\n  title: caf".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        let errors = try errors(data: data, "invalid UTF-8")
        #expect(
            errors?.description == """
                bad.yaml:3:13: error: the file is not valid UTF-8 text (byte 28)
                  hint: Save the file as UTF-8; plan files are YAML text, not binary or legacy encodings.
                """)
    }

    @Test func controlCharactersAreLocated() {
        let e = errors("forum:\n  id: a\u{0}b\n", "NUL byte")
        #expect(e?.diagnostics.first?.location?.line == 2)
    }

    @Test func aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("huge.yaml")
        let line = Data("- {id: s, title: t, duration: 1h}\n".utf8)
        var chunk = Data()
        for _ in 0..<(1 << 15) { chunk.append(line) }
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        while try handle.offset() < 50 * 1024 * 1024 { handle.write(chunk) }
        try handle.close()
        let clock = ContinuousClock()
        var caught: PlanErrors? = nil
        let elapsed = clock.measure {
            do { _ = try PlanLoader.load(contentsOf: url) } catch { caught = error as? PlanErrors }
        }
        #expect(elapsed < hangBound(seconds: 10), "a size check must not read the file")
        #expect(caught?.diagnostics.first?.message.contains("huge.yaml: the file is too large (5") == true)
        let text = String(repeating: "# padding\n", count: 2_200_000)
        #expect(errors(text, "22 MB of text")?.diagnostics.first?.message.contains("too large") == true)
    }

    @Test func deepFlowNestingIsRefusedBeforeParsing() {
        let text = "forum: " + String(repeating: "[", count: 100_000)
        let e = errors(text, "100,000 [")
        #expect(
            e?.description == """
                bad.yaml:1:71: error: the YAML nests deeper than 64 levels
                  hint: Plan files need only a few levels of nesting; look for unclosed '[' or '{' or runaway indentation.
                """)
        #expect(errors(String(repeating: "{a: ", count: 100_000), "100,000 {")?.diagnostics.first?.message.contains("nests deeper") == true)
    }

    @Test func deepBlockNestingIsRefused() {
        let dashes = String(repeating: "- ", count: 50_000) + "x\n"
        #expect(errors(dashes, "50,000 '- '")?.diagnostics.first?.message.contains("nests deeper") == true)
        let indented = (0..<2000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(errors(indented, "2,000 indented keys")?.diagnostics.first?.message.contains("nests deeper") == true)
    }

    @Test func aliasesAreRefused() {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1...9 {
            text += "l\(level): &l\(level) [" + Array(repeating: "*\(level == 1 ? "a" : "l\(level - 1)")", count: 9).joined(separator: ", ") + "]\n"
        }
        text += "? *l9\n: bomb\n"
        let e = errors(text, "billion laughs")
        #expect(
            e?.description == """
                bad.yaml:2:10: error: YAML aliases (*name) are not supported in plan files
                  hint: Write the value out in full (aliases can make a small file expand without bound); if this is text, put the whole value in quotes.
                """)
    }

    @Test func wrongTypesEverywhereAreAllReported() throws {
        let text = """
            forum: {id: [x], title: {a: 1}, time_zone: 5, days: yes, hours: [1], breaks: 3, grid: big, late_after: [], holidays: x}
            venues: {a: 1}
            travel: 7
            trainers: [1, [2], {id: t, name: n, languages: kk, skills: [[a]], availability: [3], max_daily_load: 99h, min_break: -1}]
            groups: [{id: g, size: 1e3}, {id: h, size: 99999999999999999999}]
            sessions: [{id: s, title: t, duration: [1h], groups: g, pool: 3, repeats: {count: 0}, sections: [], pin: {day: 5, start: x}, locked: maybe}]
            constraints: [room-capacity]
            """
        let e = errors(text, "wrong types")
        let count = e?.diagnostics.count ?? 0
        #expect(count >= 25, "only \(count) diagnostics:\n\(e?.description ?? "")")
        #expect(e?.diagnostics.allSatisfy { $0.location != nil && $0.hint != nil } == true)
    }

    @Test func thousandsOfBadReferencesAreReportedQuicklyAndBounded() {
        var text = "forum: {id: f, title: F, time_zone: Asia/Almaty, days: [2026-03-02], hours: {start: '09:00', end: '17:00'}}\n"
        text += "venues: [{id: v, rooms: [{id: r, capacity: 10}]}]\ngroups:\n"
        for g in 0..<3000 { text += "  - {id: group-number-\(g), size: 5}\n" }
        text += "sessions:\n"
        for s in 0..<3000 { text += "  - {id: s\(s), title: T, duration: 1h, groups: [group-numbr-\(s)]}\n" }
        let e = errors(text, "3,000 typos among 3,000 groups")
        #expect(e?.diagnostics.count == DiagnosticLog.limit + 1)
        #expect(e?.diagnostics.first?.message == "bad.yaml: stopped after 500 errors (2500 more not shown)")
        #expect(e?.diagnostics[1].hint == "Did you mean 'group-number-0'?")
        #expect(e?.diagnostics.last?.hint?.hasPrefix("Known groups: group-number-0, group-number-1, ") == true)
    }

    @Test func nonMappingDocumentsAreRejected() {
        for text in ["just text", "- a\n- b", "42", "~", "---\n...\n", "forum: x\n---\nforum: y\n"] {
            #expect(errors(text, "document \(text.debugDescription)")?.diagnostics.isEmpty == false)
        }
    }

    @Test func randomMutationsOfAValidPlanNeverCrash() throws {
        let valid = try String(contentsOf: Fixtures.folder.appendingPathComponent("valid/minimal.yaml"), encoding: .utf8)
        let bytes = Array(valid.utf8)
        let alphabet = Array("[]{}:-,#&*!|>'\"\n \t0aZ".utf8)
        var rng = SplitMix64(seed: 7)
        for round in 0..<300 {
            var mutated = bytes
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let at = Int(rng.next() % UInt64(mutated.count))
                mutated[at] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
            }
            let text = String(decoding: mutated, as: UTF8.self)
            do {
                _ = try PlanLoader.load(text: text, path: "m.yaml", baseURL: Fixtures.folder)
            } catch {
                #expect(!error.diagnostics.isEmpty, "round \(round), seed 7")
            }
        }
    }
}
