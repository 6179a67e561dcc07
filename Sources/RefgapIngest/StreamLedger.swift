import RefgapModel

extension OpportunityStream {
    /// The ledger of the reading that stands.
    func finish(
        _ states: [PartState], ledger noted: InputLedger, duplicates: DuplicateDeals.Resolution, decisions: Decisions
    ) throws -> InputLedger {
        // An export that stopped short (no data rows, or cut inside its last row) stops the run.
        if states.allSatisfy({ $0.dataRows == 0 }) { throw CutOffFile.noDeals(path: path) }
        try CutOffFile.check(
            path: path, endsWithLineBreak: reader.endsWithLineBreak(),
            lastDataRow: states.last(where: { $0.rowsRead > 0 })?.lastDataRow, header: table.ledger.header,
            lastRead: table.columns.values.max() ?? 0)
        var ledger = noted
        if let records = states.lazy.compactMap(\.footerRecords).first,
            let warning = FooterCount.warning(
                records: records, read: states.reduce(0) { $0 + $1.dataRows + $1.raggedRows })
        {
            ledger.warnings.append(warning)
        }
        var short = ShortRows()
        for state in states { short.add(state.short) }
        if let warning = short.warning(headerFields: table.ledger.header.count) { ledger.warnings.append(warning) }
        if let note = short.note(headerFields: table.ledger.header.count) { ledger.notes.append(note) }
        ledger.setAside(DuplicateDeals.duplicateReason, rows: duplicates.duplicates)
        ledger.setAside(DuplicateDeals.supersededReason, rows: duplicates.superseded)
        for state in states { for (reason, rows) in state.setAside { ledger.setAside(reason, rows: rows) } }
        ledger.stages = StageTable.merge(states.map(\.stageCounts), readings: stageRegistry.readings)
        StageTable.note(
            ledger.stages, config: config,
            probabilityColumn: table.columns["probability"].map { table.ledger.header[$0] },
            readAsFractions: decisions.probabilityScale == 1, into: &ledger)
        StageTable.note(duplicates, currency: config.currency, into: &ledger)
        Self.noteStageFromStatus(table, config: config, into: &ledger)
        Self.noteLocalCurrency(table, config: config, into: &ledger)
        var currencies = CurrencyTally()
        var footer = 0, subtotals = 0, emptyRows = 0
        for state in states {
            ledger.rowsRead += state.rowsRead
            ledger.rowsRejected += state.rejected
            for g in state.groups.groups { ledger.rejectGroups.add(g) }
            // In file order: this part's kept rows, then its spool. Once an earlier part has spooled,
            // later kept rows follow on disk too, so `rejects` stays the first ones.
            do { try placeRejects(of: state, in: &ledger) } catch let error as Spool.Failure {
                throw InputError(path: path, error.description)
            }
            footer += state.footer
            subtotals += state.subtotals
            emptyRows += state.emptyRows
            currencies.absorb(state.currencies)
        }
        // The rows seen more than once, as their resolution used them (after the parts: file order
        // for the examples the notes quote).
        currencies.absorb(duplicates.currencies)
        RowLayout.setAside(footer: footer, subtotals: subtotals, empty: emptyRows, in: &ledger)
        ledger.recordReading(reader, everyCell: false)
        Self.noteCurrencies(
            currencies, config: config,
            convertedHeader: table.columns["amount_converted"].map { table.ledger.header[$0] },
            amountHeader: table.columns["amount"].map { table.ledger.header[$0] },
            recordHeader: states.first?.typer.cols.currencyRecord.map { table.ledger.header[$0] },
            currencyHeader: table.columns["amount_currency"].map { table.ledger.header[$0] },
            unreadCurrencyHeaders: (states.first?.typer.cols.unreadCurrencies ?? []).map {
                ($0, table.ledger.header[$0])
            }, into: &ledger)
        ledger.sha256 = digest.value
        return ledger
    }

