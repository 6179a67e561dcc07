import RefgapModel

/// A roster kept as a sheet with one column per activity (`Reference Call`, `Case Study`, `Speaker`,
/// each `Yes`/`No`, `X` or ticked) and no activities column: each contact does the activities ticked
/// on its row. Unread, every contact did only the default activity: a trial's contact who said No to
/// calls carried five of them, and the case-study need found nobody.
///
/// Read only where no column is mapped to the activities, from columns mapped to no field whose
/// header is an activity `ActivityTable` knows and whose filled cells are all yes or no.
struct ActivityTickColumns: Sendable {
    /// The columns, with the activity each names (as its header writes it).
    let columns: [(column: Int, activity: String)]

    init?(_ table: Table, ledger: inout InputLedger) {
        guard table.columns["activities"] == nil else { return nil }
        let mapped = Set(table.columns.values)
        var found: [(column: Int, activity: String)] = []
        for (column, header) in ledger.header.enumerated() where !mapped.contains(column) {
            let name = Text.trim(header.hasSuffix("?") ? String(header.dropLast()) : header)
            guard ActivityTable.activities[Text.fold(name)] != nil else { continue }
            var ticked = false
            let allFlags = table.rows.allSatisfy { row in
                let cell = table.cell(row, column)
                guard !cell.isEmpty else { return true }
                guard let flag = Values.flag(cell) else { return false }
                ticked = ticked || flag
                return true
            }
            if allFlags && ticked { found.append((column, name)) }
        }
        guard !found.isEmpty else { return nil }
        columns = found
        let names = found.map { Clip.quoted(ledger.header[$0.column]) }.joined(separator: ", ")
        ledger.notes.append(
            "Activities read from one column per activity (\(names)): each contact does those ticked on its row (Yes, X, TRUE); a contact with none ticked is not counted as supply. A column that holds the activities as a list takes their place: add `columns: {roster: {activities: \"<its header>\"}}` to refgap.yml."
        )
        ledger.unmappedHeaders.removeAll { header in found.contains { ledger.header[$0.column] == header } }
    }

    /// The activities ticked on `row`, as a `;` list (empty when none is).
    func activities(_ row: RawRow, in table: Table) -> String {
        columns.filter { Values.flag(table.cell(row, $0.column)) == true }.map(\.activity).joined(separator: "; ")
    }
}
