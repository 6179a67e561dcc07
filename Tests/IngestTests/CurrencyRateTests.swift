import Testing
@testable import RefgapIngest
import RefgapModel

/// A `currency_rates` entry written the wrong way round (`JPY: 150`, yen per dollar) is used as written
/// but warned about, with the amounts it converted and the line to write instead.
@Suite("Currency rate plausibility")
struct CurrencyRateTests {
    @Test func anInvertedRateIsWarnedAboutWithTheLineToWrite() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount\n"
            + "A,Acme,Prospecting,12/01/2026,JPY 20000000\n"
            + "B,Beta,Prospecting,12/01/2026,JPY 10000000\n"
            + "C,Cobalt,Prospecting,12/01/2026,EUR 100000\n"
        let config = try ConfigLoader.parse("currency_rates: {JPY: 150, EUR: 1.08}\n", path: "refgap.yml")
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        // The user's rate is used as written: the run is not refused.
        #expect(r.rows.map(\.amount) == [3_000_000_000, 1_500_000_000, 108_000])
        let yen = r.ledger.warnings.filter { $0.contains("JPY") }
        #expect(yen.count == 1)
        #expect(
            yen.first
                == "currency_rates gives JPY: 150, read as 150 USD per JPY, but one JPY is worth about 0.0068 USD: the rate looks inverted (150 is about how many JPY one USD buys). It was used as written: 2 amounts in JPY were converted with it (4,500,000,000 USD in all). If 150 is JPY per USD, write `currency_rates: {JPY: 0.00667}` in refgap.yml instead."
        )
        #expect(!r.ledger.warnings.contains { $0.contains("EUR") })
    }

    @Test func aWrongRateNoAmountUsedIsStillWarnedAbout() throws {
        let text = "Opportunity Name,Account Name,Stage,Close Date,Amount\nA,Acme,Prospecting,2026-12-01,1000\n"
        let config = try ConfigLoader.parse("currency_rates: {KRW: 5}\n", path: "refgap.yml")
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(
            r.ledger.warnings == [
                "currency_rates gives KRW: 5, read as 5 USD per KRW, but one KRW is worth roughly 0.00073 USD: the rate looks implausible. No amount that was summed was converted with it. Check it in refgap.yml: `currency_rates: {KRW: <USD per KRW>}` takes what one KRW is worth in USD.",
                // And that no rate converted anything: the export says no amount's currency.
                "refgap.yml gives currency_rates for KRW, but no amount was converted: no column is read as the amounts' currency and no amount carries a currency sign or code, so every amount was taken as USD. If a column gives each deal's currency, name it in refgap.yml: `columns: {opportunities: {amount_currency: \"<its header>\"}}`.",
            ])
    }

    /// A rate of 0 would make every amount in its currency zero (each deal set aside as if blank).
    @Test func aRateOfZeroIsRefusedWithWhatARateIs() {
        for yml in ["currency_rates: {JPY: 0}\n", "currency: EUR\ncurrency_rates: {Japanese Yen: 0}\n"] {
            #expect {
                _ = try ConfigLoader.parse(yml, path: "refgap.yml")
            } throws: { error in
                let text = "\(error)"
                return text.contains("currency_rates gives JPY: 0; a rate is what one JPY is worth in")
                    && text.contains(", and must be more than 0")
            }
        }
    }

    @Test func plausibility() {
        typealias M = CurrencyMagnitudes
        // The table has no opinion on a currency it does not hold, nor in a run currency it does not hold.
        #expect(M.misfit(code: "XYZ", rate: 1000, run: "USD") == nil)
        #expect(M.misfit(code: "JPY", rate: 150, run: "ARS") == nil)
        // Right way round, in USD and in EUR.
        #expect(M.misfit(code: "JPY", rate: 0.0067, run: "USD") == nil)
        #expect(M.misfit(code: "USD", rate: 0.92, run: "EUR") == nil)
        // Mild inversions are within ten times, so silent.
        #expect(M.misfit(code: "GBP", rate: 0.79, run: "USD") == nil)
        #expect(M.misfit(code: "EUR", rate: 0.92, run: "USD") == nil)
        // Inverted: within three times of the inverse.
        for (code, rate) in [("JPY", 150.0), ("INR", 83), ("KRW", 1300)] {
            guard case .inverted = M.misfit(code: code, rate: rate, run: "USD") else {
                Issue.record("\(code): \(rate) not read as inverted")
                continue
            }
        }
        #expect(M.misfit(code: "USD", rate: 0.0067, run: "JPY") != nil)
        // Off by more than ten times, but not the inverse.
        guard case .implausible(let expected) = M.misfit(code: "JPY", rate: 1, run: "USD") else {
            Issue.record("JPY: 1 not implausible")
            return
        }
        #expect(expected == 0.0068)
        #expect(M.misfit(code: "EUR", rate: 12, run: "USD") != nil)
        #expect(M.misfit(code: "EUR", rate: 0.1, run: "USD") != nil)
    }

    @Test func significantFigures() {
        let s = { (v: Double) in CurrencyMagnitudes.significant(v) }
        #expect(s(1 / 150.0) == "0.00667")
        #expect(s(22_500) == "22500")
        #expect(s(1.27) == "1.27")
        #expect(s(0.79) == "0.79")
        #expect(s(9.996) == "10")
        #expect(s(1 / 1300.0) == "0.000769")
        #expect(CurrencyMagnitudes.significant(150, digits: 6) == "150")
    }
}
