import CSVReader
import RefgapModel

extension OpportunityStream {
    /// What a reading needs to know about repeated rows.
    struct Repeats {
        let held: Set<UInt64>
        let idColumn: Int?
        let modifiedColumn: Int?
        /// Columns that describe a line item (`DuplicateDeals.lineItemColumns`), the amounts aside: what
        /// two lines of one deal differ in.
        let lineItemColumns: [Int]
        /// Per column, whether a row with no id leaves it out of its key (`DuplicateDeals.key`): the
        /// line items' and the amounts'; nil when the export has no line-item column.
        let namelessSkip: [Bool]?

        init(
            held: Set<UInt64>, idColumn: Int?, modifiedColumn: Int?, lineItemColumns: [Int], width: Int, amounts: [Int]
        ) {
            self.held = held
            self.idColumn = idColumn
            self.modifiedColumn = modifiedColumn
            self.lineItemColumns = lineItemColumns
            guard !lineItemColumns.isEmpty else {
                namelessSkip = nil
                return
            }
            var skip = [Bool](repeating: false, count: width)
            for c in lineItemColumns + amounts where c < width { skip[c] = true }
            namelessSkip = skip
        }
    }

    /// The held rows of the reading that stands, resolved; the rows used handed to `body` in file
    /// order (after the parallel reading: one at a time).
    func resolveHeld(
        _ states: [PartState], closeOrder: Config.DateOrder,
        _ body: @Sendable (Int, OpportunityRow, (DealTexts.Fields) -> DealTexts) -> Void
    ) -> DuplicateDeals.Resolution {
        // The parts' rows moved into one array (the first part's taken whole), not copied beside them.
        var held: [DuplicateDeals.Held] = []
        for state in states {
            if held.isEmpty { swap(&held, &state.held) } else { held += state.held }
            state.held = []
        }
        guard !held.isEmpty else { return DuplicateDeals.Resolution() }
        let resolution = DuplicateDeals.resolve(held, dateOrder: closeOrder)
        held = []
        for h in resolution.used {
            // A deal of several line items counts once in the stage table.
            states[h.part].tally(h.row, deal: h.row.countsAsDeal) { h.probabilityText }
            body(h.part, h.row) { _ in h.texts }
        }
        return resolution
    }

    /// The open deals among the rows a resolution used whose close date reads either way, and their
    /// pipeline (each deal once, at its amount: a line item's share of it).
    func heldStake(_ resolution: DuplicateDeals.Resolution) -> Ingest.DateVotes {
        var votes = Ingest.DateVotes()
        guard table.columns["close_date"] != nil else { return votes }
        for h in resolution.used where !h.row.isClosed {
            let code = Ingest.DateVotes.code(Values.date(h.closeText))
            votes.addOpenDeal(code: code, amount: h.row.amount * h.row.share, deal: h.row.countsAsDeal)
        }
        return votes
    }
}

extension OpportunityStream {
    /// A row seen more than once in the file, held to be compared in full once the reading is done.
    /// What its amount did to the currencies is kept with it: only the rows its resolution uses are
    /// counted (`DuplicateDeals.resolve`).
    static func held(
        _ record: borrowing CSVRow, key: UInt64, part i: Int, state: PartState, typer: OpportunityTyper, line: Int,
        dataRow: Int, keep: Int, texts: Bool, repeats: Repeats
    ) throws {
        var currencies = CurrencyTally()
        // Its close date votes as every row's does; whether it is pipeline at stake in the date order
        // is counted once its resolution uses it (`heldStake`).
        let stake = (state.votes.dates.openEitherWay, state.votes.dates.dottedOpenEitherWay)
        defer { (state.votes.dates.openEitherWay, state.votes.dates.dottedOpenEitherWay) = stake }
        // Kept, then held once typing is done: it has tallied the row's currencies by then. (Rows seen
        // more than once are few: the copy costs nothing that shows.)
        var typedRow: OpportunityRow? = nil
        let notTyped = typer.type(
            record, line: line, dataRow: dataRow, texts: texts, votes: &state.votes,
            numberedRow: &state.numberedRows, currencies: &currencies
        ) { typedRow = $0 }
        if let typed = typedRow {
            state.keys.append(key)
            let hasID = repeats.idColumn.map { !isBlankCell(record, $0) } ?? false
            let t = typer.texts(record, dataRow: dataRow)
            var row = typed
            if row.account.isEmpty { row.account = t.account ?? "" }
            state.held.append(
                DuplicateDeals.Held(
                    part: i, row: row, texts: t, fingerprint: DuplicateDeals.Fingerprint(record),
                    probabilityText: plainText(record, typer.cols.probability),
                    closeText: plainText(record, typer.cols.closeDate),
                    lineItem: repeats.lineItemColumns.map { $0 < record.count ? Text.trim(record.string($0)) : "" },
                    hasID: hasID,
                    lastModified: repeats.modifiedColumn.map {
                        $0 < record.count ? Text.trim(record.string($0)) : ""
                    } ?? "", currencies: currencies,
                    dealKey: hasID ? nil : repeats.namelessSkip.map { DuplicateDeals.Fingerprint(record, skip: $0) }))
        }
        if let notTyped { try state.put(notTyped, record, line: line, keep: keep) }
    }
}

/// Whether a cell is blank once trimmed.
@inline(__always)
func isBlankCell(_ record: borrowing CSVRow, _ column: Int) -> Bool {
    guard column < record.count else { return true }
    return Text.trim(record.string(column)).isEmpty
}
