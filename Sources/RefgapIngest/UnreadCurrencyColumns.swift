import RefgapModel

/// Columns that look like the amounts' currency but are not read (OroCRM's `Budget Amount Currency`,
/// a French `Devise du montant` beside an amount mapped by hand): their amounts are read as the run's
/// currency. The header's warning (`UnreadDimension.moneyWarnings`) cannot say what that did, so the
/// pass tallies each such column's values on the amounts it reads as the run's currency, and the
/// warning is made again with them: the deals the column names another currency for, and their sums.
/// A column that names no other currency becomes a note: reading it would change no amount.
enum UnreadCurrencyColumns {
    /// A value of one unread column: its code, upper-cased (a name read as its code, `Euro` as EUR).
    struct Value: Hashable, Sendable {
        let column: Int
        let code: String
    }

    /// The amounts read as the run's currency where an unread column holds one value.
    struct Reach: Sendable {
        var deals = 0
        var sum = 0.0
        /// The first spelling met (`n/a`, not `N/A`).
        var written = ""
        /// A currency refgap knows (`CurrencyNames.isKnown`), not a placeholder like `n/a`.
        var known = false

        var none: Reach { Reach(written: written, known: known) }

        mutating func add(_ other: Reach) {
            deals += other.deals
            sum += other.sum
        }
    }

    /// What one cell of an unread column says, read once per distinct value (`OpportunityTyper` keeps
    /// it by the cell's id): its code, and the reach it starts. nil for a blank cell or `run` itself.
    static func reading(_ cell: String, run: String) -> (value: String, reach: Reach)? {
        guard let (code, named) = CurrencyNames.code(cell), code != run else { return nil }
        return (code, Reach(written: Text.trim(cell), known: named || CurrencyNames.isKnown(code)))
    }

    /// An amount read as the run's currency in a deal whose unread column `column` says `read`.
    static func tally(
        _ read: (value: String, reach: Reach), column: Int, amount: Double, into tally: inout CurrencyTally
    ) {
        let key = Value(column: column, code: read.value)
        if tally.unreadColumns[key] == nil { tally.unreadColumns[key] = read.reach }
        tally.unreadColumns[key]?.deals += 1
        tally.unreadColumns[key]?.sum += amount
    }

    /// The header's warning for `column`, made again with what its values would change; a note when
    /// reading it would change no amount (blank, the run's currency, or text that is no currency).
    static func note(
        _ tally: CurrencyTally, column: Int, header: String, config: Config, into ledger: inout InputLedger
    ) {
        let field = "amount_currency"
        guard let i = ledger.warnings.firstIndex(of: UnreadDimension.moneyWarning(field: field, header: header))
        else { return }
        let run = config.currency
        let values = tally.unreadColumns.filter { $0.key.column == column && $0.value.deals > 0 }
            .sorted { ($0.value.sum, $1.key.code) > ($1.value.sum, $0.key.code) }
        // A value that is no currency refgap knows but is written like a code (`XOF`, or `TBD`) may be
        // one: said as such, and a warning. Other text (`n/a`, `-`) is a placeholder.
        let currencies = values.filter { $0.value.known }
        let unknownCodes = values.filter { !$0.value.known && CurrencyNames.isCode($0.key.code) }
        let placeholders = values.filter { !$0.value.known && !CurrencyNames.isCode($0.key.code) }
        func list(_ some: [(key: Value, value: Reach)]) -> String {
            some.prefix(8).map { v in
                "\(Clip.quoted(v.value.written)) in \(deals(v.value.deals)) (\(StageTable.amount(v.value.sum)))"
            }.joined(separator: ", ") + (some.count > 8 ? " and \(some.count - 8) more" : "")
        }
        let placeholderText =
            placeholders.isEmpty
            ? "" : "Text that is no currency (\(list(placeholders))) would change no amount."
        // Amounts with their own sign were not compared: read, the column would be followed over the sign
        // (as a mapped currency column is), so nothing is said to change nothing while there are any.
        let skipped = tally.unreadColumnsSkipped
        let signed =
            skipped == 0
            ? ""
            : "\(deals(skipped)) whose amount\(skipped == 1 ? "" : "s") carr\(skipped == 1 ? "ies its" : "y their") own currency sign (as in $125,000.00 or 1.250.000,00 €) \(skipped == 1 ? "was" : "were") not compared with it: read, the column would be followed over the sign."
        guard !currencies.isEmpty || !unknownCodes.isEmpty || skipped > 0 else {
            ledger.warnings.remove(at: i)
            let also =
                placeholders.isEmpty ? " or \(run)" : ", \(run) or text that is no currency (\(list(placeholders)))"
            ledger.notes.append(
                UnreadDimension.moneyWarning(
                    field: field, header: header,
                    reach:
                        "In every deal whose amount was read as \(run) it is blank\(also), so reading it would change no amount."
                ))
            return
        }
        var reach: [String] = []
        if !currencies.isEmpty {
            let n = currencies.reduce(0) { $0 + $1.value.deals }
            let sum = currencies.reduce(0.0) { $0 + $1.value.sum }
            let each =
                currencies.prefix(8).map { v in
                    "\(v.key.code) in \(deals(v.value.deals)) (\(StageTable.amount(v.value.sum)) \(v.key.code) counted as \(run))"
                }.joined(separator: ", ") + (currencies.count > 8 ? " and \(currencies.count - 8) more" : "")
            reach.append(
                "It names another currency than \(run) for \(deals(n)) whose amounts were read as \(run), \(StageTable.amount(sum)) in all: \(each)."
            )
        }
        if !unknownCodes.isEmpty {
            reach.append(
                "It \(currencies.isEmpty ? "holds" : "also holds") codes refgap cannot place (a currency it has no table for, or no currency at all), whose amounts were read as \(run): \(list(unknownCodes))."
            )
        }
        ledger.warnings[i] = UnreadDimension.moneyWarning(
            field: field, header: header,
            reach: (reach + [placeholderText, signed]).filter { !$0.isEmpty }.joined(separator: " "))
    }

    /// For the warning about a `currency_rates` entry no amount was converted with: the unread columns
    /// that name `code`, which is why (the rate applies once the column is read).
    static func naming(
        _ code: String, in tally: CurrencyTally, headers: [(column: Int, header: String)], run: String
    ) -> String {
        let naming = headers.compactMap { h in
            tally.unreadColumns[Value(column: h.column, code: code)].map { (h.header, $0.deals) }
        }.filter { $0.1 > 0 }
        guard let (header, n) = naming.first else { return "" }
        return
            " Column \(Clip.quoted(header)), which refgap does not read, names \(code) for \(deals(n)) read as \(run): the rate applies only once that column is read (see its warning)."
    }

    private static func deals(_ n: Int) -> String { "\(n) deal\(n == 1 ? "" : "s")" }
}
