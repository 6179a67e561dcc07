import CSVReader
import RefgapModel

/// Amounts a CRM writes per period, made the deal's whole value as that CRM totals it:
/// - Capsule: `Value` is the price per `Duration Basis` period (Fixed, Hour, Day, Week, Month, Quarter
///   or Year) over `Duration` periods, worth the value times the duration
///   (developer.capsulecrm.com/v2/models/opportunity; Capsule's FAQ: 5,000 a month for 3 months is
///   worth 15,000). A trial's pipeline read each monthly or yearly value as the whole deal.
/// - Close, where the export has no `annualized_value`: `value` per `value_period` (one_time, monthly,
///   annual) made yearly as Close's `annualized_value` is (a monthly value times 12). Its
///   `value_formatted` (`$5,000.00 monthly`) was the amount before, and such rows were rejected.
struct AmountPeriods: Sendable {
    enum Rule: Sendable {
        /// Capsule's: times the duration column's number of periods.
        case duration(Int)
        /// Close's: a monthly value times 12, others as they are.
        case annualized
    }
    let period: Int
    let rule: Rule

    /// The columns, where the export has them beside an amount read from the value they qualify.
    init?(folded header: [String], amount: Int?) {
        guard let amount, amount < header.count, header[amount] == "value" else { return nil }
        if let basis = header.firstIndex(of: "durationbasis"), let duration = header.firstIndex(of: "duration") {
            period = basis
            rule = .duration(duration)
        } else if HeaderMatch.isClose(header), let period = header.firstIndex(of: "valueperiod") {
            self.period = period
            rule = .annualized
        } else {
            return nil
        }
    }

    enum Reading {
        case whole
        case times(Double)
        /// A period with no usable number of periods: the period's name, the duration as written.
        case unreadable(period: String, duration: String)
    }

    static let periods: Set<String> = ["hour", "day", "week", "month", "quarter", "year"]

    /// What a row's period (and duration) make of its value.
    func reading(_ row: borrowing CSVRow) -> Reading {
        let p = Text.fold(plainText(row, period))
        switch rule {
        case .annualized:
            return p == "monthly" ? .times(12) : .whole
        case .duration(let duration):
            guard Self.periods.contains(p) else { return .whole }
            if duration < row.count, let n = Values.plainDecimal(bytes: row.bytes(duration)), n > 0 { return .times(n) }
            return .unreadable(period: plainText(row, period), duration: plainText(row, duration))
        }
    }

    static func note(_ header: [String], _ periods: AmountPeriods) -> String {
        switch periods.rule {
        case .duration(let duration):
            return
                "Capsule's \(Clip.quoted(header[periods.period])) says whether each value is fixed or per hour, day, week, month, quarter or year: a per-period value is multiplied by \(Clip.quoted(header[duration])), as Capsule totals an opportunity (25,000 a month for 12 months is 300,000). Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
        case .annualized:
            return
                "Close's \(Clip.quoted(header[periods.period])) says whether each value is one-time, monthly or annual: a monthly value is multiplied by 12, as Close's `annualized_value` is (export that column and it is read instead). Map another column as `amount` under `columns:` in refgap.yml to read otherwise."
        }
    }
}
