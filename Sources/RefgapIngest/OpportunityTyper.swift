import CSVReader
import RefgapModel

extension OpportunityTyper {
    /// Calls `body` with this typer borrowed, without a retain and release around it.
    @inline(__always)
    func unsafeGuaranteed<R>(_ body: (OpportunityTyper) throws -> R) rethrows -> R {
        try Unmanaged.passUnretained(self)._withUnsafeGuaranteedRef(body)
    }
}

/// Types opportunity rows straight from the parser's bytes, one typer per part of the file (it is not
/// shared between threads). Rows repeat a few values in most columns (stages, dates, currencies,
/// states), so each distinct value is decoded, trimmed and read once; the rules are those of docs/reading-deals.md
/// and the rejection reasons name the cell as written.
final class OpportunityTyper {
    let cols: Ingest.OpportunityColumns
    let config: Config
    let closeOrder: Values.DateForm
    let probabilityScale: Double
    /// How amounts like `10.000` read (`Ingest.decideDecimalMark`): with a decimal comma, or a point.
    let decimalComma: Bool
    let dimensions: DimensionTable
    let runCurrency: String

    private let categoricalColumns: [Int]
    @exclusivity(unchecked) private var categorical: CellInterner
    /// The facts of each combination seen, kept alive here and looked up by id without retaining.
    @exclusivity(unchecked) private var factsKept: [Facts] = []
    @exclusivity(unchecked) private var factRefs = IDMemo<Unmanaged<Facts>>()
    /// What a close date cell gives a row: its day in the pass's order, and its vote (`DateVotes.code`).
    /// Small and aligned: read from the memo for every row.
    struct CloseReading {
        let day: Day?
        let vote: UInt8
    }
    @exclusivity(unchecked) private var close: InternedColumn<CloseReading>
    /// The unread currency-like columns (`UnreadCurrencyColumns`), each distinct value read once.
    @exclusivity(unchecked) var unreadCurrencies: [InternedColumn<(value: String, reach: UnreadCurrencyColumns.Reach)?>]
    /// Sixteen ids, written one by one for each row.
    private let idScratch = UnsafeMutablePointer<Int32>.allocate(capacity: 16)

    /// `limit`: distinct values (and combinations) remembered per part; past it, cells are read one by one.
    /// `dialect`: the export's recognised dialect (`InputLedger.dialect`), whose own stage labels the
    /// classifier reads (Sugar's probabilities, `Dialect.ownStages`).
    let stages: StageClassifier
    let stageRegistry: StageRegistry

    init(
        _ cols: Ingest.OpportunityColumns, config: Config, closeOrder: Values.DateForm, probabilityScale: Double,
        decimalMark: Config.DecimalMark = .point, dialect: String? = nil, stages: StageRegistry = StageRegistry(),
        limit: Int = 1 << 16
    ) {
        self.cols = cols
        self.stages = StageClassifier(config: config, dialect: dialect)
        stageRegistry = stages
        self.config = config
        self.closeOrder = closeOrder
        self.probabilityScale = probabilityScale
        decimalComma = decimalMark == .comma
        runCurrency = config.currency.uppercased()
        dimensions = DimensionTable(cols.dimensions, limit: limit)
        categoricalColumns = [
            cols.stage, cols.status, cols.amountCurrency, cols.amountConvertedCurrency, cols.probability,
            cols.isClosed, cols.isWon, cols.forecastCategory, cols.referenceNeeded, cols.activity, cols.isDeleted,
            cols.isActive,
        ].compactMap { $0 }
        categorical = CellInterner(limit: limit)
        close = InternedColumn(cols.closeDate, limit: limit)
        unreadCurrencies = cols.unreadCurrencies.map { InternedColumn($0, limit: limit) }
        idScratch.initialize(repeating: -1, count: 16)
    }

    deinit { idScratch.deallocate() }

    /// An active flag that says no (Odoo's `Active` False): the record is archived. A blank one, or no
    /// column, says nothing.
    static func saysInactive(_ cell: String?) -> Bool {
        guard let cell, !Text.trim(cell).isEmpty else { return false }
        return Values.flag(cell) == false
    }

