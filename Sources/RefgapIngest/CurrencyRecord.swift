import RefgapModel

/// A SugarCRM/SuiteCRM currency record's id where a currency code was expected: `-99` is the system
/// currency's (fixed in Sugar's `Currency` module), any other id (a GUID) another currency's. Their
/// exports write it in the currency column (`currency_id`, the *Export* labels' `Currency`), and a
/// rate for `-99` can mean nothing (a trial was advised `currency_rates: {"-99": ...}`).
enum CurrencyRecord: Sendable, Hashable {
    case system
    case other

    /// A cell of a column not known to hold record ids (read as the currency): only `-99` and a GUID
    /// are ids, anything else is left to be read as a currency.
    init?(_ cell: String) {
        guard cell == Self.systemID || Self.isGUID(cell) else { return nil }
        self.init(inRecordColumn: cell)
    }

    /// A cell of a column of record ids (`currency_id`): any id but `-99` is another currency's; nil when blank.
    init?(inRecordColumn cell: String) {
        guard !cell.isEmpty else { return nil }
        self = cell == Self.systemID ? .system : .other
    }

    static let systemID = "-99"

    /// `c1a3e0f2-5b7d-4c8e-9f10-2a3b4c5d6e7f`: 36 characters, hex digits with dashes at 8, 13, 18, 23.
    static func isGUID(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard bytes.count == 36 else { return false }
        for (i, b) in bytes.enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 {
                if b != UInt8(ascii: "-") { return false }
            } else if !(b >= 48 && b <= 57) && !(b | 0x20 >= 97 && b | 0x20 <= 102) {
                return false
            }
        }
        return true
    }
}

extension CurrencyRecord {
    /// Amounts whose currency column holds a record's id: on another record than `-99`, a warning (in
    /// another currency, read unconverted); on `-99` alone, a note (the system currency's).
    static func note(_ tally: CurrencyTally, config: Config, currencyHeader: String?, into ledger: inout InputLedger) {
        let none = (count: 0, sum: 0.0)
        let (system, other) = (tally.records[.system] ?? none, tally.records[.other] ?? none)
        guard system.count + other.count > 0 else { return }
        let run = config.currency
        let column = Clip.quoted(currencyHeader ?? "amount_currency")
        let ids = "a SugarCRM/SuiteCRM currency record's id, not a currency code"
        if other.count > 0 {
            let n = other.count
            ledger.warnings.append(
                "\(n) amount\(n == 1 ? "" : "s") (\(StageTable.amount(other.sum)) in all) \(n == 1 ? "has" : "have") in \(column) \(ids), and not -99 (the system currency's): \(n == 1 ? "it is" : "they are") in another currency and \(n == 1 ? "was" : "were") read as \(run), unconverted (open, closed and overdue deals alike). Export the amount converted to the system currency with them (`amount_usdollar`, or the *Export* labels' converted amount) to read them converted."
            )
        }
        if system.count > 0 {
            let n = system.count
            ledger.notes.append(
                "\(n) amount\(n == 1 ? "" : "s") (\(StageTable.amount(system.sum)) in all) \(n == 1 ? "has" : "have") -99 in \(column), \(ids): the system currency's, read as \(run). If the system currency is not \(run), set `currency:` to it in refgap.yml."
            )
        }
    }
}
