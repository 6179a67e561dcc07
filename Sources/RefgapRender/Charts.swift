import RefgapModel

/// Inline SVG charts. Every text from the data goes through ``Escape/xml(_:)``; the markup is
/// XHTML-compatible (it parses as XML) and carries a title and description for screen readers.
enum Charts {
    struct Bar {
        var label: String
        var demand: Double
        var covered: Double
    }

    /// Demand against covered per window, as paired horizontal bars.
    static func demandVersusCovered(_ bars: [Bar]) -> String {
        let width = 640.0, rowHeight = 46.0, left = 90.0, right = 110.0
        let height = Double(bars.count) * rowHeight + 40
        let maxValue = max(bars.map(\.demand).max() ?? 1, 1)
        let scale = (width - left - right) / maxValue
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"bars-title bars-desc\">"
        svg += "<title id=\"bars-title\">Demand and covered references per window</title>"
        svg +=
            "<desc id=\"bars-desc\">"
            + Escape.xml(
                bars.map { "\($0.label) days: demand \(Format.refs($0.demand)), covered \(Format.refs($0.covered))" }
                    .joined(separator: "; ")) + "</desc>"
        for (i, bar) in bars.enumerated() {
            let y = 10 + Double(i) * rowHeight
            svg += "<text x=\"0\" y=\"\(fmt(y + 22))\" font-size=\"13\">" + Escape.xml(bar.label + " days") + "</text>"
            svg +=
                "<rect x=\"\(fmt(left))\" y=\"\(fmt(y))\" width=\"\(fmt(max(bar.demand * scale, 1)))\" height=\"16\" fill=\"#c9c9c4\"/>"
            svg +=
                "<rect x=\"\(fmt(left))\" y=\"\(fmt(y + 18))\" width=\"\(fmt(max(bar.covered * scale, 1)))\" height=\"16\" fill=\"#1b6e3a\"/>"
            svg +=
                "<text x=\"\(fmt(left + bar.demand * scale + 6))\" y=\"\(fmt(y + 13))\" font-size=\"12\">"
                + Escape.xml("demand \(Format.refs(bar.demand))") + "</text>"
            svg +=
                "<text x=\"\(fmt(left + bar.covered * scale + 6))\" y=\"\(fmt(y + 31))\" font-size=\"12\">"
                + Escape.xml("covered \(Format.refs(bar.covered))") + "</text>"
        }
        let ly = height - 14
        svg +=
            "<rect x=\"\(fmt(left))\" y=\"\(fmt(ly - 10))\" width=\"12\" height=\"12\" fill=\"#c9c9c4\"/><text x=\"\(fmt(left + 16))\" y=\"\(fmt(ly))\" font-size=\"12\">demand</text>"
        svg +=
            "<rect x=\"\(fmt(left + 90))\" y=\"\(fmt(ly - 10))\" width=\"12\" height=\"12\" fill=\"#1b6e3a\"/><text x=\"\(fmt(left + 106))\" y=\"\(fmt(ly))\" font-size=\"12\">covered</text>"
        return svg + "</svg>"
    }

    struct Cell {
        var row: String
        var column: String
        var demand: Double
        var covered: Double
    }

    /// The labels to draw, in label order: all of them, or the `max - 1` with the most demand and then
    /// `other (n)` for the rest; and where each label (by its number in `labels`) is drawn.
    private static func kept(_ labels: [String], demand: [Double], max: Int, other: String) -> (
        shown: [String], place: [Int]
    ) {
        func drawn(_ order: [Int]) -> [Int] {
            var place = [Int](repeating: 0, count: labels.count)
            for (k, label) in order.enumerated() { place[label] = k }
            return place
        }
        let all = Array(labels.indices)
        guard labels.count > max else {
            let order = all.sorted { labelOrder(labels[$0], labels[$1]) }
            return (order.map { labels[$0] }, drawn(order))
        }
        let top = all.sorted { a, b in
            demand[a] != demand[b] ? demand[a] > demand[b] : labelOrder(labels[a], labels[b])
        }.prefix(max - 1).sorted { labelOrder(labels[$0], labels[$1]) }
        let folded = "\(other) (\(labels.count - top.count))"
        var place = [Int](repeating: top.count, count: labels.count)
        for (k, label) in top.enumerated() { place[label] = k }
        return (top.map { labels[$0] } + [folded], place)
    }

    /// Each distinct label of `cells` numbered in first-seen order, with its demand summed in the cells'
    /// order: a bucket's labels are hashed once, not joined into a new key string per bucket (13,835
    /// buckets took 13 ms).
    private static func numbered(_ cells: [Cell], _ label: (Cell) -> String) -> (
        labels: [String], demand: [Double], of: [Int]
    ) {
        var number: [String: Int] = [:]
        var labels: [String] = [], demand: [Double] = [], of: [Int] = []
        of.reserveCapacity(cells.count)
        for c in cells {
            let text = label(c)
            let n: Int
            if let known = number[text] {
                n = known
            } else {
                n = labels.count
                number[text] = n
                labels.append(text)
                demand.append(0)
            }
            demand[n] += c.demand
            of.append(n)
        }
        return (labels, demand, of)
    }

