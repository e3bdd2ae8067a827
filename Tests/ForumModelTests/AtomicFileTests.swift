import Foundation
import Testing
import ForumModel

/// Several files written as one publication: all new versions are on disk before any old one is replaced.
@Suite struct AtomicFileTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func leftovers(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }.sorted()
    }

    @Test func writesChangedFilesAndLeavesUnchangedOnesAlone() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = (0..<150).map { (url: dir.appendingPathComponent("f\($0).txt"), data: Data("file \($0)\n".utf8)) }
        #expect(try AtomicFile.writeAll(items) == Array(repeating: true, count: 150))
        let stamp = try FileManager.default.attributesOfItem(atPath: items[7].url.path)[.modificationDate] as? Date
        var next = items
        next[7].data = Data("file 7\n".utf8)
        next[99].data = Data("changed\n".utf8)
        let changed = try AtomicFile.writeAll(next)
        #expect(changed.enumerated().filter(\.element).map(\.offset) == [99])
        #expect(try String(contentsOf: items[99].url, encoding: .utf8) == "changed\n")
        #expect(try FileManager.default.attributesOfItem(atPath: items[7].url.path)[.modificationDate] as? Date == stamp)
        #expect(try leftovers(dir).isEmpty)
    }

    @Test func aFailedWriteReplacesNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = (0..<100).map { (url: dir.appendingPathComponent("f\($0).txt"), data: Data("old \($0)\n".utf8)) }
        _ = try AtomicFile.writeAll(items)
        var next = items.map { (url: $0.url, data: Data("new\n".utf8)) }
        next[80].url = dir.appendingPathComponent("missing-folder/f80.txt")
        #expect(throws: FileWriteError.self) { try AtomicFile.writeAll(next) }
        for (i, item) in items.enumerated() where i != 80 {
            #expect(try String(contentsOf: item.url, encoding: .utf8) == "old \(i)\n", "f\(i).txt was replaced")
        }
        #expect(try leftovers(dir).isEmpty)
    }

    @Test func stoppingReplacesNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let items = (0..<200).map { (url: dir.appendingPathComponent("f\($0).txt"), data: Data("new \($0)\n".utf8)) }
        var asked = 0
        #expect(throws: WriteStopped.self) {
            try AtomicFile.writeAll(
                items,
                shouldStop: {
                    asked += 1
                    return asked == 2
                })
        }
        #expect(asked == 2, "asked once per batch of 64 until it said stop")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
