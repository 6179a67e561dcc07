/// What one unit of a common currency is roughly worth, to catch a `currency_rates` entry written the
/// wrong way round (`JPY: 150`, yen per dollar as JPY is quoted, where refgap wants dollars per yen).
/// The check only looks for a factor of ten, so the figures are rough on purpose: order of magnitude,
/// taken around mid-2025, and need no updating as rates drift. Currencies with very high inflation
/// (ARS, TRY, VES, …) are left out: their worth moves by tens a year, so no figure would hold.
enum CurrencyMagnitudes {
    /// US dollars per one unit, by ISO 4217 code.
    static let usdPerUnit: [String: Double] = [
        "USD": 1, "EUR": 1.1, "GBP": 1.3, "CHF": 1.2, "JPY": 0.0068, "CNY": 0.14, "HKD": 0.13, "TWD": 0.032,
        "KRW": 0.00073, "INR": 0.012, "SGD": 0.77, "MYR": 0.23, "THB": 0.030, "IDR": 0.000062, "PHP": 0.018,
        "VND": 0.000039, "CAD": 0.73, "AUD": 0.65, "NZD": 0.59, "MXN": 0.053, "BRL": 0.18, "CLP": 0.00105,
        "COP": 0.00025, "SEK": 0.1, "NOK": 0.097, "DKK": 0.15, "ISK": 0.0078, "PLN": 0.27, "CZK": 0.046,
        "HUF": 0.0028, "RON": 0.22, "BGN": 0.56, "ZAR": 0.055, "ILS": 0.28, "AED": 0.27, "SAR": 0.27,
        "QAR": 0.27, "KWD": 3.3, "BHD": 2.7,
    ]

    /// Units of `run` one unit of `code` is roughly worth; nil when the table does not know either.
    static func expectedRate(code: String, run: String) -> Double? {
        guard let unit = usdPerUnit[code], let runUnit = usdPerUnit[run] else { return nil }
        return unit / runUnit
    }

    /// A rate's fit with the table: nil when it is within a factor of ten of what the table says (or
    /// the table does not know either currency; a rate of 0 is refused where it is read).
    enum Misfit: Equatable {
        /// Close to the inverse of the expected rate: the run's currency per one unit, written the other
        /// way round.
        case inverted(expected: Double)
        /// Off by more than ten times, and not the inverse either.
        case implausible(expected: Double)
    }

    /// How `rate`, read as units of `run` per one unit of `code`, fits the table.
    static func misfit(code: String, rate: Double, run: String) -> Misfit? {
        guard rate > 0, rate.isFinite, let expected = expectedRate(code: code, run: run) else { return nil }
        let off = rate / expected
        guard off > 10 || off < 0.1 else { return nil }
        // The inverse within a factor of three: the rate was written the other way round.
        let fromInverse = rate * expected
        return fromInverse < 3 && fromInverse > 1.0 / 3
            ? .inverted(expected: expected) : .implausible(expected: expected)
    }

    /// `v` to `digits` significant figures, without exponent or trailing zeros (`0.00667`, `22500`).
    /// Ingest has no number formatting; rates span 1e-5 to 1e5, well within a Double's digits.
    static func significant(_ v: Double, digits: Int = 3) -> String {
        guard v > 0, v.isFinite else { return v == 0 ? "0" : "\(v)" }
        let low = Double(pow10(digits - 1)), high = Double(pow10(digits))
        // Scale into [10^(digits-1), 10^digits): `decimals` is how many places the point moved left.
        var scaled = v, decimals = 0
        while scaled < low {
            scaled *= 10
            decimals += 1
        }
        while scaled >= high {
            scaled /= 10
            decimals -= 1
        }
        var whole = Int(scaled.rounded())
        if Double(whole) >= high {
            whole /= 10
            decimals -= 1
        }
        if decimals <= 0 { return String(whole * pow10(-decimals)) }
        var text = String(whole)
        if text.count <= decimals { text = String(repeating: "0", count: decimals - text.count + 1) + text }
        var fraction = String(text.suffix(decimals))
        while fraction.last == "0" { fraction.removeLast() }
        let integer = String(text.dropLast(decimals))
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { p, _ in p * 10 } }
}
