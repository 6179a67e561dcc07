import RefgapModel

/// A roster made in a spreadsheet lists a contact's products and activities with commas
/// (`Analytics, Cloud Platform`). The commas of such a column separate its values when no cell has
/// a `;` or `|` and most cells with a comma hold a piece that some cell holds alone (`Analytics`),
/// or, for activities, a piece that names an activity (`Reference call, Case study`: a trial's
/// roster where every contact listed both had no coverage at all), or the pieces of another cell in
/// another order: a column of names with a comma in them (`Analytics, Enterprise Edition`, one
/// product each) has none. The ledger says which columns were split. (Read as one value, a new-user
/// trial's contact could serve no product it listed; split blindly, a differential trial's products
/// lost their edition.)
///
/// In a column that lists with `;`, a cell written with commas instead is split when every one of its
/// pieces is a value the column holds elsewhere (or, for activities, a built-in activity): trial h3's
/// `Reference call, Press quote` among `;` lists was one activity no need asks for, and its contact
/// sat idle beside a gap it could fill.
struct CommaLists: Sendable {
    /// Columns whose commas all separate values.
    private var columns: Set<Int> = []
    /// Per column that lists with `;`: the cells (as written) whose commas separate values.
    private var cells: [Int: Set<String>] = [:]

    /// Whether `cell` of `column` is read with its commas as `;`.
    func splits(_ cell: String, column: Int) -> Bool {
        columns.contains(column) || (cells[column]?.contains(cell) ?? false)
    }

    /// Whether any cell of `column` is split at its commas.
    func mayHold(_ column: Int) -> Bool { columns.contains(column) || cells[column] != nil }

    init(_ table: Table, config: Config, ledger: inout InputLedger) {
        var said: [String] = [], saidCells: [String] = []
        for field in ["product", "activities"] {
            guard let c = table.columns[field] else { continue }
            var withCommas: [String] = []
            var otherSeparator = false
            // Looked for as bytes: String's `contains` of a string goes through Foundation, per cell of
            // a 20,000-contact roster.
            for row in table.rows where c < row.fields.count {
                let cell = row.fields[c]
                if cell.utf8.contains(where: { $0 == 0x3B || $0 == 0x7C }) {
                    otherSeparator = true
                } else if cell.utf8.contains(0x2C) {
                    withCommas.append(cell)
                }
            }
            guard !withCommas.isEmpty else { continue }
            let isActivity = { (folded: String) in
                field == "activities" && ActivityTable.activity(folded: folded) != nil
            }
            let header = table.header(of: c, or: field)
            if otherSeparator {
                // The values the column's other cells hold, alone or in a `;` list.
                var known: Set<String> = field == "activities" ? [Text.fold(config.defaultActivity)] : []
                for row in table.rows where c < row.fields.count && !row.fields[c].utf8.contains(0x2C) {
                    for piece in Values.list(row.fields[c]) { known.insert(Text.fold(piece)) }
                }
                let split = withCommas.filter { cell in
                    cell.split(separator: ",").allSatisfy {
                        let f = Text.fold(String($0))
                        return !f.isEmpty && (known.contains(f) || isActivity(f))
                    }
                }
                guard let first = split.first else { continue }
                cells[c] = Set(split)
                saidCells.append(
                    "\(Clip.quoted(header)) (\(split.count) contact\(split.count == 1 ? "" : "s"), like \(Clip.quoted(Text.trim(first))))"
                )
                continue
            }
            // The values cells hold alone, folded: looked at only for a column with commas.
            var alone: Set<String> = []
            for row in table.rows
            where c < row.fields.count && !row.fields[c].isEmpty && !row.fields[c].utf8.contains(0x2C) {
                alone.insert(Text.fold(row.fields[c]))
            }
            if field == "activities" { alone.insert(Text.fold(config.defaultActivity)) }
            // The same pieces in another order in another cell (`Analytics, Cloud Platform` and
            // `Cloud Platform, Analytics`) are a list too: a name with an edition is not reordered.
            let pieces = withCommas.map { $0.split(separator: ",").map { Text.fold(String($0)) } }
            var orders: [[String]: Set<[String]>] = [:]
            for p in pieces { orders[p.sorted(), default: []].insert(p) }
            let recognised = pieces.filter { p in
                (orders[p.sorted()]?.count ?? 0) > 1 || p.contains { alone.contains($0) || isActivity($0) }
            }.count
            guard recognised * 2 >= withCommas.count else { continue }
            columns.insert(c)
            said.append(
                "\(Clip.quoted(header)) (\(withCommas.count) contact\(withCommas.count == 1 ? "" : "s"), like \(Clip.quoted(Text.trim(withCommas[0]))))"
            )
        }
        if !said.isEmpty {
            ledger.notes.append(
                "Lists with commas were split at the commas: \(said.joined(separator: ", ")). If a name has a comma in it, separate that column's values with ; instead (a ; after a single value is enough)."
            )
        }
        if !saidCells.isEmpty {
            // A warning: a real name with a comma whose parts the column also holds alone would be split
            // (trial h4's `Security, Risk & Compliance`), and the split changes supply.
            ledger.warnings.append(
                "Cells written with commas in a column that lists with ; were split at the commas, each of their parts being a value the column holds elsewhere: \(saidCells.joined(separator: ", ")). If one is a single name with a comma in it, put a ; after it."
            )
        }
    }
}
