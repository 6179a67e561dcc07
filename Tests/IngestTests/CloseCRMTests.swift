import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Close's opportunity export (fields as developer.close.com names them): `value` in cents beside
/// `value_formatted`, `status_type` active/won/lost, a lost opportunity's `date_won` blank.
@Suite("Close CRM")
struct CloseCRMTests {
    static let export = """
        id,lead_name,status_label,status_type,value,value_period,value_currency,value_formatted,confidence,date_won,date_lost
        oppo_1,Prairie Regional Medical,Demo Completed,active,3300000,one_time,USD,"$33,000.00",75,2026-12-20,
        oppo_2,Ironwood Clinics,Signed,won,7200000,one_time,USD,"$72,000.00",100,2026-11-02,
        oppo_3,Lakeshore Mutual,Lost,lost,1500000,one_time,USD,"$15,000.00",0,,2026-11-10

        """

    @Test func theCentsAreNotReadAsDollars() throws {
        let r = try Ingest.opportunities(path: try tempFile(Self.export), config: Config())
        #expect(r.ledger.dialect == "Close opportunities export")
        let mapping = Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        #expect(mapping["amount"] == "value_formatted" && mapping["status"] == "status_type", "\(mapping)")
        #expect(r.rows.map(\.amount) == [33_000, 72_000])
        #expect(r.ledger.notes.contains { $0.hasPrefix("Close's \"value_formatted\" is read as each deal's amount") })
    }

    /// A won or lost deal with no close date is set aside, not rejected (no exit 3 for a lost deal).
    @Test func aLostDealWithNoCloseDateIsSetAside() throws {
        let ledger = try Ingest.opportunities(path: try tempFile(Self.export), config: Config()).ledger
        #expect(ledger.rowsRejected == 0)
        #expect(ledger.setAside.contains { $0.reason.hasPrefix("won or lost, with no close date") && $0.rows == 1 })
    }

    /// The config's amount wins: mapped to `value`, the cents are read as written.
    @Test func theConfigsAmountWins() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "value"]
        let r = try Ingest.opportunities(path: try tempFile(Self.export), config: config)
        #expect(r.rows.first?.amount == 3_300_000)
    }
}
