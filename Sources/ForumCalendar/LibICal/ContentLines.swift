/// RFC 5545 §3.1 line folding of serialized iCalendar text, done here because libical 3.0.16 folds wrongly.
///
/// libical folds each property's text *including* its closing CRLF, so a property whose text ends
/// one octet short of a fold position comes out as `…value CR` CRLF SPACE `LF`: a bare CR and an
/// empty continuation line, both forbidden (seen on 74-octet UIDs). There is no switch to turn its
/// folding off, so ``refold(_:)`` undoes it and folds again. libical's folds are the only CRLF SPACE
/// sequences in its output (TEXT values escape newlines, parameter values cannot hold them), so
/// removing them restores each content line exactly, the broken case included.
enum ContentLines {
    /// Octets per physical line, CRLF not counted.
    static let limit = 75

    /// `text` (libical's output) with every content line unfolded and folded again: CRLF line ends
    /// only, no empty line, at most ``limit`` octets per line, folds only between UTF-8 sequences.
    /// - Throws: ``ICalError`` when a CR or LF is left that does not end a line (libical misbehaved).
    static func refold(_ text: String) throws(ICalError) -> String {
        let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        let folded = Array(text.utf8)
        // Unfold first, on its own: in the broken case the fold sits inside the line's own CRLF.
        var unfolded: [UInt8] = []
        unfolded.reserveCapacity(folded.count)
        var i = 0
        while i < folded.count {
            if folded[i] == cr, i + 2 < folded.count, folded[i + 1] == lf, folded[i + 2] == space {
                i += 3
            } else {
                unfolded.append(folded[i])
                i += 1
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(folded.count)
        var line: [UInt8] = []
        i = 0
        while i < unfolded.count {
            let b = unfolded[i]
            if b == cr, i + 1 < unfolded.count, unfolded[i + 1] == lf {
                guard !line.isEmpty else { throw malformed("an empty line") }
                fold(line, into: &out)
                line.removeAll(keepingCapacity: true)
                i += 2
                continue
            }
            guard b != cr, b != lf else { throw malformed("a bare \(b == cr ? "CR" : "LF")") }
            line.append(b)
            i += 1
        }
        guard line.isEmpty else { throw malformed("a last line without CRLF") }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one content line, folded, each physical line ending with CRLF.
    static func fold(_ line: [UInt8], into out: inout [UInt8]) {
        var start = 0
        var room = limit
        while true {
            var end = min(line.count, start + room)
            // Never end a physical line before a UTF-8 continuation byte (10xxxxxx).
            while end < line.count, end > start + 1, line[end] & 0xC0 == 0x80 { end -= 1 }
            out.append(contentsOf: line[start..<end])
            out.append(contentsOf: [13, 10])
            guard end < line.count else { return }
            out.append(UInt8(ascii: " "))
            start = end
            room = limit - 1
        }
    }

    private static func malformed(_ what: String) -> ICalError {
        ICalError(code: "MALFORMEDDATA", function: "icalcomponent_as_ical_string_r", context: "serialized text has \(what)")
    }
}
