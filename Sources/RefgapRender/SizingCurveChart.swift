/// The sizing curve as inline SVG: coverage and priority covered (0–100%) against the number of
/// recruits, with 80%, 90% and 100% ruled and the plan's milestones marked.
extension Charts {
    struct CurvePoint {
        var recruits: Int
        var coverage: Double
        var priority: Double
    }

    static func sizingCurve(_ points: [CurvePoint], marks: [(recruits: Int, label: String)]) -> String {
        let width = 680.0, height = 340.0, left = 52.0, right = 96.0, top = 18.0, bottom = 64.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxX = Double(max(points.last?.recruits ?? 1, 1))
        func x(_ n: Int) -> Double { left + Double(n) / maxX * plotW }
        func y(_ share: Double) -> Double { top + (1 - min(max(share, 0), 1)) * plotH }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"curve-title curve-desc\">"
        svg += "<title id=\"curve-title\">Sizing curve: coverage and priority covered by number of recruits</title>"
        let described =
            ([points.first].compactMap { $0 } + marks.compactMap { m in points.first { $0.recruits == m.recruits } })
            .map {
                "\($0.recruits) recruits: coverage \(Format.percent($0.coverage)), priority covered \(Format.percent($0.priority))"
            }
        svg += "<desc id=\"curve-desc\">" + Escape.xml(described.joined(separator: "; ")) + "</desc>"
        // Horizontal grid every 20%, and the 80%, 90% and 100% rules.
        for k in 0...5 {
            let share = Double(k) / 5
            svg +=
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y(share)))\" x2=\"\(fmt(left + plotW))\" y2=\"\(fmt(y(share)))\" stroke=\"#e4e4e0\" stroke-width=\"1\"/>"
            svg +=
                "<text x=\"\(fmt(left - 6))\" y=\"\(fmt(y(share) + 4))\" font-size=\"11\" text-anchor=\"end\">\(k * 20)%</text>"
        }
        for (share, label) in [(0.8, "80%"), (0.9, "90%"), (1.0, "100%")] {
            svg +=
                "<line x1=\"\(fmt(left))\" y1=\"\(fmt(y(share)))\" x2=\"\(fmt(left + plotW))\" y2=\"\(fmt(y(share)))\" stroke=\"#8a6d00\" stroke-width=\"1\" stroke-dasharray=\"5 4\"/>"
            svg +=
                "<text x=\"\(fmt(left + plotW + 6))\" y=\"\(fmt(y(share) + 4))\" font-size=\"11\" fill=\"#8a6d00\">"
                + Escape.xml(label) + "</text>"
        }
        // The x axis, with about eight ticks at round numbers of recruits.
        let step = niceStep(maxX / 8)
        var tick = 0
        while Double(tick) <= maxX {
            svg +=
                "<line x1=\"\(fmt(x(tick)))\" y1=\"\(fmt(top + plotH))\" x2=\"\(fmt(x(tick)))\" y2=\"\(fmt(top + plotH + 4))\" stroke=\"#555\"/>"
            svg +=
                "<text x=\"\(fmt(x(tick)))\" y=\"\(fmt(top + plotH + 17))\" font-size=\"11\" text-anchor=\"middle\">\(tick)</text>"
            tick += step
        }
        svg +=
            "<line x1=\"\(fmt(left))\" y1=\"\(fmt(top + plotH))\" x2=\"\(fmt(left + plotW))\" y2=\"\(fmt(top + plotH))\" stroke=\"#555\"/>"
        svg +=
            "<text x=\"\(fmt(left + plotW / 2))\" y=\"\(fmt(top + plotH + 34))\" font-size=\"12\" text-anchor=\"middle\">recruits added, in the plan's order</text>"
        // Milestones: a vertical rule and the count.
        for (i, m) in marks.enumerated() {
            let mx = x(m.recruits)
            svg +=
                "<line x1=\"\(fmt(mx))\" y1=\"\(fmt(top))\" x2=\"\(fmt(mx))\" y2=\"\(fmt(top + plotH))\" stroke=\"#999\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>"
            // Labels past the middle sit left of their rule, so they stay inside the chart.
            let flip = mx > left + plotW / 2
            svg +=
                "<text x=\"\(fmt(flip ? mx - 4 : mx + 4))\" y=\"\(fmt(top + plotH - 8 - Double(i) * 14))\" font-size=\"11\" fill=\"#333\"\(flip ? " text-anchor=\"end\"" : "")>"
                + Escape.xml("\(m.recruits): \(m.label)") + "</text>"
        }
        func polyline(_ value: (CurvePoint) -> Double, color: String, dash: String) -> String {
            let coords = points.map { "\(fmt(x($0.recruits))),\(fmt(y(value($0))))" }.joined(separator: " ")
            return
                "<polyline points=\"\(coords)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
        }
        svg += polyline({ $0.priority }, color: "#2b4c7e", dash: "7 3")
        svg += polyline({ $0.coverage }, color: "#1b6e3a", dash: "")
        let ly = height - 10
        svg +=
            "<line x1=\"\(fmt(left))\" y1=\"\(fmt(ly - 4))\" x2=\"\(fmt(left + 24))\" y2=\"\(fmt(ly - 4))\" stroke=\"#1b6e3a\" stroke-width=\"2.5\"/><text x=\"\(fmt(left + 30))\" y=\"\(fmt(ly))\" font-size=\"12\">coverage</text>"
        svg +=
            "<line x1=\"\(fmt(left + 110))\" y1=\"\(fmt(ly - 4))\" x2=\"\(fmt(left + 134))\" y2=\"\(fmt(ly - 4))\" stroke=\"#2b4c7e\" stroke-width=\"2.5\" stroke-dasharray=\"7 3\"/><text x=\"\(fmt(left + 140))\" y=\"\(fmt(ly))\" font-size=\"12\">priority covered</text>"
        return svg + "</svg>"
    }

    /// 1, 2, 5, 10, 20, 50, … at or above `raw`.
    static func niceStep(_ raw: Double) -> Int {
        var base = 1
        while true {
            for m in [1, 2, 5] where Double(base * m) >= raw { return base * m }
            base *= 10
        }
    }
}
