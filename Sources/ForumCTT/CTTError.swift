/// A `.ctt` instance or ITC solution file that cannot be read, with the line at fault.
public struct CTTError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line number (0 when the problem concerns the whole file).
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line > 0 ? "\(file):\(line): error: \(message)" : "\(file): error: \(message)"
    }
}