    /// A part's rejected rows after those of the parts before it, in file order.
    private func placeRejects(of state: PartState, in ledger: inout InputLedger) throws {
        for r in state.rejects {
            if let last = ledger.rejectSpools.last {
                try last.append(r)
            } else {
                ledger.rejects.append(r)
            }
        }
        if let spool = state.spool {
            try ledger.rejectSpools.last?.flush()
            try spool.flush()
            ledger.rejectSpools.append(spool)
        }
    }

    /// Currency names read as codes (noted), and currencies without a rate (warned: summed unconverted).
    static func noteCurrencies(
        _ tally: CurrencyTally, config: Config, convertedHeader: String?, amountHeader: String? = nil,
        recordHeader: String? = nil, currencyHeader: String? = nil,
        unreadCurrencyHeaders: [(column: Int, header: String)] = [],
        into ledger: inout InputLedger
    ) {
        noteBlankConverted(
            tally, config: config, convertedHeader: convertedHeader, amountHeader: amountHeader,
            recordHeader: recordHeader, into: &ledger)
        CurrencyRecord.note(tally, config: config, currencyHeader: currencyHeader, into: &ledger)
        for (column, header) in unreadCurrencyHeaders {
            UnreadCurrencyColumns.note(tally, column: column, header: header, config: config, into: &ledger)
        }
        if tally.unlabelledConverted > 0 {
            let n = tally.unlabelledConverted
            let column = Clip.quoted(convertedHeader ?? "amount_converted")
            let what =
                "\(n) amount\(n == 1 ? "" : "s") in \(column) (\(StageTable.amount(tally.unlabelledConvertedSum)) \(config.currency)) \(n == 1 ? "was" : "were") read as \(config.currency): \(n == 1 ? "it does" : "they do") not say \(n == 1 ? "its" : "their") currency, and a CRM writes them in the company's own currency"
            if let likely = tally.likelyCompanyCurrency(run: config.currency) {
                let deals =
                    "\(likely.deals) deal\(likely.deals == 1 ? "" : "s") in \(likely.code) carr\(likely.deals == 1 ? "ies" : "y") the same amount in both columns"
                let tie = likely.tied.isEmpty ? "" : " (as many in \(likely.tied.joined(separator: ", ")))"
                if likely.code == config.currency {
                    ledger.notes.append("\(what); \(deals)\(tie), so that is the company currency.")
                } else if CurrencyNames.isCode(likely.code) {
                    ledger.warnings.append(
                        "\(what). \(deals)\(tie), so the company currency looks like \(likely.code): set `currency: \(likely.code)` in refgap.yml to report in it."
                    )
                } else {
                    // A currency an admin renamed (`Euro (EU)`): no `currency:` refgap would take.
                    ledger.warnings.append(
                        "\(what). \(deals)\(tie), so the company currency looks like \(Clip.quoted(likely.code)), which is not a currency code: set `currency:` in refgap.yml to its code (e.g. currency: EUR) to report in it."
                    )
                }
            } else {
                ledger.warnings.append(
                    "\(what), and no deal shows which it is. If the company currency is not \(config.currency), set `currency:` to it in refgap.yml."
                )
            }
        }
        if !tally.named.isEmpty {
            let read = tally.named.sorted(by: { $0.key < $1.key }).map {
                "\(Clip.quoted($0.key)) as \($0.value.code) (\($0.value.count) amount\($0.value.count == 1 ? "" : "s"))"
            }
            ledger.notes.append(
                "currency names read as their ISO 4217 codes: \(read.joined(separator: ", ")).")
        }
        for (pair, clash) in tally.clashes.sorted(by: {
            ($0.key.symbol, $0.key.column) < ($1.key.symbol, $1.key.column)
        }) {
            let n = clash.count
            ledger.notes.append(
                "\(n) amount\(n == 1 ? " is" : "s are") written in \(pair.symbol) in deals whose currency column says \(pair.column) (like \(Clip.quoted(clash.example))): the currency column was followed."
            )
        }
        for (written, (count, sum)) in tally.unconverted.sorted(by: { $0.key < $1.key }) {
            ledger.unconvertedCurrencies.append((written, count))
            let currency = Clip.text(written)
            // A code is a plain YAML key; anything else (a name refgap does not know) is quoted as YAML reads it.
            let key = CurrencyNames.isCode(written) ? currency : Text.yamlQuote(written)
            ledger.warnings.append(
                "\(count) amount\(count == 1 ? "" : "s") in \(currency) (\(StageTable.amount(sum)) in all) \(count == 1 ? "was" : "were") read as \(config.currency), unconverted (open, closed and overdue deals alike): add `currency_rates: {\(key): <\(config.currency) per \(currency)>}` to refgap.yml to convert \(count == 1 ? "it" : "them")."
            )
        }
        noteRates(tally, config: config, unreadCurrencyHeaders: unreadCurrencyHeaders, into: &ledger)
        unusedRates(tally, config: config, unreadCurrencyHeaders: unreadCurrencyHeaders, into: &ledger)
    }

