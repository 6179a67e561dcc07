import RefgapModel

/// The customer-success accounts export.
extension Ingest {
    package static let accountFields: [FieldSpec] = [
        FieldSpec("account", required: true), FieldSpec("health"), FieldSpec("arr"), FieldSpec("nps"),
        FieldSpec("csm"), FieldSpec("open_escalations"), FieldSpec("renewal_date"),
    ]

    package static func accounts(path: String, config: Config, progress: ProgressHandler? = nil) throws -> Ingested<
        AccountRow
    > {
        let table = try Table.read(
            .accounts, path: path, fields: accountFields + dimensionFields(config), config: config, progress: progress)
        var ledger = table.ledger
        let order = decideDateOrder(table, "renewal_date", config: config, ledger: &ledger)
        let dimensionColumns = DimensionColumns(table, config)
        var rows: [AccountRow] = []
        for row in table.rows {
            let name = table.value(row, "account")
            guard !name.isEmpty else {
                ledger.reject(row, "account is blank")
                continue
            }
            guard case .success(let health) = healthScore(table, row) else {
                ledger.reject(
                    row,
                    "health \(Clip.quoted(table.value(row, "health"))) is not a score 0–100, Red/Yellow/Green or Good/Average/Poor"
                )
                continue
            }
            let arrText = table.value(row, "arr")
            let arr = Values.amount(arrText)?.value
            if !arrText.isEmpty && arr == nil {
                ledger.reject(row, "ARR \(Clip.quoted(arrText)) is not an amount")
                continue
            }
            let npsText = table.value(row, "nps")
            let nps =
                Values.percentNumber(npsText)
                ?? (npsText.hasPrefix("-") ? Values.percentNumber(String(npsText.dropFirst())).map { -$0 } : nil)
            let escalationText = table.value(row, "open_escalations")
            let escalations = Values.integer(escalationText) ?? (Values.flag(escalationText) == true ? 1 : 0)
            let renewalText = table.value(row, "renewal_date")
            var renewal: Day? = nil
            if !renewalText.isEmpty {
                guard let d = resolveDate(renewalText, order: order) else {
                    ledger.reject(
                        row, "renewal date \(Clip.quoted(renewalText)) is not a date (expected e.g. 2027-03-31)")
                    continue
                }
                renewal = d
            }
            rows.append(
                AccountRow(
                    name: name, dimensions: dimensionColumns.cells(table, row), health: health, arr: arr, nps: nps,
                    csm: table.value(row, "csm"), openEscalations: escalations, renewal: renewal, line: row.line))
        }
        return Ingested(rows: rows, ledger: ledger, fields: Set(table.columns.keys))
    }

    struct BadValue: Error {}

    /// The health cell: nil when blank, a failure when it reads as no score.
    static func healthScore(_ table: Table, _ row: RawRow) -> Result<Double?, BadValue> {
        let text = table.value(row, "health")
        if text.isEmpty { return .success(nil) }
        return Values.health(text).map { .success($0) } ?? .failure(BadValue())
    }
}
