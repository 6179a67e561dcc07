import Foundation
import RefgapCore
import Testing

/// Amounts in a currency without a rate are summed as the run's currency; the headline said nothing of
/// it (trial h3: "The top target alone puts USD 21,000,000 of weighted pipeline at risk" on a
/// ¥30,000,000 deal, the warning deep in data quality).
@Suite("Unconverted currencies in the headline")
struct UnconvertedCurrencyTests {
    static func program(rates: String?) throws -> String {
        let dir = try sampleProgram(
            opportunities: """
                Opportunity ID,Account Name,Stage,Close Date,Amount Currency,Amount,Industry,Product Family
                O1,Acme,Prospecting,2026-12-20,EUR,240000,Healthcare,Analytics
                O2,Beta,Prospecting,2027-01-20,EUR,90000,Healthcare,Analytics
                O3,Gamma,Prospecting,2027-01-25,USD,50000,Healthcare,Analytics
                O4,Delta,Prospecting,2026-11-10,JPY,30000000,Healthcare,Analytics
                O5,Epsilon,Prospecting,2026-11-15,USD,70000,Healthcare,Analytics

                """)
        if let rates { try write("currency_rates: {\(rates)}\n", to: dir + "/refgap.yml") }
        return dir
    }

    @Test func theHeadlinesSayAmountsWereNotConverted() throws {
        let outcome = try runPipeline(try Self.program(rates: nil), asOf: "2026-12-01")
        let said =
            "Not converted: amounts in EUR (2 amounts) and JPY (1 amount) were counted as USD, for want of a rate, so the pipeline figures, the deals' reference counts and the ranking below mix currencies."
        let gapReport = file(outcome, "gap-report.md"), priorities = file(outcome, "priorities.md")
        #expect(gapReport.contains(said), "\(gapReport.prefix(1_500))")
        #expect(priorities.contains(said))
        // Before the first figure.
        let first = try #require(gapReport.range(of: "Over the next 120 days"))
        #expect(try #require(gapReport.range(of: "Not converted:")).lowerBound < first.lowerBound)
    }

    @Test func convertedAmountsSayNothing() throws {
        let outcome = try runPipeline(try Self.program(rates: "EUR: 1.08, JPY: 0.0067"), asOf: "2026-12-01")
        #expect(!file(outcome, "gap-report.md").contains("Not converted"))
        #expect(!file(outcome, "priorities.md").contains("Not converted"))
        #expect(file(outcome, "gap-report.md").contains("| O4 |  | Delta | 2026-11-10 | Prospecting | USD 201,000 |"))
    }

    /// An overdue deal in a currency without a rate is listed in its own currency, marked (trial h3's
    /// ¥30,000,000 deal was listed as USD 30,000,000); one in the run's currency as before.
    @Test func theOverdueListShowsAnUnconvertedAmountInItsCurrency() throws {
        let report = file(try runPipeline(try Self.program(rates: "EUR: 1.08"), asOf: "2026-12-01"), "gap-report.md")
        #expect(
            report.contains("| O4 |  | Delta | 2026-11-10 | Prospecting | JPY 30,000,000 (not converted) |"),
            "\(report)")
        #expect(report.contains("| O5 |  | Epsilon | 2026-11-15 | Prospecting | USD 70,000 |"))
        #expect(!report.contains("USD 30,000,000"))
    }
}