    /// `currency_rates` given, yet no amount says its currency (no currency column read, no sign or code
    /// in a cell, no converted amount): every rate converted nothing. A trial's Japanese report gave
    /// `JPY` a rate and summed its yen as dollars without a word.
    static func unusedRates(
        _ tally: CurrencyTally, config: Config, unreadCurrencyHeaders: [(column: Int, header: String)],
        into ledger: inout InputLedger
    ) {
        let codes = config.currencyRates.keys.filter { $0 != config.currency }.sorted()
        let fields = Set(ledger.mapping.map(\.field))
        guard !codes.isEmpty, tally.converted.isEmpty, tally.unconverted.isEmpty,
            !fields.contains("amount_currency"), !fields.contains("amount_converted")
        else { return }
        let run = config.currency
        let naming =
            codes.map { UnreadCurrencyColumns.naming($0, in: tally, headers: unreadCurrencyHeaders, run: run) }
            .first { !$0.isEmpty } ?? ""
        ledger.warnings.append(
            "refgap.yml gives currency_rates for \(codes.joined(separator: ", ")), but no amount was converted: no column is read as the amounts' currency and no amount carries a currency sign or code, so every amount was taken as \(run).\(naming) If a column gives each deal's currency, name it in refgap.yml: `columns: {opportunities: {amount_currency: \"<its header>\"}}`."
        )
    }

