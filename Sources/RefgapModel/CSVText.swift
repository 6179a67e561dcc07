/// CSV as refgap writes it (gaps.csv, targets.csv, rejects/<input>.csv): one place for the rules, used
/// by the reports and by ingest, which writes the rejected rows of a large export as it reads them.
package enum CSVText {
    /// A cell: quoted when it holds a delimiter, quote or line break; a leading `=`, `+`, `-`, `@`, tab
    /// or CR gets a `'` so a spreadsheet shows it instead of running it. Decided on the UTF-8 bytes (a
    /// CRLF is one Character to Swift, equal neither to "\r" nor "\n"); quotes are doubled per Unicode
    /// scalar (a quote that carries a combining mark is still a quote).
    package static func cell(_ s: String) -> String {
        let (formula, quote) = needs(s)
        guard formula || quote else { return s }
        let v = formula ? "'" + s : s
        guard quote else { return v }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for u in v.unicodeScalars {
            out.append(u)
            if u == "\"" { out.append("\"") }
        }
        out.append("\"")
        return String(out)
    }

    /// Whether a cell needs the `'` before a formula character, and quotes.
    package static func needs(_ s: String) -> (formula: Bool, quote: Bool) {
        // The bytes read in place where the string has them so (native strings): walking `utf8` as a
        // collection cost ~300 instructions a cell, and the CSV outputs write hundreds of thousands.
        if let n = s.utf8.withContiguousStorageIfAvailable(needs(bytes:)) { return n }
        var copy = s
        return copy.withUTF8(needs(bytes:))
    }

    private static func needs(bytes: UnsafeBufferPointer<UInt8>) -> (formula: Bool, quote: Bool) {
        guard let first = bytes.first, let last = bytes.last else { return (false, false) }
        let formula = first == 0x3D || first == 0x2B || first == 0x2D || first == 0x40 || first == 0x09 || first == 0x0D
        var quote = first == 0x20 || last == 0x20
        if !quote {
            for b in bytes where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
                quote = true
                break
            }
        }
        return (formula, quote)
    }

    /// A cell appended as UTF-8: the bytes of `cell(s)`, written straight into `out` (the rejects of a
    /// large export are long rows, and making each quoted cell a String a scalar at a time was ~2% of a
    /// million-row run). A quote's byte, 0x22, is never part of another character's UTF-8, so
    /// doubling the byte doubles the scalar.
    package static func append(_ s: String, into out: inout [UInt8]) {
        let n = needs(s)
        guard n.quote else {
            if n.formula { out.append(0x27) }
            if s.utf8.withContiguousStorageIfAvailable({ out.append(contentsOf: $0) }) == nil { out += s.utf8 }
            return
        }
        out.append(0x22)
        if n.formula { out.append(0x27) }
        for b in s.utf8 {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    /// `append(_:into:)` for a cell given as its UTF-8 bytes: the same rules on the same bytes.
    package static func append(utf8 bytes: [UInt8], into out: inout [UInt8]) {
        let n = bytes.withUnsafeBufferPointer(needs(bytes:))
        guard n.quote else {
            if n.formula { out.append(0x27) }
            out += bytes
            return
        }
        out.append(0x22)
        if n.formula { out.append(0x27) }
        for b in bytes {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
    }

    /// A row: cells comma-separated, then a line feed.
    package static func appendRow(_ cells: [String], into out: inout [UInt8]) {
        for (i, c) in cells.enumerated() {
            if i > 0 { out.append(0x2C) }
            append(c, into: &out)
        }
        out.append(0x0A)
    }
}
