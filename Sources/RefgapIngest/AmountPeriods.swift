import CSVReader
import RefgapModel

/// Capsule's opportunity export: `Value` is the price per `Duration Basis` period (Fixed, Hour, Day,
/// Week, Month, Quarter or Year) over `Duration` periods, and the opportunity is worth the value times
/// the duration (developer.capsulecrm.com/v2/models/opportunity; Capsule's FAQ: 5,000 a month for 3
/// months is worth 15,000). A trial's pipeline read each monthly or yearly value as the whole deal.
struct AmountPeriods: Sendable {
    let basis: Int
    let duration: Int

    /// The two columns, where the export has both beside an amount read from Capsule's `Value`.
    init?(folded header: [String], amount: Int?) {
        guard let amount, amount < header.count, header[amount] == "value",
            let basis = header.firstIndex(of: "durationbasis"), let duration = header.firstIndex(of: "duration")
        else { return nil }
        self.basis = basis
        self.duration = duration
    }

    enum Reading {
        case whole
        case times(Double)
        /// A period with no usable number of periods: the period's name, the duration as written.
        case unreadable(period: String, duration: String)
    }

    static let periods: Set<String> = ["hour", "day", "week", "month", "quarter", "year"]

    /// What a row's basis and duration make of its value.
    func reading(_ row: borrowing CSVRow) -> Reading {
        let period = Text.fold(plainText(row, basis))
        guard Self.periods.contains(period) else { return .whole }
        if duration < row.count, let n = Values.plainDecimal(bytes: row.bytes(duration)), n > 0 { return .times(n) }
        return .unreadable(period: plainText(row, basis), duration: plainText(row, duration))
    }

    static func note(_ header: [String], _ periods: AmountPeriods) -> String {
        "Capsule's \(Clip.quoted(header[periods.basis])) says whether each value is fixed or per hour, day, week, month, quarter or year: a per-period value is multiplied by \(Clip.quoted(header[periods.duration])), as Capsule totals an opportunity (25,000 a month for 12 months is 300,000). Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
    }
}
