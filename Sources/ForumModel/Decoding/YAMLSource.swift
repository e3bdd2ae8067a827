import Foundation
import Yams

/// Turns the bytes or text of a YAML file into a Yams node tree, or into diagnostics that say where
/// and why it could not — without ever crashing or hanging on hostile input.
enum YAMLSource {
    /// Largest file accepted; real plans are far smaller, and this keeps memory and time bounded.
    static let maxBytes = 20 * 1024 * 1024

    /// Reads a file and composes it; every failure is a diagnostic naming the file.
    static func compose(contentsOf url: URL, displayPath: String) throws(PlanErrors) -> Node {
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            throw PlanErrors([
                Diagnostic(
                    location: nil, message: "\(displayPath): cannot read the file (\(reason))",
                    hint: "Check the path; it is relative to the current folder.")
            ])
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw PlanErrors([
                Diagnostic(
                    location: nil, message: "\(displayPath): is not a regular file",
                    hint: "Give the path of a YAML file, not a folder or device.")
            ])
        }
        guard Int(info.st_size) <= maxBytes else { throw tooLarge(displayPath, bytes: Int(info.st_size)) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw PlanErrors([
                Diagnostic(
                    location: nil, message: "\(displayPath): cannot read the file (\((error as NSError).localizedDescription))",
                    hint: "Check that the file exists and is readable.")
            ])
        }
        return try compose(data: data, file: displayPath)
    }

    /// Decodes UTF-8 bytes and composes them.
    static func compose(data: Data, file: String) throws(PlanErrors) -> Node {
        guard data.count <= maxBytes else { throw tooLarge(file, bytes: data.count) }
        guard let text = String(validating: data, as: UTF8.self) else {
            let bad = firstInvalidUTF8(in: data) ?? 0
            throw PlanErrors([
                Diagnostic(
                    location: location(ofByte: bad, in: data, file: file),
                    message: "the file is not valid UTF-8 text (byte \(bad + 1))",
                    hint: "Save the file as UTF-8; plan files are YAML text, not binary or legacy encodings.")
            ])
        }
        return try compose(text: text, file: file)
    }

    /// Composes YAML text into a node tree.
    static func compose(text: String, file: String) throws(PlanErrors) -> Node {
        let size = text.utf8.count
        guard size <= maxBytes else { throw tooLarge(file, bytes: size) }
        if let problem = YAMLShapeScanner.scan(text) {
            let location = SourceLocation(file: file, line: problem.line, column: problem.column)
            switch problem.kind {
            case .tooDeep:
                throw PlanErrors([
                    Diagnostic(
                        location: location, message: "the YAML nests deeper than \(YAMLShapeScanner.maxDepth) levels",
                        hint: "Plan files need only a few levels of nesting; look for unclosed '[' or '{' or runaway indentation.")
                ])
            case .alias:
                throw PlanErrors([
                    Diagnostic(
                        location: location, message: "YAML aliases (*name) are not supported in plan files",
                        hint:
                            "Write the value out in full (aliases can make a small file expand without bound); if this is text, put the whole value in quotes."
                    )
                ])
            }
        }
        let node: Node?
        do {
            // The basic resolver tags every scalar as text: values are read from their exact spelling
            // (`09:00` stays a time, not a base-60 number), and no regex runs per scalar.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw PlanErrors([diagnostic(for: error, text: text, file: file)])
        } catch {
            throw PlanErrors([
                Diagnostic(
                    location: SourceLocation(file: file, line: 1, column: 1),
                    message: "cannot read the YAML (\(error))")
            ])
        }
        guard let node, !(node.scalar.map { $0.string.isEmpty && $0.style == .plain } ?? false) else {
            throw PlanErrors([
                Diagnostic(
                    location: SourceLocation(file: file, line: 1, column: 1), message: "the file is empty",
                    hint: "Start from examples/minimal.yaml or the example in docs/plan-format.md.")
            ])
        }
        return node
    }

    private static func tooLarge(_ file: String, bytes: Int) -> PlanErrors {
        PlanErrors([
            Diagnostic(
                location: nil,
                message: "\(file): the file is too large (\(bytes / 1024 / 1024) MB; at most \(maxBytes / 1024 / 1024) MB are read)",
                hint: "Check that this is the plan file; a plan with thousands of sessions is still well under 1 MB.")
        ])
    }

    /// Maps a Yams/libyaml error to a diagnostic with the problem's position.
    private static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        let hint = "Check indentation (spaces, not tabs), colons after keys, and closing quotes or brackets."
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let what = context.map { "\($0.text) (line \($0.mark.line)), \(problem)" } ?? problem
            return Diagnostic(location: at(mark), message: "YAML syntax error: \(what)", hint: hint)
        case let .reader(problem, offset, _, _):
            let location = offset.map { locationOf(characterOffset: $0, in: text, file: file) }
            return Diagnostic(
                location: location ?? SourceLocation(file: file, line: 1, column: 1),
                message: "the text cannot be read as YAML: \(problem)",
                hint: "Remove control characters; plan files are plain UTF-8 text.")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(
                location: at(context.mark), message: "duplicate key \(keys) in one mapping",
                hint: "Each key may appear once; merge the two entries or remove one.")
        default:
            return Diagnostic(
                location: SourceLocation(file: file, line: 1, column: 1),
                message: "cannot read the YAML (\(error))", hint: hint)
        }
    }

    private static func locationOf(characterOffset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1
        for ch in text.prefix(characterOffset) {
            if ch == "\n" || ch == "\r\n" {
                line += 1
                column = 1
            } else {
                column += ch.unicodeScalars.count
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    private static func location(ofByte offset: Int, in data: Data, file: String) -> SourceLocation {
        let prefix = data.prefix(offset)
        let line = prefix.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? prefix.startIndex
        let column = prefix[lineStart...].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Offset of the first byte that does not belong to valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
