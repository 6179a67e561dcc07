import RefgapModel

/// Turns each input's cells into typed rows. A cell that cannot be read sends its row to the rejects
/// with the reason; nothing is dropped silently.
package enum Ingest {
    static let dimensionCells = ["industry", "region", "country", "state", "product", "size", "employees"]

    static func dimensionFields(_ config: Config) -> [FieldSpec] {
        var keys = dimensionCells
        for d in config.dimensions where !keys.contains(d) { keys.append(d) }
        return keys.map { FieldSpec($0) }
    }

    /// The dimension cells' columns of a table, looked up once for all its rows.
    struct DimensionColumns {
        let columns: [(key: String, index: Int)]
        /// The columns' fields, one array every row's cells share.
        let fields: [String]

        init(_ table: Table, _ config: Config) {
            columns = dimensionFields(config).compactMap { spec in table.columns[spec.key].map { (spec.key, $0) } }
            fields = columns.map(\.key)
        }

        /// A row's dimension cells, trimmed; blank ones left out.
        func cells(_ table: Table, _ row: RawRow) -> RawDimensions {
            var cells: [String?] = []
            cells.reserveCapacity(columns.count)
            for (_, index) in columns {
                let v = table.cell(row, index)
                cells.append(v.isEmpty ? nil : v)
            }
            return RawDimensions(cells: DimensionCells(fields: fields, cells: cells))
        }
    }

    // MARK: Opportunities

    package static let opportunityFields: [FieldSpec] = [
        FieldSpec("id"), FieldSpec("name"), FieldSpec("owner"), FieldSpec("account", required: true),
        FieldSpec("stage", required: true), FieldSpec("close_date", required: true),
        FieldSpec("amount", required: true), FieldSpec("amount_currency"), FieldSpec("amount_converted"),
        FieldSpec("amount_converted_currency"), FieldSpec("probability"), FieldSpec("is_closed"), FieldSpec("is_won"),
        FieldSpec("is_deleted"), FieldSpec("is_active"),
        FieldSpec("forecast_category"), FieldSpec("last_modified"), FieldSpec("status"),
        FieldSpec("reference_needed"), FieldSpec("activity"),
    ]

    /// Every opportunity in memory (tests, `validate`): the stream's rows collected in file order.
    package static func opportunities(path: String, config: Config, progress: ProgressHandler? = nil) throws
        -> Ingested<OpportunityRow>
    {
        let stream = try OpportunityStream(path: path, config: config, progress: progress)
        let boxes = (0..<stream.partCount).map { _ in CollectedRows() }
        let ledger = try stream.read(restart: { for box in boxes { box.rows = [] } }) { part, row in
            boxes[part].rows.append(row)
        }
        return Ingested(rows: boxes.flatMap(\.rows), ledger: ledger, fields: stream.fields)
    }

    /// The opportunity columns, looked up once per file rather than once per cell.
    struct OpportunityColumns: Sendable {
        let id, name, owner, account, stage, status, closeDate, amount, amountCurrency, amountConverted,
            amountConvertedCurrency, probability, isClosed, isWon, isDeleted, isActive, forecastCategory, lastModified,
            referenceNeeded,
            activity: Int?
        let dimensions: [(key: String, column: Int)]
        /// Columns that look like the amounts' currency but are not read (`Budget Amount Currency`):
        /// their values are tallied, to say what reading them would change.
        let unreadCurrencies: [Int]
        /// The column of a currency record's id, read by no field: SugarCRM's `currency_id`, the labels'
        /// `Currency`. `-99` is the system currency's (`OpportunityTyper.tallyCurrencies`).
        let currencyRecord: Int?
        /// SugarCRM's and SuiteCRM's labels: a `$` or `€` in an amount is the exporting user's display
        /// currency, not the deal's (`include/export_utils.php` formats every amount in it, unconverted).
        let signsAreDisplay: Bool
        /// The amount is one of Close's fields in cents (`value`, `annualized_value`): divided by 100.
        let amountInCents: Bool
        /// Capsule's per-period values (`AmountPeriods`): multiplied by their duration.
        let amountPeriods: AmountPeriods?

        init(_ table: Table, config: Config) {
            let c = table.columns
            unreadCurrencies = UnreadDimension.unreadMoneyColumns(
                .opportunities, header: table.ledger.header, claimed: Set(c.values), columns: c,
                fields: Ingest.opportunityFields
            ).filter { $0.field == "amount_currency" }.map(\.column)
            let folded = table.ledger.header.map(Text.fold)
            let claimed = Set(c.values)
            let labels = SugarLabels.set(in: folded)
            signsAreDisplay = labels != nil
            amountInCents = c["amount"].map { HeaderMatch.isCloseCents(folded, amount: $0) } ?? false
            amountPeriods = AmountPeriods(folded: folded, amount: c["amount"])
            currencyRecord = folded.indices.first { i in
                !claimed.contains(i) && (folded[i] == "currencyid" || folded[i] == labels?.currency)
            }
            id = c["id"]
            name = c["name"]
            owner = c["owner"]
            account = c["account"]
            stage = c["stage"]
            status = c["status"]
            closeDate = c["close_date"]
            amount = c["amount"]
            amountCurrency = c["amount_currency"]
            amountConverted = c["amount_converted"]
            amountConvertedCurrency = c["amount_converted_currency"]
            probability = c["probability"]
            isClosed = c["is_closed"]
            isWon = c["is_won"]
            isDeleted = c["is_deleted"]
            isActive = c["is_active"]
            forecastCategory = c["forecast_category"]
            lastModified = c["last_modified"]
            referenceNeeded = c["reference_needed"]
            activity = c["activity"]
            dimensions = Ingest.dimensionFields(config).compactMap { spec in c[spec.key].map { (spec.key, $0) } }
        }
    }

}

extension String {
    /// nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// One part's rows, for callers that want them all in memory (one object per part).
final class CollectedRows: @unchecked Sendable {
    var rows: [OpportunityRow] = []
}