    /// Deals whose converted amount is blank, read from their own amount in the run's currency: a
    /// note when their currency record says the system currency (Sugar's `-99`) or every deal with both
    /// amounts has them equal (one currency), else a warning, since those amounts may be in another.
    static func noteBlankConverted(
        _ tally: CurrencyTally, config: Config, convertedHeader: String?, amountHeader: String?,
        recordHeader: String?, into ledger: inout InputLedger
    ) {
        let n = tally.blankConverted
        guard n > 0 else { return }
        let run = config.currency
        let converted = Clip.quoted(convertedHeader ?? "amount_converted")
        let read =
            "\(n) deal\(n == 1 ? " has" : "s have") no amount in \(converted) (open, closed and overdue deals alike): \(n == 1 ? "its" : "their") \(Clip.quoted(amountHeader ?? "amount")) was read instead, as \(run) (\(StageTable.amount(tally.blankConvertedSum)) \(run) in all)"
        let fill =
            "If \(n == 1 ? "it is" : "they are") not in \(run), fill \(converted) for \(n == 1 ? "it" : "them") in the CRM and export again (or give the export a currency column, with `currency_rates:` in refgap.yml)."
        if let record = recordHeader.map(Clip.quoted), let other = tally.blankConvertedRecords[.other], other.count > 0
        {
            let otherSum = other.sum
            let other = other.count
            ledger.warnings.append(
                "\(read). \(other) of them (\(StageTable.amount(otherSum)) as written) \(other == 1 ? "has" : "have") a \(record) other than -99, the system currency's: \(other == 1 ? "its amount is" : "their amounts are") in another currency, counted as \(run) unconverted. Fill \(converted) for \(other == 1 ? "it" : "them") in the CRM and export again."
            )
        } else if let record = recordHeader.map(Clip.quoted), tally.blankConvertedRecords[.system]?.count == n {
            ledger.notes.append(
                "\(read); \(n == 1 ? "its" : "each one's") \(record) is -99, the system currency's, so \(n == 1 ? "its amount is" : "their amounts are") already in it. If the system currency is not \(run), set `currency:` to it in refgap.yml."
            )
        } else if tally.bothAmountsDiffer == 0, tally.bothAmountsEqual > 0 {
            ledger.notes.append(
                "\(read), though nothing on \(n == 1 ? "that row" : "those rows") says its currency; every deal with both amounts (\(tally.bothAmountsEqual)) has them equal, so the export looks like one currency's. \(fill)"
            )
        } else if tally.bothAmountsDiffer > 0 {
            let differ = tally.bothAmountsDiffer
            ledger.warnings.append(
                "\(read), though nothing on \(n == 1 ? "that row" : "those rows") says its currency. \(differ) of the \(tally.bothAmountsEqual + differ) deals with both amounts \(differ == 1 ? "has" : "have") them differ, so the export holds other currencies too. \(fill)"
            )
        } else {
            ledger.warnings.append(
                "\(read), though nothing on \(n == 1 ? "that row" : "those rows") says its currency, and no deal carries both amounts to show which currencies the export holds. \(fill)"
            )
        }
    }

    /// `currency_rates` entries a factor of ten or more off what a unit of the currency is roughly worth
    /// (`CurrencyMagnitudes`), warned about: used as written (the setting is the user's), but said, with
    /// the amounts they converted.
    static func noteRates(
        _ tally: CurrencyTally, config: Config, unreadCurrencyHeaders: [(column: Int, header: String)] = [],
        into ledger: inout InputLedger
    ) {
        let run = config.currency
        for (code, rate) in config.currencyRates.sorted(by: { $0.key < $1.key }) where code != run {
            guard let misfit = CurrencyMagnitudes.misfit(code: code, rate: rate, run: run) else { continue }
            let given = CurrencyMagnitudes.significant(rate, digits: 6)
            let head = "currency_rates gives \(code): \(given), read as \(given) \(run) per \(code)"
            let verdict: String, fix: String
            switch misfit {
            case .inverted(let expected):
                verdict =
                    "\(head), but one \(code) is worth about \(CurrencyMagnitudes.significant(expected, digits: 2)) \(run): the rate looks inverted (\(given) is about how many \(code) one \(run) buys)"
                fix =
                    "If \(given) is \(code) per \(run), write `currency_rates: {\(code): \(CurrencyMagnitudes.significant(1 / rate))}` in refgap.yml instead."
            case .implausible(let expected):
                verdict =
                    "\(head), but one \(code) is worth roughly \(CurrencyMagnitudes.significant(expected, digits: 2)) \(run): the rate looks implausible"
                fix =
                    "Check it in refgap.yml: `currency_rates: {\(code): <\(run) per \(code)>}` takes what one \(code) is worth in \(run)."
            }
            let used: String
            if let (count, sum) = tally.converted[code], count > 0 {
                used =
                    "It was used as written: \(count) amount\(count == 1 ? "" : "s") in \(code) \(count == 1 ? "was" : "were") converted with it (\(StageTable.amount(sum)) \(run) in all)."
            } else {
                // Not "no amount is in it": its amounts may have been rejected (a rate that made them
                // over a trillion) or taken from a converted column instead.
                used =
                    "No amount that was summed was converted with it."
                    + UnreadCurrencyColumns.naming(code, in: tally, headers: unreadCurrencyHeaders, run: run)
            }
            ledger.warnings.append("\(verdict). \(used) \(fix)")
        }
    }
}
