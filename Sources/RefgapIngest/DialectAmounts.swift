import RefgapModel

/// Amount columns a CRM's export names in a way another CRM's header reading would get wrong, read as
/// that CRM means them only where the export is recognisably its own. The config's `amount` wins.
extension HeaderMatch {
    /// Odoo's pipeline export (`Dialect.odoo`): `Expected Revenue` (`expected_revenue`) is the deal's
    /// amount, unweighted; its `Prorated Revenue` is the weighted one. Elsewhere an `Expected Revenue`
    /// is weighted (Salesforce's, Zoho's) and is never the amount, so it is read so only beside Odoo's
    /// expected closing date. A trial's Odoo export had no amount, or took the prorated one.
    mutating func readOdoo(_ folded: [String]) {
        guard !fromConfig.contains("amount"), columns["amount"] == nil else { return }
        let pairs = [("expectedclosing", "expectedrevenue"), ("datedeadline", "expectedrevenue")]
        for (closing, revenue) in pairs where folded.contains(closing) {
            guard let i = folded.firstIndex(of: revenue), !claimed.contains(i) else { continue }
            columns["amount"] = i
            claimed.insert(i)
            dialectAmountNote = Self.odooNote
            return
        }
    }

    /// Close's opportunity export (`Dialect.close`): `value` is in cents, `value_formatted` the same
    /// amount as the user sees it. Another reading takes `value` (Pipedrive's word for the amount): a
    /// trial's pipeline came out 100 times too large, every deal over the large-deal amount.
    mutating func readClose(_ folded: [String]) {
        guard !fromConfig.contains("amount"), folded.contains("leadname"), folded.contains("statustype"),
            let formatted = folded.firstIndex(of: "valueformatted"), !claimed.contains(formatted),
            let value = columns["amount"], folded[value] == "value"
        else { return }
        claimed.remove(value)
        columns["amount"] = formatted
        claimed.insert(formatted)
        dialectAmountNote = Self.closeNote
    }

    static func odooNote(_ header: [String], _ amount: Int) -> String {
        "Odoo's \(Clip.quoted(header[amount])) is read as each deal's amount (unweighted, in the company's currency); its `Prorated Revenue`, the amount times the probability, is not. Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
    }

    static func closeNote(_ header: [String], _ amount: Int) -> String {
        "Close's \(Clip.quoted(header[amount])) is read as each deal's amount: its `value` holds the same amount in cents. A `value_period` of monthly or annual is the value per month or year, read as it is (not annualized). Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
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
