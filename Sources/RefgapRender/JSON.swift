import RefgapModel

/// A JSON value with ordered keys, written deterministically. Not `indirect`: the arrays that nest
/// values already live on the heap, and boxing every case cost a heap allocation per number and string
/// (run.json of a 100k-row export: 11.3 → 6.8 ms).
package enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case int(Int)
    case string(String)
    case array([JSON])
    /// An array of `count` elements, each made by `element(i)` as it is written and let go after:
    /// a report's long lists (buckets, targets, contacts) never stand in memory as a whole tree.
    case elements(Int, @Sendable (Int) -> JSON)
    /// As `elements`, but each element writes its own bytes (`JSONFields`) at the depth it is given:
    /// no value is made for it at all. For the longest lists, whose elements are many small values.
    case written(Int, @Sendable (Int, inout Output, _ depth: Int) -> Void)
    case object([(String, JSON)])
    /// A value made when it is written, not before: the parts of run.json that need the recruiting
    /// plan, which is still being made while the parts before them are written (`Background`).
    case later(@Sendable () -> JSON)

    package static func == (a: JSON, b: JSON) -> Bool { a.text() == b.text() }

    package func text() -> String {
        var out = Output()
        write(into: &out, depth: 0)
        return String(decoding: out.pieces.joined(), as: UTF8.self)
    }

    /// The value as a file: its UTF-8 bytes and a final newline, in pieces of about 256 KiB.
    package func document() -> [[UInt8]] {
        var out = Output()
        write(into: &out, depth: 0)
        out.bytes.append(0x0A)
        return out.pieces
    }

    /// The value as a file handed to `sink` a piece of about 256 KiB at a time, as it is made: a long
    /// run.json never stands whole in memory. The same bytes as `document()`.
    package func stream(_ sink: ([UInt8]) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var out = Output(sink: sink)
            write(into: &out, depth: 0)
            out.bytes.append(0x0A)
            sink(out.bytes.array)
        }
    }

    /// Bytes written so far. Appending small pieces to a byte buffer costs far less than to a String;
    /// a full piece is set aside (or handed to the sink) and a new one begun, so a long document is
    /// never copied as it grows.
    package struct Output: ~Copyable {
        static let pieceSize = 1 << 18
        var done: [[UInt8]] = []
        var bytes: ByteBuffer
        var sink: (([UInt8]) -> Void)? = nil

        /// A document's output, in pieces of about `pieceSize` (handed to `sink` when there is one).
        init(sink: (([UInt8]) -> Void)? = nil) {
            bytes = ByteBuffer(capacity: Output.pieceSize + (Output.pieceSize >> 4))
            self.sink = sink
        }

        /// A small output (one value's bytes), in one piece.
        init(capacity: Int) { bytes = ByteBuffer(capacity: capacity) }

        /// Called between array elements: begins a new piece once this one is full.
        mutating func mayBreak() {
            guard bytes.count >= Output.pieceSize else { return }
            if let sink {
                sink(bytes.array)
            } else {
                done.append(bytes.array)
            }
            bytes.removeAll()
        }
        var pieces: [[UInt8]] { bytes.isEmpty ? done : done + [bytes.array] }
        /// Byte by byte: the literals are one to five bytes, for which a bulk append costs more.
        mutating func literal(_ s: StaticString) {
            s.withUTF8Buffer { for b in $0 { bytes.append(b) } }
        }
        /// A line break and two spaces per level: one copy from a line of spaces (every value of run.json
        /// starts with one).
        mutating func newline(depth: Int) {
            let count = 1 + 2 * depth
            Output.indents.withUTF8Buffer { line in
                guard count <= line.count else {
                    bytes.append(contentsOf: line)
                    bytes.appendSpaces(count - line.count)
                    return
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: line[..<count]))
            }
        }
        static let indents: StaticString = "\n                                "
    }

    func write(into out: inout Output, depth: Int) {
        switch self {
        case .null: out.literal("null")
        case .bool(let b): out.literal(b ? "true" : "false")
        case .number(let d): Format.appendPlain(d, into: &out.bytes)
        case .int(let i): Format.appendInteger(i, into: &out.bytes)
        case .string(let s): JSON.quote(s, into: &out.bytes)
        case .array(let items):
            // Elements written in place, by index: not copied out (and retained) one by one.
            JSON.writeItems(items.count, object: false, into: &out, depth: depth) { i, out in
                items[i].write(into: &out, depth: depth + 1)
            }
        case .elements(let count, let element):
            JSON.writeItems(count, object: false, into: &out, depth: depth) { i, out in
                element(i).write(into: &out, depth: depth + 1)
            }
        case .written(let count, let element):
            JSON.writeItems(count, object: false, into: &out, depth: depth) { i, out in
                element(i, &out, depth + 1)
            }
        case .object(let pairs):
            JSON.writeItems(pairs.count, object: true, into: &out, depth: depth) { i, out in
                JSON.quote(pairs[i].0, into: &out.bytes)
                out.literal(": ")
                pairs[i].1.write(into: &out, depth: depth + 1)
            }
        case .later(let make): make().write(into: &out, depth: depth)
        }
    }

    /// `[…]` or `{…}` (`[]` or `{}` when empty): each item on a line of its own one level deeper, commas
    /// between. After an array's item a new piece may begin (arrays hold the long lists).
    private static func writeItems(
        _ count: Int, object: Bool, into out: inout Output, depth: Int, _ item: (Int, inout Output) -> Void
    ) {
        let close = object ? UInt8(ascii: "}") : UInt8(ascii: "]")
        out.bytes.append(object ? UInt8(ascii: "{") : UInt8(ascii: "["))
        if count == 0 {
            out.bytes.append(close)
            return
        }
        for i in 0..<count {
            out.newline(depth: depth + 1)
            item(i, &out)
            if i + 1 < count { out.bytes.append(0x2C) }
            if !object { out.mayBreak() }
        }
        out.newline(depth: depth)
        out.bytes.append(close)
    }

    /// A JSON string literal; `<`, `>` and `&` escaped too, so the text is inert inside HTML.
    static func quote<Sink: ByteSink & ~Copyable>(_ s: String, into out: inout Sink) {
        out.append(0x22)
        // A native string's bytes are read in place; any other is copied to native first.
        if s.utf8.withContiguousStorageIfAvailable({ quoteBody($0, into: &out) }) == nil {
            var text = s
            text.withUTF8 { quoteBody($0, into: &out) }
        }
        out.append(0x22)
    }

    /// A JSON string literal of UTF-8 bytes (a `DealID`'s, read in place), escaped as `quote(_:into:)`.
    static func quote<Sink: ByteSink & ~Copyable>(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout Sink) {
        out.append(0x22)
        quoteBody(bytes, into: &out)
        out.append(0x22)
    }

    /// The bytes of a string literal between its quotes.
    private static func quoteBody<Sink: ByteSink & ~Copyable>(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout Sink)
    {
        // Most strings need no escape: copied whole. (U+2028 and U+2029 start with byte 0xE2.)
        var clean = true
        for b in bytes where escapeClass(b) != 0 {
            clean = false
            break
        }
        if clean {
            out.append(contentsOf: bytes)
            return
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            switch escapeClass(b) {
            case 0: out.append(b)
            case 1:
                switch b {
                case 0x22: appendEscape(0x22, into: &out)
                case 0x5C: appendEscape(0x5C, into: &out)
                case 0x0A: appendEscape(UInt8(ascii: "n"), into: &out)
                case 0x0D: appendEscape(UInt8(ascii: "r"), into: &out)
                case 0x09: appendEscape(UInt8(ascii: "t"), into: &out)
                default: appendUnicodeEscape(UInt32(b), into: &out)
                }
            default:
                // 0xE2: U+2028 and U+2029 (E2 80 A8, E2 80 A9) are escaped, other characters copied.
                if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    appendUnicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    i += 3
                    continue
                }
                out.append(b)
            }
            i += 1
        }
    }

    /// Per byte: 0 copied as it is, 1 escaped (controls, quote, backslash, and `<`, `>`, `&` so the
    /// JSON can sit inside HTML), 2 the first byte of U+2028 or U+2029 maybe. Bytes below 0x40 are
    /// looked up in a 64-bit mask.
    @inline(__always)
    private static func escapeClass(_ b: UInt8) -> UInt8 {
        // Bits 0–31 (controls), 0x22 ("), 0x26 (&), 0x3C (<), 0x3E (>).
        let low: UInt64 = 0x0000_0000_FFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
        if b < 0x40 { return UInt8(truncatingIfNeeded: (low >> UInt64(b)) & 1) }
        if b == 0x5C { return 1 }
        return b == 0xE2 ? 2 : 0
    }

    /// A backslash and `letter`.
    private static func appendEscape<Sink: ByteSink & ~Copyable>(_ letter: UInt8, into out: inout Sink) {
        out.append(0x5C)
        out.append(letter)
    }

    private static func appendUnicodeEscape<Sink: ByteSink & ~Copyable>(_ v: UInt32, into out: inout Sink) {
        let hex = Array("0123456789abcdef".utf8)
        appendEscape(UInt8(ascii: "u"), into: &out)
        for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
    }
}

