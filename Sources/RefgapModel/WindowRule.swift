/// The windows' ends and the overdue rule: which window a deal closing some days after the as-of date
/// falls in. `Config` answers through it; code that asks on every row holds one of its own, since
/// reading the rule through a `Config` a class holds copied the whole config each time.
package struct WindowRule: Sendable, Equatable {
    /// Each window's last day offset, ascending (`Config.windows`).
    package let ends: [Int]
    package let overdue: Config.Overdue

    package init(ends: [Int], overdue: Config.Overdue) {
        self.ends = ends
        self.overdue = overdue
    }

    /// The horizon `H`: the last window boundary.
    package var horizon: Int { ends.last ?? 120 }

    /// The window a day offset falls in; nil when overdue (< 0, unless `overdue: include` puts it in
    /// the first) or beyond the horizon.
    package func window(forOffset d: Int) -> Int? {
        if d < 0 { return overdue == .include ? 0 : nil }
        return ends.firstIndex { d <= $0 }
    }
}
