import RefgapModel

/// What the row kept for a person listed more than once takes from its other rows, besides their
/// activities and products (`RosterDuplicates.combine`).
///
/// - **Blank cells** of the kept row are filled from the person's other rows (the most recently
///   verified first): a blank cell is not newer information. A trial's roster, a CSM sheet with a
///   newer re-verification sheet appended (name, email, status, activities, date; the rest blank),
///   lost the renewal dates, uses and limits of every person re-verified, and 92 of them counted as
///   supply who were not.
/// - **Uses kept per activity**: when each of the rows lists activities the others do not (a sheet
///   kept as one row per person and activity) and the rows' uses differ, each row counts the uses of
///   its own activity and the person's are their sum (a trial's such roster had 30% more capacity
///   than there was). Rows that repeat one number hold the person's total, and keep it.
struct RosterDuplicateCells {
    let table: Table
    let tableIndices: [Int]

    /// The cells a kept row can take, as the warning names them, with their roster fields.
    static let fillable: [(label: String, field: String)] = [
        ("name", "contact"), ("title", "title"), ("seniority", "seniority"), ("uses", "uses_last_90_days"),
        ("max uses per quarter", "max_uses_per_quarter"), ("last used", "last_used"), ("rest until", "rest_until"),
        ("health", "health"), ("CSM", "csm"), ("renewal date", "renewal_date"),
    ]

    /// Whether row `i`'s cell for `field` is blank (or the roster has no such column).
    func isBlank(_ i: Int, _ field: String) -> Bool {
        let row = table.rows[tableIndices[i]]
        // A name may be its first and last name's columns.
        if field == "contact" {
            return ["contact", "first_name", "last_name"].allSatisfy { table.cell(row, table.columns[$0]).isEmpty }
        }
        return table.cell(row, table.columns[field]).isEmpty
    }

    /// Fills the blank cells of `rows[kept]` from `others` (in the order given); returns the labels of
    /// the cells it filled.
    func fill(_ kept: Int, from others: [Int], _ rows: inout [ContactRow]) -> [String] {
        var filled: [String] = []
        for (label, field) in Self.fillable where isBlank(kept, field) {
            guard let source = others.first(where: { !isBlank($0, field) }) else { continue }
            let from = rows[source]
            switch field {
            case "contact": rows[kept].name = from.name
            case "title": rows[kept].title = from.title
            case "seniority": rows[kept].seniority = from.seniority
            case "uses_last_90_days": rows[kept].usesLast90Days = from.usesLast90Days
            case "max_uses_per_quarter": rows[kept].maxUsesPerQuarter = from.maxUsesPerQuarter
            case "last_used": rows[kept].lastUsed = from.lastUsed
            case "rest_until": rows[kept].restUntil = from.restUntil
            case "health": rows[kept].health = from.health
            case "csm": rows[kept].csm = from.csm
            default: rows[kept].renewal = from.renewal
            }
            filled.append(label)
        }
        // The account's values (industry, region, size, ...): products are joined, not filled.
        var dimensionsFilled = false
        for source in others {
            for (key, value) in rows[source].dimensions.cells.sorted(by: { $0.key < $1.key })
            where key != "product" && rows[kept].dimensions.cells[key] == nil {
                rows[kept].dimensions.cells[key] = value
                dimensionsFilled = true
            }
        }
        if dimensionsFilled { filled.append("segment values") }
        return filled
    }

    /// How a person's uses read when each of their rows lists activities the others do not.
    enum PerActivityUses: Equatable {
        /// The rows' uses differ: each counts its own activity's, and the person's are their sum
        /// (`sameDay`: the rows were verified the same day).
        case summed(Int, addends: [Int], sameDay: Bool)
        /// Every row has the same number of uses, not zero: the person's total, written on each row
        /// (a guess, said: it could be each activity's own).
        case sameOnEveryRow
    }

    /// The uses of a person whose rows each list activities the others do not (nil for other people,
    /// and for uses of none): the rows verified within 90 days of the newest, added up even where they
    /// were verified on different days (a sheet kept per activity, each row verified apart; or a newer
    /// sheet appended, whose row would replace the older): of the two readings the sum asks the
    /// customer less often, and the warning says how many it was for (trials 45 and 47 each had one).
    func usesPerActivity(_ group: [Int], _ rows: [ContactRow], defaultActivity: String) -> PerActivityUses? {
        // A row verified more than 90 days before the newest counts uses of a 90 days long past: none
        // of them are the person's uses now (a trial's re-verified person lost capacity to a May row).
        let newest = group.compactMap { rows[$0].lastVerified?.ordinal }.max()
        let current = group.filter { i in
            guard let newest, let verified = rows[i].lastVerified?.ordinal else { return true }
            return newest - verified <= 90
        }
        let uses = current.filter { !isBlank($0, "uses_last_90_days") }.map { rows[$0].usesLast90Days }
        guard uses.count > 1, uses.contains(where: { $0 != 0 }) else { return nil }
        var seen = Set<String>()
        for i in group {
            let activities = rows[i].activities.isEmpty ? [defaultActivity] : rows[i].activities
            for a in Set(activities.map(Text.fold)) where !seen.insert(a).inserted { return nil }
        }
        guard Set(uses).count > 1 else { return .sameOnEveryRow }
        let sameDay = current.allSatisfy { rows[$0].lastVerified == rows[current[0]].lastVerified }
        return .summed(uses.reduce(0, +), addends: uses, sameDay: sameDay)
    }
}
