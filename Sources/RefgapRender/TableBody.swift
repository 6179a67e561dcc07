/// A report table's rows, made in plain Swift and written where the template put `{{{body}}}`: a table
/// can hold tens of thousands of rows, and a Mustache section per row and per cell (a name lookup, a
/// cast and an escape call each) cost more than the rest of the report.
/// Being raw in the template, every cell's text is escaped here, as the template would have.
///
/// The template renders `marker` in each body's place and `write` hands the report to the writer with
/// the rows made between its pieces, a slice at a time: a million-row export's gap report holds 4 MB
/// of rows, which stood whole in memory twice (as rows, then in the rendered text) until written.
enum TableBody {
    enum Format {
        /// `| a | b |` per row, each cell through `Escape.markdownCell`.
        case markdown
        /// `<tr><td class="num gap">12.5</td>…</tr>` per row, text and class through `Escape.xml`.
        case html
    }

    /// What the templates render in each table body's place. Every string a report takes from the
    /// inputs goes through `Escape.markdown` or `Escape.xml`, which drop control characters, so no
    /// input can spell it.
    static let marker = "\u{1}refgap-table-body\u{1}"

    /// The size of the slices handed to the writer (a slice of rows ends after the row that reaches it).
    static let sliceBytes = 1 << 18

    /// `rendered` (a template's output, with `marker` in each table body's place) to `sink` in slices,
    /// with `bodies[k]`'s rows in the place of the k-th marker. A marker with no body left (none is
    /// expected) is written as it is.
    static func write(
        _ rendered: [UInt8], bodies: [[ReportModel.Row]], as format: Format, to sink: ([UInt8]) -> Void
    ) {
        let marker = Array(Self.marker.utf8)
        var start = 0, k = 0
        while k < bodies.count, let at = find(marker, in: rendered, from: start) {
            slices(rendered[start..<at], sink)
            rows(bodies[k], as: format, to: sink)
            k += 1
            start = at + marker.count
        }
        slices(rendered[start...], sink)
    }

    /// The rows' lines joined by `\n` (the template adds the last line break), to `sink` a slice at a time.
    /// Made as bytes: a large program's report has tens of thousands of rows, and appending the short
    /// pieces of a row to a String cost ten times as much as to a byte array.
    /// Into a `ByteBuffer`, as run.json: an array's append checked its storage's uniqueness, through
    /// a call, for every tag and cell.
    static func rows(_ rows: [ReportModel.Row], as format: Format, to sink: ([UInt8]) -> Void) {
        let perRow = (format == .html ? 40 : 16) * (rows.first?.cells.count ?? 0)
        var out = ByteBuffer(capacity: min(sliceBytes, rows.count * perRow) + 1024)
        for r in rows.indices {
            if r > 0 { out.append(0x0A) }
            switch format {
            case .markdown: markdownLine(rows[r], &out)
            case .html: htmlLine(rows[r], &out)
            }
            if out.count >= sliceBytes {
                sink(out.array)
                out.removeAll()
            }
        }
        if !out.isEmpty { sink(out.array) }
    }

    /// The rows' lines as one string (for tests and small tables).
    static func markdown(_ rows: [ReportModel.Row]) -> String { text(rows, .markdown) }
    static func html(_ rows: [ReportModel.Row]) -> String { text(rows, .html) }

    private static func text(_ rows: [ReportModel.Row], _ format: Format) -> String {
        var bytes: [UInt8] = []
        Self.rows(rows, as: format) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func markdownLine(_ row: ReportModel.Row, _ out: inout ByteBuffer) {
        append("| ", to: &out)
        for (c, cell) in row.cells.enumerated() {
            if c > 0 { append(" | ", to: &out) }
            Escape.appendMarkdownCell(cell.text, to: &out)
        }
        append(" |", to: &out)
    }

    private static func htmlLine(_ row: ReportModel.Row, _ out: inout ByteBuffer) {
        append("<tr>", to: &out)
        for cell in row.cells {
            append("<td class=\"", to: &out)
            if cell.numeric { append("num", to: &out) }
            if !cell.tone.isEmpty {
                if cell.numeric { out.append(0x20) }
                Escape.appendXML(cell.tone, to: &out)
            }
            if !cell.numeric && hasLongWord(cell.text) { append(cell.tone.isEmpty ? "long" : " long", to: &out) }
            append("\">", to: &out)
            Escape.appendXML(cell.text, to: &out)
            append("</td>", to: &out)
        }
        append("</tr>", to: &out)
    }

    /// Whether `text` holds a run of 30 characters or more without a space (a URL, a pasted id): its
    /// cell may break it anywhere (`td.long`), or a trial's need named by a URL pushed the table's
    /// figures off the page. Other cells keep their words whole.
    static func hasLongWord(_ text: String) -> Bool {
        // Over the bytes in place (every cell of the reports is asked).
        guard text.utf8.count >= 30 else { return false }
        return Escape.withBytes(text) { bytes in
            var run = 0
            for b in bytes {
                if b == 0x20 || b == 0x09 || b == 0x0A {
                    run = 0
                } else if b & 0xC0 != 0x80 {
                    run += 1
                    if run >= 30 { return true }
                }
            }
            return false
        }
    }

    @inline(__always)
    private static func append(_ literal: StaticString, to out: inout ByteBuffer) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// `bytes` to `sink` in slices of at most `sliceBytes`.
    private static func slices(_ bytes: ArraySlice<UInt8>, _ sink: ([UInt8]) -> Void) {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = Swift.min(bytes.endIndex, start + sliceBytes)
            sink(Array(bytes[start..<end]))
            start = end
        }
    }

    /// The first index at or after `from` where `needle` starts in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            guard let at = haystack[i...last].firstIndex(of: first) else { return nil }
            if haystack[at..<at + needle.count].elementsEqual(needle) { return at }
            i = at + 1
        }
        return nil
    }
}
