import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Insightly's and Freshsales' deal exports, rows shaped as a trial's (Insightly's `Opportunity` model:
/// a bid per period and the whole opportunity value; Freshsales' `Base currency amount`).
@Suite("Insightly and Freshsales")
struct MoreCRMExportsTests {
    static let insightly = """
        OPPORTUNITY_ID,OPPORTUNITY_NAME,PROBABILITY,BID_CURRENCY,BID_AMOUNT,BID_TYPE,BID_DURATION,OPPORTUNITY_VALUE,FORECAST_CLOSE_DATE,OPPORTUNITY_STATE,ORGANISATION_NAME
        1001,Deal 001,40,USD,11000,Per Year,3,33000,2027-01-22 00:00:00,OPEN,Prairie Regional Medical
        1002,Deal 002,100,USD,5000,Fixed,,5000,2026-11-02 00:00:00,WON,Ironwood Clinics

        """

    @Test func insightlysOpportunityValueIsTheAmount() throws {
        let r = try Ingest.opportunities(path: try tempFile(Self.insightly), config: Config())
        #expect(r.ledger.dialect == "Insightly opportunities export")
        #expect(r.rows.map(\.amount) == [33_000, 5_000])
        #expect(r.rows.map(\.isClosed) == [false, true])
        #expect(!r.ledger.warnings.contains { $0.contains("per hour, day, month or year") })
    }

    /// Mapped to the bid, the run warns that a per-period bid is read as the whole deal.
    @Test func aBidReadAsTheAmountIsWarnedAbout() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "BID_AMOUNT"]
        let ledger = try Ingest.opportunities(path: try tempFile(Self.insightly), config: config).ledger
        let warning = try #require(ledger.warnings.first { $0.contains("per hour, day, month or year") })
        #expect(warning.hasPrefix("The amount is read from \"BID_AMOUNT\", but \"BID_TYPE\" says"), "\(warning)")
        #expect(warning.contains("(over \"BID_DURATION\" periods)"))
    }

    @Test func freshsalesBaseCurrencyAmountIsTheConvertedAmount() throws {
        let export = """
            Name,Deal value,Currency,Base currency amount,Deal stage,Expected close date,Probability (%),Account name
            Deal 001,120000,EUR,129600.0,New,02/25/2027,20,Prairie Regional Medical

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.rows.first?.amount == 129_600)
        #expect(!r.ledger.warnings.contains { $0.contains("amounts in EUR") }, "\(r.ledger.warnings)")
    }
}
