import RefgapModel

extension Settings {
    /// How a cell that reads two ways is read, when its column does not settle it: in `all` after
    /// `max_reject_rate`.
    static let reading: [Setting] = [
        Setting(
            "date_order", "month-first or day-first",
            "Dates like 03/04/2026 that no value in their column settles: month-first or day-first. Unset, another date column of the opportunity export that reads one way only decides, with a warning. (Dates with dots, 09.01.2026, are read day-first unless one of them reads only month-first, in a column the other dates settle month-first or in one of their own; a note or warning says so.)",
            unset: "month-first, unless another date column settles it",
            read: { c, n, r in c.dateOrder = try r.choice(n, "date_order") },
            value: { c in c.dateOrder.map { .text($0.rawValue) } ?? .unset },
            initExample: { _ in ["month-first   # or day-first"] }, initWrites: .valueInEffect),
        Setting(
            "decimal_mark", "auto, point or comma",
            "Amounts like 10.000 or 1,250: `point` (10.000 is ten), `comma` (10.000 is ten thousand), or `auto`: the column's other amounts decide, else a dot before three digits separates thousands.",
            read: { c, n, r in c.decimalMark = try r.choice(n, "decimal_mark") },
            value: { c in .text(c.decimalMark.rawValue) }, initWrites: .valueInEffect),
        Setting(
            "roster_duplicates", "set_aside or keep",
            "A roster contact listed twice (the same email under the same or a blank name, the same id and name, or the same name and account with the same or no email): `set_aside` counts the person once, as the row verified most recently with the activities and products of all its rows, its blank cells taken from the other rows (uses added up where each row lists other activities with other uses: one row per activity); `keep` counts every row as its own contact.",
            read: { c, n, r in c.rosterDuplicates = try r.choice(n, "roster_duplicates") },
            value: { c in .text(c.rosterDuplicates.rawValue) }, initWrites: .valueInEffect),
    ]
}