    /// The facts of a row's categorical cells, read from its cells; the probability cell votes.
    private func readFacts(_ row: borrowing CSVRow, votes: inout OpportunityStream.Votes) -> Facts {
        let stage = plainText(row, cols.stage), status = plainText(row, cols.status)
        let probabilityText = plainText(row, cols.probability)
        if cols.probability != nil { votes.probabilities.add(probabilityText) }
        let (probability, probabilityReading) = Self.probability(
            probabilityText, columnScale: probabilityScale, config: config.probabilityScale)
        // Dynamics leaves the pipeline phase blank on won and lost deals: their status stands in.
        let reading = stages.read(
            stage: stage, status: cols.status == nil ? nil : status,
            isClosed: cols.isClosed.map { _ in plainText(row, cols.isClosed) },
            isWon: cols.isWon.map { _ in plainText(row, cols.isWon) },
            forecastCategory: cols.forecastCategory.map { _ in plainText(row, cols.forecastCategory) })
        return Facts(
            stage: reading, slot: stageRegistry.slot(reading),
            currency: plainText(row, cols.amountCurrency),
            convertedCurrency: plainText(row, cols.amountConvertedCurrency),
            probability: probability, probabilityReading: probabilityReading,
            referenceNeeded: cols.referenceNeeded == nil
                ? false : (Values.flag(plainText(row, cols.referenceNeeded)) ?? false),
            activity: plainText(row, cols.activity).nonEmpty,
            deleted: cols.isDeleted == nil ? false : (Values.flag(plainText(row, cols.isDeleted)) ?? false),
            archived: Self.saysInactive(cols.isActive.map { _ in plainText(row, cols.isActive) }))
    }

    /// The id, name and account of a row typed without them, those asked for (`DealTexts.Fields`).
    func texts(_ row: borrowing CSVRow, dataRow: Int, _ fields: DealTexts.Fields = .all) -> DealTexts {
        var id = ""
        if fields.contains(.id) {
            id = plainText(row, cols.id)
            if id.isEmpty { id = String(dataRow) }
        }
        return DealTexts(
            id: id, name: fields.contains(.name) ? plainText(row, cols.name) : "",
            account: fields.contains(.account) ? plainText(row, cols.account) : nil)
    }

    /// The amount cell read: the converted amount where the row has one, else the amount.
    private func amountText(_ row: borrowing CSVRow) -> String {
        let converted = plainText(row, cols.amountConverted)
        return converted.isEmpty ? plainText(row, cols.amount) : converted
    }

    /// Whether a cell is blank once trimmed, without making its string when its first byte says no.
    private func isBlank(_ row: borrowing CSVRow, _ column: Int?) -> Bool {
        guard let c = column, c < row.count else { return true }
        let bytes = row.bytes(c)
        guard let first = bytes.first else { return true }
        if first < 0x80 && first != 0x20 && first != 0x09 && first != 0x0A && first != 0x0D && first != 0x0B
            && first != 0x0C
        {
            return false
        }
        return plainText(row, column).isEmpty
    }

    /// Types the row and hands it to `typed`, or says why it is rejected or set aside (nil when it was
    /// handed over). The row is lent to `typed` where it is made: returned inside an enum, its 288
    /// bytes were copied three times on the way to the caller's `switch` (~4% of a plain 1M run).
    /// Every data row first casts its votes for the file's date order and probability scale (the
    /// probability once per combination of categorical cells: its vote is the same every time).
    /// `numberedRow` is set when the row has no id and takes its data-row number. Without `texts` the
    /// row's id, name, owner and account are left empty: `texts(_:dataRow:)` reads them when they are wanted.
    func type(
        _ row: borrowing CSVRow, line: Int, dataRow: Int, texts: Bool = true, votes: inout OpportunityStream.Votes,
        numberedRow: inout Bool, currencies: inout CurrencyTally, _ typed: (OpportunityRow) throws -> Void
    ) rethrows -> NotTyped? {
        let closeCell = close.lookUp(row)
        let order = closeOrder
        let reading = close.derive(closeCell) { text in
            let r = Values.date(text)
            return CloseReading(day: r?.resolve(order), vote: Ingest.DateVotes.code(r))
        }
        votes.dates.add(code: reading.vote)
        // The categorical cells: their facts by the combination's id (read, and voted on, once),
        // borrowed for the rest of the row without a retain and release (the memo keeps them).
        var fresh: Facts? = nil
        let unit: Unmanaged<Facts>
        if let id = categorical.id(row, columns: categoricalColumns) {
            if let known = factRefs.known(id) {
                unit = known
            } else {
                let f = readFacts(row, votes: &votes)
                factsKept.append(f)
                unit = Unmanaged.passUnretained(f)
                factRefs.set(id, unit)
            }
        } else {
            let f = readFacts(row, votes: &votes)
            fresh = f
            unit = Unmanaged.passUnretained(f)
        }
        // Facts made for this row alone (past the memo's limit) live until the row is typed.
        defer { withExtendedLifetime(fresh) {} }
        return try unit._withUnsafeGuaranteedRef { f in
            try typeRest(
                row, facts: f, closeCell: closeCell, reading: reading, line: line, dataRow: dataRow, texts: texts,
                amountVotes: &votes.amounts, dateVotes: &votes.dates, numberedRow: &numberedRow,
                currencies: &currencies, typed)
        }
    }

