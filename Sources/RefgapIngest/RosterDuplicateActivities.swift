import RefgapModel

/// What the row that stands for a person takes from the person's other rows: their activities and
/// products (a roster kept as one row per activity or product).
extension RosterDuplicates {
    /// The activities and products of `others` that `rows[kept]` lacks, added to it (compared folded,
    /// in row order; no activities is the default one); returns what it gained, and the activities an
    /// active person did not take from rows that are not active (a row per activity with its own
    /// status: a trial's `Case Study`, `Declined`, had the person counted for case studies).
    static func combine(into kept: Int, from others: [Int], _ rows: inout [ContactRow], defaultActivity: String)
        -> (gained: [String], notGained: [String])
    {
        var gained: [String] = [], notGained: [String] = []
        func listed(_ i: Int) -> [String] { rows[i].activities.isEmpty ? [defaultActivity] : rows[i].activities }
        var activities = listed(kept)
        var products = rows[kept].dimensions.cells["product"].map(Values.list) ?? []
        for i in others {
            for a in listed(i) where !activities.contains(where: { Text.fold($0) == Text.fold(a) }) {
                if rows[kept].status == .active && rows[i].status != .active {
                    if !notGained.contains(a) { notGained.append(a) }
                    continue
                }
                activities.append(a)
                gained.append(a)
            }
            for p in rows[i].dimensions.cells["product"].map(Values.list) ?? []
            where !products.contains(where: { Text.fold($0) == Text.fold(p) }) {
                products.append(p)
                gained.append(p)
            }
        }
        guard !gained.isEmpty else { return ([], notGained) }
        rows[kept].activities = activities
        if !products.isEmpty { rows[kept].dimensions.cells["product"] = products.joined(separator: "; ") }
        return (gained, notGained)
    }
}
