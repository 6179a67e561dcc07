/// A report table's rows as one piece of text, made in plain Swift and inserted by the templates with
/// `{{{body}}}`: a table can hold tens of thousands of rows, and a Mustache section per row and per
/// cell (a name lookup, a cast and an escape call each) cost more than the rest of the report.
/// Being raw in the template, every cell's text is escaped here, as the template would have.
enum TableBody {
    /// `| a | b |` per row, each cell through `Escape.markdownCell`, lines joined by `\n` (the
    /// template adds the last line break).
    static func markdown(_ rows: [ReportModel.Row]) -> String {
        lines(rows, bytesPerCell: 16) { row, out in
            out += "| "
            for (c, cell) in row.cells.enumerated() {
                if c > 0 { out += " | " }
                out += Escape.markdownCell(cell.text)
            }
            out += " |"
        }
    }

    /// `<tr><td class="num gap">12.5</td>…</tr>` per row, text and class through `Escape.xml`, lines
    /// joined by `\n` (the template adds the last line break).
    static func html(_ rows: [ReportModel.Row]) -> String {
        lines(rows, bytesPerCell: 40) { row, out in
            out += "<tr>"
            for cell in row.cells {
                out += "<td class=\""
                appendClass(of: cell, to: &out)
                out += "\">"
                out += Escape.xml(cell.text)
                out += "</td>"
            }
            out += "</tr>"
        }
    }

    /// Each row's line as `line` writes it, joined by `\n`.
    private static func lines(
        _ rows: [ReportModel.Row], bytesPerCell: Int, _ line: (ReportModel.Row, inout String) -> Void
    ) -> String {
        var out = ""
        out.reserveCapacity(rows.count * (rows.first.map { bytesPerCell * $0.cells.count } ?? 0))
        for (r, row) in rows.enumerated() {
            if r > 0 { out += "\n" }
            line(row, &out)
        }
        return out
    }

    /// `num` for a figure, then the status tone (`gap`, `ok`, `warn`), space-separated; empty if neither.
    static func appendClass(of cell: ReportModel.Cell, to out: inout String) {
        if cell.numeric { out += "num" }
        guard !cell.tone.isEmpty else { return }
        if cell.numeric { out += " " }
        out += Escape.xml(cell.tone)
    }
}