    /// The rest of `type`, with the row's facts.
    @inline(__always)
    private func typeRest(
        _ row: borrowing CSVRow, facts f: Facts, closeCell: InternedColumn<CloseReading>.Cell, reading: CloseReading,
        line: Int, dataRow: Int, texts: Bool, amountVotes: inout Ingest.AmountVotes,
        dateVotes: inout Ingest.DateVotes, numberedRow: inout Bool, currencies: inout CurrencyTally,
        _ typed: (OpportunityRow) throws -> Void
    ) rethrows -> NotTyped? {
        // A deleted record is no deal, whatever its cells say (blank ones included).
        if f.deleted { return .setAside(Self.deletedInTheCRM) }
        if f.archived { return .setAside(Self.archivedInTheCRM) }
        // The account name, like the id and name, only when texts are wanted (a string per row of a
        // large export); its blankness is read from the bytes.
        let accountText = texts ? plainText(row, cols.account) : ""
        guard texts ? !accountText.isEmpty : !isBlank(row, cols.account) else {
            // The other blank fields a row would be rejected for too, said with the first: the Maven
            // sample's rejects read "account is blank" for 1,425 rows whose close dates were all blank
            // too, and only 664 rows seemed to lack one (trial h3).
            var blank = ["account"]
            if f.stageName.isEmpty { blank.append("stage") }
            if close.text(of: closeCell).isEmpty { blank.append("close date") }
            if isBlank(row, cols.amount) && isBlank(row, cols.amountConverted) { blank.append("amount") }
            return .rejected(RowRejection("\(Clip.series(blank)) \(blank.count == 1 ? "is" : "are") blank"))
        }
        guard !f.stageName.isEmpty else { return .rejected(RowRejection("stage is blank")) }

        guard let closeDay = reading.day else {
            let closeText = close.text(of: closeCell)
            // An open deal whose amount is zero is not counted, dated or not: Business Central's Not
            // Started opportunities have no estimated value (0) nor closing date before their first stage.
            if closeText.isEmpty, !f.closed, Values.amount(amountText(row))?.value == 0 {
                return .setAside(Self.zeroAmount)
            }
            // A won or lost deal is never demand, dated or not: Close leaves a lost opportunity's
            // `date_won` blank (its date is in `date_lost`). A trial's lost rows were rejected, exit 3.
            if closeText.isEmpty, f.closed { return .setAside(Self.closedUndated) }
            return .rejected(
                RowRejection(
                    closeText.isEmpty
                        ? (isBlank(row, cols.amount) && isBlank(row, cols.amountConverted)
                            ? "close date and amount are blank" : "close date is blank")
                        : Values.notADate(
                            "close date", closeText, order: closeOrder, example: "2026-11-22 or 11/22/2026"))
            )
        }

        // The converted amount wins where the export has one (Salesforce multi-currency).
        let convertedText = plainText(row, cols.amountConverted)
        let useConverted = !convertedText.isEmpty
        let parsed: (value: Double, currency: String?)
        var plainDigits = false
        if !useConverted, let c = cols.amount, c < row.count, let plain = Values.plainDecimal(bytes: row.bytes(c)) {
            // The usual amount, `125000.00`: read from the bytes, as `Values.amount` would.
            parsed = (plain, nil)
            plainDigits = true
        } else if !useConverted, let c = cols.amount, c < row.count,
            let formatted = Values.formattedAmount(bytes: row.bytes(c))
        {
            // A report's formatted amount, `$1,250,000.00`: from the bytes too.
            parsed = formatted
        } else {
            let amountText = useConverted ? convertedText : plainText(row, cols.amount)
            guard let read = Values.amount(amountText) else {
                return .rejected(
                    RowRejection(
                        amountText.isEmpty
                            ? "amount is blank"
                            : "amount \(Clip.quoted(amountText)) is not a number (expected e.g. 125000, $1,250,000.00 or 1.250.000,00 €)"
                    ))
            }
            parsed = read
        }
        var value = parsed.value
        // The amount votes for the column's decimal mark, and `10.000` reads as the mark says.
        if let c = useConverted ? cols.amountConverted : cols.amount, c < row.count {
            let bytes = row.bytes(c)
            let form =
                plainDigits ? Ingest.plainDigitsForm(bytes, pointSeen: amountVotes.point > 0) : Ingest.amountForm(bytes)
            amountVotes.add(form, bytes)
            if let reread = Ingest.reread(form, comma: decimalComma, negative: value < 0) { value = reread }
        }
        if useConverted, let c = cols.amount, c < row.count { amountVotes.addEvidence(row.bytes(c)) }
        // Close's `value` and `annualized_value` are cents (`OpportunityColumns.amountInCents`).
        if cols.amountInCents && !useConverted { value /= 100 }
        if let periods = cols.amountPeriods, !useConverted {
            switch periods.reading(row) {
            case .whole: break
            case .times(let n): value *= n
            case .unreadable(let period, let duration):
                return .rejected(
                    RowRejection(
                        "the value is per \(Clip.quoted(period)) but the duration \(duration.isEmpty ? "is blank" : "\(Clip.quoted(duration)) is not a number of periods") (expected e.g. 12)"
                    ))
            }
        }
        let written = useConverted ? f.convertedCurrency : f.currency
        var unconvertedCode: String? = nil, convertedCode: String? = nil
        // A sign that is only the exporting user's display currency (SugarCRM's labels) says nothing.
        // So is one beside a currency record's id: Sugar's export formats every amount in the user's.
        let sign = cols.signsAreDisplay || f.currencyRecord != nil ? nil : parsed.currency
        if let code = written ?? sign, code != runCurrency {
            // The settings hold the rates by code (`CurrencySettings`), as the cells are read.
            if let rate = config.currencyRates[code] {
                value *= rate
                convertedCode = code
            } else {
                unconvertedCode = code
            }
        }
        // NaN, or past any real deal (an id or a phone number in the amount column, or a wrong rate):
        // rejected rather than summed.
        guard abs(value) <= Values.largestAmount else {
            let written = plainText(row, useConverted ? cols.amountConverted : cols.amount)
            return .rejected(
                RowRejection(
                    "amount \(Clip.quoted(written)) is over \(Values.largestAmountText) in \(runCurrency) (expected a deal's value, e.g. 125000; check the amount column and currency_rates)"
                ))
        }

        // Credits, reversals and zeroed deals are not pipeline: set aside, never summed. A closed deal
        // of zero goes on as closed (the Maven CRM sample's 2,473 lost deals, all of amount 0, were
        // counted as "amount is zero" and its stage table listed only Won).
        if value < 0 || (value == 0 && !f.closed) {
            return .setAside(value == 0 ? Self.zeroAmount : Self.negativeAmount)
        }

        // What the currencies did to the amounts summed (not to rows rejected or set aside), said by
        // `noteCurrencies`.
        tallyCurrencies(
            row, facts: f, useConverted: useConverted, written: written, symbol: sign, value: value,
            unconverted: unconvertedCode, converted: convertedCode, into: &currencies)
        // An open deal whose close date reads either way: its pipeline is what the order's guess moves.
        if !f.closed { dateVotes.addOpenDeal(code: reading.vote, amount: value) }

        // The dimension cells by id; a row the ids cannot describe (short, or a column past its
        // interner's limit) keeps its cells as text.
        // The ids go through a scratch buffer and become a vector once: setting a vector's lanes one by
        // one made the compiler store and reload the whole vector for each (a stall per lane).
        var keyed = dimensions.columns.count <= 16
        if keyed {
            idScratch.update(repeating: -1, count: 16)
            for slot in dimensions.columns.indices {
                // An employee count written as plain digits is its own key: no table of the
                // thousands of counts an export holds.
                if slot == dimensions.employeesSlot, let c = dimensions.columns[slot].column, c < row.count,
                    let n = KeyedCells.plainCount(row.bytes(c))
                {
                    idScratch[slot] = KeyedCells.countID(n)
                    continue
                }
                guard let id = dimensions.columns[slot].id(row) else {
                    keyed = false
                    break
                }
                idScratch[slot] = Int32(id)
            }
        }
        let ids = UnsafeRawPointer(idScratch).loadUnaligned(as: SIMD16<Int32>.self)
        var cells: [String?] = []
        if !keyed {
            cells.reserveCapacity(dimensions.columns.count)
            for slot in dimensions.columns.indices {
                let text = dimensions.columns[slot].text(row)
                cells.append(text.isEmpty ? nil : text)
            }
        }
        let id = texts ? plainText(row, cols.id) : ""
        if texts ? id.isEmpty : isBlank(row, cols.id) { numberedRow = true }
        try typed(
            OpportunityRow(
                id: texts ? (id.isEmpty ? String(dataRow) : id) : "",
                name: texts ? plainText(row, cols.name) : "", owner: texts ? plainText(row, cols.owner) : "",
                account: accountText, stage: f.stageName,
                closeDate: closeDay, amount: value, probability: f.probability, isClosed: f.closed,
                referenceNeeded: f.referenceNeeded, activity: f.activity,
                dimensions: keyed
                    ? RawDimensions(keyed: KeyedCells(table: dimensions, ids: ids))
                    : RawDimensions(cells: DimensionCells(fields: dimensions.fields, cells: cells)), line: line,
                stageProbability: f.stageProbability, probabilityReading: f.probabilityReading,
                stageSlot: StageSlot(f.stageSlot), unconvertedCurrency: unconvertedCode))
        return nil
    }
}