    /// Coverage (covered ÷ demand) by two dimensions, red to green, with the figures in each cell.
    /// Past `maxRows` rows or `maxColumns` columns (an export with a free-text column mapped to a
    /// dimension has thousands), the ones with the least demand are folded into one "other" line, so the
    /// chart stays a chart.
    static func heatmap(_ cells: [Cell], rowTitle: String, columnTitle: String, maxRows: Int = 20, maxColumns: Int = 10)
        -> String
    {
        let rowLabels = numbered(cells, \.row), columnLabels = numbered(cells, \.column)
        let (rows, rowAt) = kept(
            rowLabels.labels, demand: rowLabels.demand, max: maxRows, other: "Other \(rowTitle.lowercased())")
        let (columns, columnAt) = kept(
            columnLabels.labels, demand: columnLabels.demand, max: maxColumns,
            other: "Other \(columnTitle.lowercased())")
        guard !rows.isEmpty, !columns.isEmpty else { return "" }
        // Each drawn cell's sums, added in the cells' order.
        var demand = [Double](repeating: 0, count: rows.count * columns.count)
        var covered = demand
        for (k, c) in cells.enumerated() {
            let at = rowAt[rowLabels.of[k]] * columns.count + columnAt[columnLabels.of[k]]
            demand[at] += c.demand
            covered[at] += c.covered
        }
        let left = 170.0, top = 60.0, cw = 92.0, ch = 34.0
        let width = left + Double(columns.count) * cw + 10, height = top + Double(rows.count) * ch + 10
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"heat-title\">"
        svg +=
            "<title id=\"heat-title\">"
            + Escape.xml("Coverage by \(rowTitle) and \(columnTitle): covered references as a share of demand")
            + "</title>"
        svg +=
            "<text x=\"0\" y=\"14\" font-size=\"12\" font-weight=\"bold\">" + Escape.xml("\(rowTitle) × \(columnTitle)")
            + "</text>"
        for (j, col) in columns.enumerated() {
            let x = left + Double(j) * cw + cw / 2
            svg +=
                "<text x=\"\(fmt(x))\" y=\"\(fmt(top - 10))\" font-size=\"11\" text-anchor=\"middle\">"
                + Escape.xml(shorten(col, 14)) + "</text>"
        }
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * ch
            svg +=
                "<text x=\"\(fmt(left - 8))\" y=\"\(fmt(y + ch / 2 + 4))\" font-size=\"11\" text-anchor=\"end\">"
                + Escape.xml(shorten(row, 24)) + "</text>"
            for (j, col) in columns.enumerated() {
                let x = left + Double(j) * cw
                let at = i * columns.count + j
                guard demand[at] > 0 else {
                    svg +=
                        "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(y + 1))\" width=\"\(fmt(cw - 2))\" height=\"\(fmt(ch - 2))\" fill=\"#f3f3f3\"/>"
                    continue
                }
                let share = min(1, covered[at] / demand[at])
                let label = "\(Format.percent(share)) of \(Format.refs(demand[at]))"
                svg +=
                    "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(y + 1))\" width=\"\(fmt(cw - 2))\" height=\"\(fmt(ch - 2))\" fill=\"\(color(share))\">"
                svg +=
                    "<title>"
                    + Escape.xml(
                        "\(Clip.text(row)), \(Clip.text(col)): \(Format.refs(covered[at])) of \(Format.refs(demand[at])) covered"
                    ) + "</title></rect>"
                svg +=
                    "<text x=\"\(fmt(x + cw / 2))\" y=\"\(fmt(y + ch / 2 + 4))\" font-size=\"11\" text-anchor=\"middle\" fill=\"\(share < 0.2 || share > 0.8 ? "#ffffff" : "#1a1a1a")\">"
                    + Escape.xml(label) + "</text>"
            }
        }
        return svg + "</svg>"
    }

    /// Red (no coverage) through amber to green (full coverage), dark enough for white text at the ends.
    static func color(_ share: Double) -> String {
        let stops: [(Double, (Int, Int, Int))] = [(0, (164, 22, 26)), (0.5, (240, 180, 60)), (1, (27, 110, 58))]
        var lower = stops[0], upper = stops[stops.count - 1]
        for k in 0..<(stops.count - 1) where share >= stops[k].0 && share <= stops[k + 1].0 {
            lower = stops[k]
            upper = stops[k + 1]
        }
        let t = upper.0 == lower.0 ? 0 : (share - lower.0) / (upper.0 - lower.0)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        let (r, g, b) = (mix(lower.1.0, upper.1.0), mix(lower.1.1, upper.1.1), mix(lower.1.2, upper.1.2))
        return "#"
            + [r, g, b].map { v in
                let h = String(v, radix: 16)
                return h.count == 1 ? "0" + h : h
            }.joined()
    }

    /// `Any` sorts last; the rest alphabetically.
    static func labelOrder(_ a: String, _ b: String) -> Bool {
        if (a == "Any") != (b == "Any") { return b == "Any" }
        return a.lowercased() < b.lowercased()
    }

    static func shorten(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    static func fmt(_ v: Double) -> String { Format.plain((v * 10).rounded() / 10) }
}
