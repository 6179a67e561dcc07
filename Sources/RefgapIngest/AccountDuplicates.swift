import RefgapModel

/// An accounts export with an account on several rows: a report of one row per contract, renewal or
/// opportunity (Salesforce's *Accounts with Contracts*). Read by name, the first row stood for the
/// account: a trial's expired contracts came first, so no account was on renewal caution and 18
/// contacts renewing within 60 days were asked for 43.5 references, without a word.
///
/// Each account (by `Text.accountKey`, as the roster and the deals are matched) is one row: the first,
/// with the latest renewal date of all its rows (an expired contract ended before the current one),
/// and each blank field filled from its next rows; the others are set aside, and a warning says so.
enum AccountDuplicates {
    static func merge(_ rows: [AccountRow], ledger: inout InputLedger) -> [AccountRow] {
        var firstByKey: [String: Int] = [:]
        var merged: [AccountRow] = []
        merged.reserveCapacity(rows.count)
        var repeated: [Int: Int] = [:]  // place in `merged` → rows joined into it
        var laterRenewal = 0
        for row in rows {
            let key = Text.accountKey(row.name)
            guard let at = firstByKey[key] else {
                firstByKey[key] = merged.count
                merged.append(row)
                continue
            }
            repeated[at, default: 0] += 1
            if let renewal = row.renewal, merged[at].renewal.map({ renewal > $0 }) ?? true {
                if merged[at].renewal != nil { laterRenewal += 1 }
                merged[at].renewal = renewal
            }
            if merged[at].health == nil { merged[at].health = row.health }
            if merged[at].arr == nil { merged[at].arr = row.arr }
            if merged[at].nps == nil { merged[at].nps = row.nps }
            if merged[at].csm.isEmpty { merged[at].csm = row.csm }
            merged[at].openEscalations = max(merged[at].openEscalations, row.openEscalations)
        }
        guard !repeated.isEmpty else { return rows }
        let extra = repeated.values.reduce(0, +)
        ledger.setAside("an account's later row (one row per account is read)", rows: extra)
        let named = repeated.keys.sorted().prefix(5).map {
            "\(Clip.quoted(merged[$0].name)) (\(repeated[$0, default: 0] + 1) rows)"
        }
        let n = repeated.count
        ledger.warnings.append(
            "\(n) account\(n == 1 ? " is" : "s are") on more than one row (a report of one row per contract or renewal?): each is read once, as its first row, with the latest renewal date of its rows (\(laterRenewal) taken from a later row) and blank cells filled from its other rows; \(extra) row\(extra == 1 ? " was" : "s were") set aside. \(named.joined(separator: ", "))\(n > 5 ? ", and \(n - 5) more" : ""). If an account renews on an earlier date than its latest one (two live contracts), its renewal caution is missed: export one row per account with its next renewal date."
        )
        return merged
    }
}
