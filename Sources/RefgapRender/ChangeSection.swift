import RefgapModel

/// The gap report's "Change since the run of …": the whole program's change, then each segment's,
/// from the previous run's history snapshot.
extension ReportBuilder {
    func changeSinceLastRun() -> ReportModel.Section? {
        guard let previous = info.previous else { return nil }
        let now = MachineReadableFiles.segmentTotals(p)
        let before = Dictionary(previous.segments.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let keys = Array(Set(now.map(\.key)).union(before.keys))
        let current = Dictionary(now.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        struct Change {
            var key: String
            var then: Double
            var now: Double
            var delta: Double { now - then }
        }
        var changes: [Change] = keys.map { k in Change(key: k, then: before[k]?.gap ?? 0, now: current[k]?.gap ?? 0) }
        changes = changes.filter { abs($0.delta) >= 0.05 }
        changes.sort { a, b in abs(a.delta) != abs(b.delta) ? abs(a.delta) > abs(b.delta) : a.key < b.key }
        var rows: [ReportModel.Row] = []
        for c in changes.prefix(30) {
            let sign = c.delta > 0 ? "+" : ""
            let cells: [ReportModel.Cell] = [
                .message(
                    c.key.split(separator: "|", omittingEmptySubsequences: false).map { Clip.text(String($0)) }.joined(
                        separator: " · ")), .num(Format.refs(c.then)), .num(Format.refs(c.now)),
                .num(sign + Format.refs(c.delta), tone: c.delta > 0 ? "gap" : "ok"),
            ]
            rows.append(ReportModel.Row(cells: cells))
        }
        var s = ReportModel.Section(id: "change", heading: "Change since the run of \(previous.asOf)")
        let words = ChangeWords.biggest(
            changes.map { ($0.key.replacingOccurrences(of: "|", with: " · "), $0.then, $0.now) }, since: previous.asOf)
        // The whole program's change first, then how many segments moved and how many are shown: a
        // trial's roster lost 84 contacts and the section named neither the total nor the 59 rows cut.
        // The totals as each run's headline printed them: the earlier run's from its snapshot (a
        // snapshot without them, written before they were kept, gives its segments' sums), this run's
        // exact (segments' sums, each rounded in the file, drifted a tenth from the headline).
        let then =
            previous.totals
            ?? previous.segments.reduce(into: HistoryEntry(key: "", demand: 0, covered: 0, gap: 0)) {
                $0.demand += $1.demand
                $0.covered += $1.covered
            }
        let t = p.prioritized.totals
        let gapThen = Format.shownGap(demand: then.demand, covered: then.covered)
        let gapNow = Format.shownGap(demand: t.demand, covered: t.covered)
        let delta = gapNow - gapThen
        var total =
            "In all, the gap went from \(Format.refs(gapThen)) to \(Format.refs(gapNow)) references (\(delta > 0 ? "+" : "")\(Format.refs(delta))), demand from \(Format.refs(then.demand)) to \(Format.refs(t.demand))."
        if changes.count > rows.count {
            total +=
                " \(changes.count) segments' gaps changed; the \(rows.count) largest changes are shown (history/ holds every segment's figures)."
        }
        // What keeps the two runs from being like for like comes first: it qualifies every figure after it.
        s.intro =
            (ChangeWords.notLikeForLike(previous, now: p) + [total]
            + [words ?? "No segment's gap moved by 0.05 references or more since \(previous.asOf)."]).map {
                .init(text: $0)
            }
        s.tables = [
            ReportModel.Table(
                caption: "Segments whose gap changed",
                columns: [.text("Segment"), .num("Gap then"), .num("Gap now"), .num("Change")],
                rows: rows, empty: "No segment's gap changed by 0.05 or more.")
        ]
        return s
    }
}
