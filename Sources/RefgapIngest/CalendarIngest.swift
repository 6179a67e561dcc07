import RefgapModel

/// The calendar of stakeholder needs: one row per need.
extension Ingest {
    package static let calendarFields: [FieldSpec] = [
        FieldSpec("team"), FieldSpec("need"), FieldSpec("activity"), FieldSpec("due_date", required: true),
        FieldSpec("count"), FieldSpec("min_seniority"),
    ]

    package static func calendar(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        NeedRow
    > {
        let table = try Table.read(
            .calendar, path: path, fields: calendarFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let order = decideDateOrder(table, "due_date", config: config, ledger: &ledger)
        let dimensionColumns = DimensionColumns(table, config)
        var rows: [NeedRow] = []
        for (index, row) in table.rows.enumerated() {
            if isExampleRow(table.value(row, "team")) {
                ledger.reject(row, InitTemplates.exampleReason(.calendar))
                continue
            }
            let dueText = table.value(row, "due_date")
            guard let due = resolveDate(dueText, order: order) else {
                ledger.reject(
                    row,
                    dueText.isEmpty
                        ? "due date is blank"
                        : "due date \(Clip.quoted(dueText)) is not a date (expected e.g. 2026-12-24)")
                continue
            }
            let countText = table.value(row, "count")
            var count = 1
            if !countText.isEmpty {
                guard let c = Values.integer(countText) else {
                    ledger.reject(row, "count \(Clip.quoted(countText)) is not a whole number of references")
                    continue
                }
                count = c
            }
            if count == 0 {
                ledger.setAside("calendar need asking for 0 references")
                continue
            }
            let name = table.value(row, "need")
            rows.append(
                NeedRow(
                    order: index, team: table.value(row, "team").nonEmpty ?? "Unassigned",
                    name: name.isEmpty ? "Need on line \(row.line)" : name,
                    activity: table.value(row, "activity").nonEmpty,
                    due: due, count: count, criteria: dimensionColumns.cells(table, row),
                    minSeniority: table.value(row, "min_seniority").nonEmpty, line: row.line))
        }
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }
}
