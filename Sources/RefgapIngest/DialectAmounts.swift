import RefgapModel

/// Amount columns a CRM's export names in a way another CRM's header reading would get wrong, read as
/// that CRM means them only where the export is recognisably its own. The config's `amount` wins.
extension HeaderMatch {
    /// Odoo's pipeline export (`Dialect.odoo`): `Expected Revenue` (`expected_revenue`) is the deal's
    /// amount, unweighted; its `Prorated Revenue` is the weighted one. Elsewhere an `Expected Revenue`
    /// is weighted (Salesforce's, Zoho's) and is never the amount, so it is read so only beside Odoo's
    /// expected closing date. A trial's Odoo export had no amount, or took the prorated one.
    /// In Odoo 13 and before, the field names were `planned_revenue` (labelled Expected Revenue) and
    /// `expected_revenue` (labelled Prorated Revenue): the first is the amount where it is there (a
    /// trial's Odoo 13 export read the prorated one). Spanish labels from Odoo's `es.po`.
    mutating func readOdoo(_ folded: [String]) {
        guard !fromConfig.contains("amount"), columns["amount"] == nil else { return }
        let pairs = [
            ("expectedclosing", "expectedrevenue"), ("datedeadline", "plannedrevenue"),
            ("datedeadline", "expectedrevenue"), (Text.fold("Cierre esperado"), Text.fold("Ingreso esperado")),
        ]
        for (closing, revenue) in pairs where folded.contains(closing) {
            guard let i = folded.firstIndex(of: revenue), !claimed.contains(i) else { continue }
            columns["amount"] = i
            claimed.insert(i)
            dialectAmountNote = Self.odooNote
            return
        }
    }

    /// Close's opportunity export (`Dialect.close`): `value` and `annualized_value` are in cents,
    /// `value_formatted` the value as the user sees it (`$50 monthly` for a monthly one). The deal's
    /// amount is its annualized value where the export has it (a monthly value times 12, a one-time
    /// value as it is), else `value_formatted`; another reading takes `value` (Pipedrive's word for
    /// the amount): a trial's pipeline came out 100 times too large, every deal over the large-deal
    /// amount. Whichever Close column in cents is the amount, even one the config names, is divided by
    /// 100 (`OpportunityColumns.amountInCents`).
    mutating func readClose(_ folded: [String]) {
        guard Self.isClose(folded) else { return }
        if columns["account"] == nil, let lead = folded.firstIndex(of: "leadname"), !claimed.contains(lead) {
            columns["account"] = lead
            claimed.insert(lead)
        }
        guard !fromConfig.contains("amount") else { return }
        // Without `annualized_value`, `value` in cents beside `value_period`, made yearly as Close
        // makes it (`AmountPeriods`); `value_formatted` only where there is no period to read.
        let yearly = folded.contains("valueperiod") ? folded.firstIndex(of: "value") : nil
        let pick =
            folded.firstIndex(of: "annualizedvalue") ?? yearly ?? folded.firstIndex(of: "valueformatted")
        guard let pick, !claimed.contains(pick) else { return }
        if let value = columns["amount"] { claimed.remove(value) }
        columns["amount"] = pick
        claimed.insert(pick)
        dialectAmountNote = Self.closeNote
    }

    static func isClose(_ folded: [String]) -> Bool { folded.contains("leadname") && folded.contains("statustype") }

    /// Whether `amount` is one of Close's fields in cents.
    static func isCloseCents(_ folded: [String], amount: Int) -> Bool {
        isClose(folded) && amount < folded.count
            && ["value", "annualizedvalue", "expectedvalue", "annualizedexpectedvalue"].contains(folded[amount])
    }

    static func odooNote(_ header: [String], _ amount: Int) -> String {
        "Odoo's \(Clip.quoted(header[amount])) is read as each deal's amount (unweighted, in the company's currency); its `Prorated Revenue`, the amount times the probability, is not. Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
    }

    static func closeNote(_ header: [String], _ amount: Int) -> String {
        let folded = header.map(Text.fold)
        let cents = isCloseCents(folded, amount: amount)
        return
            "Close's \(Clip.quoted(header[amount])) is read as each deal's amount\(cents ? ", divided by 100 (Close writes it in cents)" : "")\(folded[amount] == "annualizedvalue" ? ": a monthly or annual value made yearly (times 12 for a monthly one), a one-time value as it is" : folded[amount] == "value" && folded.contains("valueperiod") ? "" : "; a `value_period` of monthly or annual is the value per month or year, read as it is (not annualized)"). Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
    }
}

extension HeaderMatch {
    /// An amount read from a bid whose export also says the bid is per hour, day, month or year
    /// (Insightly's `Bid Amount` beside `Bid Type` and `Bid Duration`): one period's price, not the
    /// deal's value, so the warning names the column that holds the whole (`Opportunity Value`).
    static func perPeriodAmountWarning(header: [String], columns: [String: Int]) -> String? {
        guard let amount = columns["amount"], Text.fold(header[amount]) == "bidamount",
            let type = header.firstIndex(where: { Text.fold($0) == "bidtype" })
        else { return nil }
        let duration = header.first { Text.fold($0) == "bidduration" }
        return
            "The amount is read from \(Clip.quoted(header[amount])), but \(Clip.quoted(header[type])) says whether each bid is fixed or per hour, day, month or year\(duration.map { " (over \(Clip.quoted($0)) periods)" } ?? ""): a per-period bid is read as the deal's whole value. Export Insightly's `Opportunity Value` (the bid times its duration) and it is read instead, or map the amount under `columns:` in refgap.yml."
    }
}
