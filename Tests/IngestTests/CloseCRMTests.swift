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
        #expect(mapping["amount"] == "value" && mapping["status"] == "status_type", "\(mapping)")
        #expect(r.rows.map(\.amount) == [33_000, 72_000])
        #expect(
            r.ledger.notes.contains {
                $0.hasPrefix(
                    "Close's \"value\" is read as each deal's amount, divided by 100 (Close writes it in cents)")
            })
    }

    /// Without `annualized_value`, a monthly value is made yearly as Close makes it (times 12), an
    /// annual or one-time one read as it is. `value_formatted` (`$5,000.00 monthly`) was read before,
    /// and such rows were rejected as no number.
    @Test func aMonthlyValueIsMadeYearlyWhereTheExportHasNoAnnualizedValue() throws {
        let export = """
            id,lead_name,status_label,status_type,value,value_period,value_currency,value_formatted,confidence,date_won,date_lost
            oppo_1,Prairie Regional Medical,Demo Completed,active,500000,monthly,USD,"$5,000.00 monthly",75,2026-12-20,
            oppo_2,Ironwood Clinics,Demo Completed,active,1200000,annual,USD,"$12,000.00 annually",75,2026-12-21,
            oppo_3,Lakeshore Mutual,Demo Completed,active,1500000,one_time,USD,"$15,000.00",75,2026-12-22,

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.rows.map(\.amount) == [60_000, 12_000, 15_000])
        #expect(r.ledger.rowsRejected == 0)
        #expect(r.ledger.notes.contains { $0.hasPrefix("Close's \"value_period\" says") }, "\(r.ledger.notes)")
    }

    /// A won or lost deal with no close date is set aside, not rejected (no exit 3 for a lost deal).
    @Test func aLostDealWithNoCloseDateIsSetAside() throws {
        let ledger = try Ingest.opportunities(path: try tempFile(Self.export), config: Config()).ledger
        #expect(ledger.rowsRejected == 0)
        #expect(ledger.setAside.contains { $0.reason.hasPrefix("won or lost, with no close date") && $0.rows == 1 })
    }

    /// The config's amount wins, and a Close column in cents it names is still cents: a trial mapped
    /// `annualized_value` and read it 100 times too large.
    @Test func aCentsColumnTheConfigNamesIsDividedAndSaid() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "value"]
        let r = try Ingest.opportunities(path: try tempFile(Self.export), config: config)
        #expect(r.rows.first?.amount == 33_000)
        #expect(r.ledger.notes.contains { $0.contains("\"value\" is read as each deal's amount, divided by 100") })
    }

    /// With `annualized_value` the amount is the yearly value: a monthly value's twelve months.
    @Test func theAnnualizedValueIsTheAmountWhereTheExportHasIt() throws {
        let export = """
            id,lead_name,status_label,status_type,value,value_period,value_currency,annualized_value,date_won
            oppo_1,Prairie Regional Medical,Active,active,500000,monthly,USD,6000000,2026-12-20

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.rows.first?.amount == 60_000)
        #expect(r.ledger.notes.contains { $0.contains("\"annualized_value\"") && $0.contains("times 12") })
    }
}

/// A French Salesforce report's converted amount (`Montant (converti)`) is read and wins.
@Test func aFrenchReportsConvertedAmountIsRead() throws {
    let export = """
        Nom de l'opportunité;Nom du compte;Étape;Date de clôture;Devise du montant;Montant;Devise du montant (converti);Montant (converti)
        Deal 1;Cedar Care;Analyse des besoins;06/12/2026;EUR;100 000,00;USD;108 000,00

        """
    let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
    #expect(r.rows.first?.amount == 108_000)
}
