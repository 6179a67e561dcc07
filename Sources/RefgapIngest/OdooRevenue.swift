import RefgapModel

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
            odooRevenue = true
            return
        }
    }

    static func odooNote(_ header: String) -> String {
        "Odoo's \(Clip.quoted(header)) is read as each deal's amount (unweighted, in the company's currency); its `Prorated Revenue`, the amount times the probability, is not. Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
    }
}
