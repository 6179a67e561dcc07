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

    /// Capsule's `Value` is per `Duration Basis` period over `Duration` periods (Capsule's opportunity
    /// model), as a trial's export wrote them: the deal is worth the value times the duration.
    @Test func capsulesPerPeriodValuesAreMultipliedByTheirDuration() throws {
        let export = """
            Id,Name,Description,Organisation,Milestone,Probability,Value,Currency,Duration Basis,Duration,Expected Close Date,Actual Close Date,Owner
            1,Highland Labs project,,Highland Labs,Proposal,50,1250000,GBP,Fixed,,15/01/2027,,Riley Adams
            2,Maple Clinics project,,Maple Clinics,Proposal,50,25000,GBP,Month,12,20/02/2027,,Riley Adams
            3,Harbor Power & Light project,,Harbor Power & Light,Proposal,50,42500,GBP,Year,2,10/03/2027,,Riley Adams
            4,Hollow Stores project,,Hollow Stores,Proposal,50,40000,GBP,Week,,12/12/2026,,Riley Adams

            """
        var config = Config()
        config.currency = "GBP"
        let r = try Ingest.opportunities(path: try tempFile(export), config: config)
        #expect(r.rows.map(\.amount) == [1_250_000, 300_000, 85_000])
        #expect(
            r.ledger.rejects.map(\.reason) == ["the value is per \"Week\" but the duration is blank (expected e.g. 12)"]
        )
        #expect(r.ledger.notes.contains { $0.hasPrefix("Capsule's \"Duration Basis\" says") }, "\(r.ledger.notes)")
    }
}