/// Rows to CSV text: a header, escaped cells, LF line ends.
package struct CSVTable {
    package var header: [String]
    package var rows: [[CSVCell]] = []
    package init(header: [String]) { self.header = header }

    package enum CSVCell {
        case text(String)
        case number(Double)
        case int(Int)
    }

    /// The table as UTF-8 bytes: cells that need no escaping are copied as they are.
    package var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * (rows.count + 1))
        CSVTable.append(header.map { .text($0) }, into: &out)
        for row in rows { CSVTable.append(row, into: &out) }
        return out
    }

    /// One line of a table.
    package static func append(_ row: [CSVCell], into out: inout [UInt8]) {
        var line = Line()
        for cell in row {
            switch cell {
            case .text(let s): line.text(s, into: &out)
            case .number(let d): line.number(d, into: &out)
            case .int(let n): line.int(n, into: &out)
            }
        }
        line.end(&out)
    }

    /// A line written cell by cell, for a file too long to make an array of cells per row: a comma
    /// before every cell but the first, the line break at `end`.
    package struct Line {
        private var started = false
        package init() {}

        package mutating func text(_ s: String, into out: inout [UInt8]) {
            separate(&out)
            CSVText.append(s, into: &out)
        }
        /// A text cell given as its UTF-8 bytes (a cell joined from several strings).
        package mutating func text(utf8 bytes: [UInt8], into out: inout [UInt8]) {
            separate(&out)
            CSVText.append(utf8: bytes, into: &out)
        }
        package mutating func number(_ d: Double, into out: inout [UInt8]) {
            separate(&out)
            Format.appendPlain(d, into: &out)
        }
        package mutating func int(_ n: Int, into out: inout [UInt8]) {
            separate(&out)
            Format.appendInteger(n, into: &out)
        }
        package mutating func end(_ out: inout [UInt8]) {
            out.append(0x0A)
            started = false
        }
        private mutating func separate(_ out: inout [UInt8]) {
            if started { out.append(0x2C) }
            started = true
        }
    }

    package var text: String { String(decoding: bytes, as: UTF8.self) }
}
