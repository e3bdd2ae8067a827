import CSV
import Foundation

/// Writes tables as RFC 4180 CSV text (quoted where needed, CRLF line ends, final line end).
public enum CSVTable {
    /// The header row followed by `rows`, every field quoted only when it must be.
    public static func encode(header: [String], rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        // Writing to an in-memory stream cannot fail.
        let writer = try! CSVWriter(stream: stream, newline: .crlf)
        try! writer.write(row: header)
        for row in rows { try! writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }
}
