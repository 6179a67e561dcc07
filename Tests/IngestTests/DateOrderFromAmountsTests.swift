import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Close dates that all read either way, beside amounts written with a decimal comma: read day-first,
/// as every locale that writes `45 000,00` writes dates (a trial's French Odoo export, every day under 13).
@Suite("Date order from the amounts")
struct DateOrderFromAmountsTests {
    static func export(_ amounts: [String]) -> String {
        "Opportunité;Client;Revenu attendu;Étape;Clôture prévue\n"
            + amounts.enumerated().map { i, a in "Deal \(i);Acme;\(a);Qualifié;0\(i + 1)/12/2026" }.joined(
                separator: "\n") + "\n"
    }

    @Test func aDecimalCommaReadsTheDatesDayFirstWithAWarning() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "Revenu attendu", "close_date": "Clôture prévue"]
        let r = try Ingest.opportunities(
            path: try tempFile(Self.export(["\"45 000,00\"", "\"1 250,50\"", "\"12 000,00\""])), config: config)
        #expect(r.rows.map(\.closeDate) == ["2026-12-01", "2026-12-02", "2026-12-03"].compactMap { Day(iso: $0) })
        let warning = try #require(r.ledger.warnings.first { $0.contains("read either way") }, "\(r.ledger.warnings)")
        #expect(
            warning.contains("read day-first, as the amounts in \"Revenu attendu\" are written with a decimal comma"))
    }

    /// Plain amounts say nothing: the default order, warned as before.
    @Test func plainAmountsLeaveTheDefault() throws {
        var config = Config()
        config.columns["opportunities"] = ["amount": "Revenu attendu", "close_date": "Clôture prévue"]
        let r = try Ingest.opportunities(path: try tempFile(Self.export(["45000", "1250", "12000"])), config: config)
        #expect(r.rows.first?.closeDate == Day(iso: "2026-01-12"))
    }
}
