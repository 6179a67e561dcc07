import RefgapModel

/// One window's figures, as the gap report's headline table and run.json's `per_window` show them:
/// summed in bucket order, in one pass over the buckets (a filtered copy of every bucket per window
/// cost more than the sums).
package struct WindowTotals: Sendable {
    package var demand = 0.0
    package var covered = 0.0
    package var gap = 0.0
    /// The value (weighted pipeline) of sales buckets left uncovered.
    package var uncoveredPipeline = 0.0

    /// One per window label, in order.
    static func of(_ p: Prioritized) -> [WindowTotals] {
        var totals = Array(repeating: WindowTotals(), count: p.config.windowLabels.count)
        for i in p.gaps.indices {
            let w = p.gaps[i].bucket.window
            guard totals.indices.contains(w) else { continue }
            totals[w].demand += p.gaps[i].bucket.demand
            totals[w].covered += p.gaps[i].covered
            totals[w].gap += p.gaps[i].gap
            if p.gaps[i].bucket.kind == .sales { totals[w].uncoveredPipeline += p.gaps[i].value }
        }
        return totals
    }
}
