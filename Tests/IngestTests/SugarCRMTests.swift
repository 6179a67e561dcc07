import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// SugarCRM's field names, read from the fixture (Tests/Fixtures/dialects/sugarcrm-opportunities) with
/// no refgap.yml.
@Suite("SugarCRM exports")
struct SugarCRMTests {
    static let sugar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dialects/sugarcrm-opportunities/opportunities.csv").path

    @Test func sugarFieldNamesNeedNoMapping() throws {
        let r = try Ingest.opportunities(path: Self.sugar, config: Config())
        #expect(r.ledger.dialect == "SugarCRM opportunity export")
        #expect(r.ledger.rowsRejected == 0)
        let mapping = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["close_date"] == "date_closed")
        #expect(mapping["amount_converted"] == "amount_usdollar")
        #expect(mapping["owner"] == "assigned_user_name")
        #expect(mapping["last_modified"] == "date_modified")
        // `currency_id` holds a currency record's id (-99, a GUID): neither read nor offered as the currency.
        #expect(!mapping.values.contains("currency_id"))
        #expect(!(r.ledger.notes + r.ledger.warnings).contains { $0.contains("currency_id") })
        // The deal priced in euros counts at its converted amount.
        #expect(r.rows.first { $0.name == "Soylent Expansion" }?.amount == 162_000)
        #expect(r.rows.first { $0.name == "Hooli Pilot" }?.owner == "max")
    }

    /// SuiteCRM's English UI and export write `Id. Decision Makers` as this label: open, Sugar's 40%.
    @Test func suiteCRMsDecisionMakersLabelIsKnown() {
        let r = StageClassifier(config: Config()).read(
            stage: "Identifying Decision Makers", status: nil, isClosed: nil, isWon: nil, forecastCategory: nil)
        #expect(r.stageClass == .open && !r.guessed && r.probability == 0.40)
    }
}
