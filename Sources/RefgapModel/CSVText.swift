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
        let bytes = s.utf8
        let formula =
            bytes.first.map { $0 == 0x3D || $0 == 0x2B || $0 == 0x2D || $0 == 0x40 || $0 == 0x09 || $0 == 0x0D }
            ?? false
        let quote =
            bytes.first == 0x20 || bytes.last == 0x20
            || bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
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
            out += s.utf8
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

    /// A row: cells comma-separated, then a line feed.
    package static func appendRow(_ cells: [String], into out: inout [UInt8]) {
        for (i, c) in cells.enumerated() {
            if i > 0 { out.append(0x2C) }
            append(c, into: &out)
        }
        out.append(0x0A)
    }
}
