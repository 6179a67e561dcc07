import RefgapModel

/// Notes on what the header mapping assumed about an opportunity export's columns, said with the deals
/// and pipeline they reach and the setting that says otherwise.
extension OpportunityStream {
    /// The stage read from the status column, when no column named the stage (`HeaderMatch`): which
    /// values were read as stages, for how many deals and what amounts, and how to name another column.
    static func noteStageFromStatus(_ table: Table, config: Config, into ledger: inout InputLedger) {
        guard let stage = table.columns["stage"], table.columns["status"] == stage,
            config.columns[InputKind.opportunities.rawValue]?["stage"] == nil
        else { return }
        var values: [(stage: String, deals: Int)] = []
        for tally in ledger.stages {
            if let i = values.firstIndex(where: { $0.stage == tally.reading.stage }) {
                values[i].deals += tally.deals
            } else {
                values.append((tally.reading.stage, tally.deals))
            }
        }
        let shown = values.prefix(6).map { "\(Clip.text($0.stage)) \($0.deals)" }
        let more = values.count > 6 ? " and \(values.count - 6) more" : ""
        let list = shown.joined(separator: ", ") + more
        let counted = totals(ledger).map { " (of the \($0.deals) counted: \(list); \($0.amounts))" } ?? ""
        // A column left unread whose header says stage (Business Central's list page adds `Current Sales
        // Cycle Stage`, each company's own stages) is named, not left for the user to find.
        let stageLike = ledger.unmappedHeaders.first { Text.fold($0).contains("stage") }
        let example = stageLike.map { Text.yamlQuote($0) } ?? "\"Your column\""
        let unread = stageLike.map { " (\(Clip.quoted($0)) is not read)" } ?? ""
        ledger.notes.append(
            "no stage column: the stage is read from the \(Clip.quoted(table.ledger.header[stage])) column\(counted); if another column holds the stage\(unread), name it in refgap.yml: columns: {opportunities: {stage: \(example)}}"
        )
    }

    /// The deals the stage tallies counted, and their amounts, as the notes say them (`8 deals`, `796,000
    /// in all, 681,000 of it on open deals, overdue and beyond the horizon included`); nil for none.
    private static func totals(_ ledger: InputLedger) -> (deals: String, amounts: String)? {
        let deals = ledger.stages.reduce(0) { $0 + $1.deals }
        guard deals > 0 else { return nil }
        let all = ledger.stages.reduce(0) { $0 + $1.pipeline }
        let open = ledger.stages.filter { $0.reading.stageClass == .open }.reduce(0) { $0 + $1.pipeline }
        return (
            StageTable.dealCount(deals),
            "\(StageTable.amount(all)) in all, \(StageTable.amount(open)) of it on open deals, overdue and beyond the horizon included"
        )
    }

    /// Amounts from a column whose header ends in `(LCY)` (Business Central's local currency, the
    /// company's own) with no currency column to name it: read as the run's currency, noted with the
    /// setting that names another. Not when refgap.yml set a currency other than the default USD.
    static func noteLocalCurrency(_ table: Table, config: Config, into ledger: inout InputLedger) {
        guard let amount = table.columns["amount"], table.columns["amount_currency"] == nil,
            table.columns["amount_converted"] == nil, config.currency == "USD"
        else { return }
        let header = table.ledger.header[amount]
        guard Text.trim(header).uppercased().hasSuffix("(LCY)") else { return }
        guard let counted = totals(ledger) else { return }
        ledger.notes.append(
            "\(Clip.quoted(header)) holds amounts in the company's own currency (LCY, local currency), which the export does not name: the amounts of \(counted.deals) (\(counted.amounts)) were read as \(config.currency), the `currency:` setting (USD by default). If the company's currency is another, set it in refgap.yml, e.g. currency: EUR."
        )
    }
}
