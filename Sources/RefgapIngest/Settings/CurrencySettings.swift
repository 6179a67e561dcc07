import RefgapModel

extension Settings {
    /// The currency amounts are reported in and the rates that convert others: in `all` after `reading`.
    /// Both may be written by name or symbol (`US Dollar`, `€`), as Dynamics 365 writes currencies.
    static let currencies: [Setting] = [
        Setting(
            "currency", "currency code", "The currency amounts are reported in.",
            read: { c, n, r in
                // A name as Dynamics writes it (`US Dollar`) is its code; other text is not a currency.
                let written = try r.text(n, "currency")
                guard let code = CurrencyNames.code(written)?.code, CurrencyNames.isCode(code) else {
                    throw r.fail(
                        n,
                        "currency \(Clip.quoted(written)) is not a currency (expected a code such as USD or EUR, a name such as US Dollar, or a symbol such as €)"
                    )
                }
                c.currency = code
            },
            value: { c in .text(c.currency) }, initComment: [], initWrites: .valueInEffect),
        Setting(
            "currency_rates", "currency: rate",
            "Units of `currency` per one unit of another currency (EUR: 1.08), to convert amounts in it.",
            read: { c, n, r in
                let written = try r.map(n, "currency_rates") { try r.number($0, "a currency rate", 0...1e9) }
                // A key written as a name (`Euro`, `Pound Sterling`) is the code the exports' names are
                // read as; two keys for one code would leave the rate to chance, so they are an error.
                var rates: [String: Double] = [:], keys: [String: String] = [:]
                for (key, rate) in written.sorted(by: { $0.key < $1.key }) {
                    let code = CurrencyNames.code(key)?.code ?? key.uppercased()
                    // A rate of 0 made every amount in the currency zero, and each deal was set aside as
                    // if its amount were blank: the rate was never blamed.
                    guard rate > 0 else {
                        // An example from the rough table where it knows both currencies.
                        let example =
                            CurrencyMagnitudes.expectedRate(code: code, run: c.currency).map {
                                ", about \(CurrencyMagnitudes.significant($0, digits: 2))"
                            } ?? ""
                        throw r.fail(
                            n,
                            "currency_rates gives \(code): 0; a rate is what one \(code) is worth in \(c.currency)\(example), and must be more than 0. Remove the entry to sum \(code) amounts unconverted, with a warning"
                        )
                    }
                    if let other = keys[code] {
                        throw r.fail(
                            n,
                            "currency_rates gives \(code) twice (\(Clip.quoted(other)) and \(Clip.quoted(key)) are both \(code)); keep one of them"
                        )
                    }
                    keys[code] = key
                    rates[code] = rate
                }
                c.currencyRates = rates
            },
            value: { c in .sorted(c.currencyRates) { .number($0) } },
            initComment: [], initExample: { c in ["{EUR: 1.08, GBP: 1.27}   # \(c.currency) per unit of each"] }),
    ]
}
