import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// SugarCRM's and SuiteCRM's *Export* labels in other packs, what is not theirs, and a currency column of
/// Sugar's record ids: the `suitecrm-labels` fixture with its header row relabelled.
@Suite("SugarCRM/SuiteCRM labels")
struct SugarLabelsTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dialects/suitecrm-labels/opportunities.csv").path

    /// The fixture with its headers renamed (`"Amount"` → `"Cantidad en Dólares EEUU"`).
    static func relabelled(_ names: [String: String]) throws -> String {
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
        let end = try #require(text.firstIndex(of: "\r\n"))
        var header = String(text[..<end])
        for (old, new) in names { header = header.replacingOccurrences(of: "\"\(old)\"", with: "\"\(new)\"") }
        return try tempFile(header + text[end...])
    }

    static func mapping(_ r: Ingested<OpportunityRow>) -> [String: String] {
        Dictionary(r.ledger.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
    }

    /// A Spanish pack whose own amount is plain `Cantidad` (read by no other reading) and whose converted
    /// one is `Cantidad en Dólares EEUU`.
    @Test func aSpanishPackWhoseOwnAmountIsCantidad() throws {
        let path = try Self.relabelled([
            "Opportunity Name": "Nombre Oportunidad", "Opportunity Amount": "Cantidad", "Currency": "Moneda",
            "Expected Close Date": "Fecha de Cierre Prevista", "Sales Stage": "Etapa de Ventas",
            "Account Name": "Cuenta", "Amount": "Cantidad en Dólares EEUU",
        ])
        let r = try Ingest.opportunities(path: path, config: Config())
        #expect(r.ledger.dialect == Dialect.suiteLabels)
        #expect(Self.mapping(r)["amount"] == "Cantidad")
        #expect(Self.mapping(r)["amount_converted"] == "Cantidad en Dólares EEUU")
        #expect(r.rows.first { $0.account == "Oakridge Systems" }?.amount == 1_250_000)
    }

    /// The QuickCRM French pack: `Montant de l'Affaire`, `Montant`, `Devise`, and the deal's name `Nom
    /// Affaire` read before `Description` (a weak spelling of the name).
    @Test func theQuickCRMFrenchPackAndItsDealName() throws {
        let path = try Self.relabelled([
            "Opportunity Name": "Nom Affaire", "Opportunity Amount": "Montant de l'Affaire", "Currency": "Devise",
            "Expected Close Date": "Date de cloture (prévue)", "Sales Stage": "Phase de vente",
            "Account Name": "Nom du compte", "Amount": "Montant",
        ])
        let r = try Ingest.opportunities(path: path, config: Config())
        #expect(r.ledger.dialect == Dialect.suiteLabels)
        #expect(Self.mapping(r)["name"] == "Nom Affaire")
        #expect(Self.mapping(r)["account"] == "Nom du compte")
        #expect(Self.mapping(r)["amount_converted"] == "Montant")
        #expect(r.rows.first { $0.account == "Oakridge Systems" }?.amount == 1_250_000)
    }

    /// A Salesforce report whose custom fields carry Sugar's labels (`Opportunity Amount`, `Sales Stage`,
    /// `Currency`) beside its own `Stage` and `Close Date` stays Salesforce's: its `Amount` is the deal's
    /// amount, and the euro deal's currency is read and warned about.
    @Test func aSalesforceReportWithSugarsLabelsStaysSalesforces() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Sales Stage,Amount Currency,Amount,Opportunity Amount,Currency,Close Date,Expected Close Date\n"
            + "Acme Add-on,Acme Corp,Prospecting,Prospecting,USD,185000,185000,USD,01/20/2027,01/20/2027\n"
            + "Soylent Expansion,Soylent,Negotiation/Review,Negotiation/Review,EUR,200000,216000,EUR,02/10/2027,02/10/2027\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.ledger.dialect == "Salesforce report export")
        #expect(Self.mapping(r)["amount"] == "Amount")
        #expect(Self.mapping(r)["amount_converted"] == nil)
        #expect(r.ledger.warnings.contains { $0.contains("1 amount in EUR (200,000 in all) was read as USD") })
    }

    /// The converted column deleted (the layout no longer recognised), so `Currency` is read as the
    /// currency: its record ids are not codes. No `currency_rates` line for `-99` or a GUID; a warning
    /// for the GUID's amounts (another currency, unconverted) and a note for `-99`'s.
    @Test func currencyRecordIdsAreNotCurrencyCodes() throws {
        let path = try Self.relabelled(["Amount": "Notes"])
        let r = try Ingest.opportunities(path: path, config: Config())
        #expect(Self.mapping(r)["amount_currency"] == "Currency")
        let all = r.ledger.notes + r.ledger.warnings
        #expect(!all.contains { $0.contains("currency_rates: {\"-99\"") || $0.contains("currency_rates: {\"C1A3") })
        let warning = try #require(r.ledger.warnings.first { $0.contains("currency record's id") })
        #expect(warning.hasPrefix("2 amounts (1,231,481 in all) have in \"Currency\""), "\(warning)")
        #expect(warning.contains("not -99"), "\(warning)")
        let note = try #require(r.ledger.notes.first { $0.contains("currency record's id") })
        #expect(note.hasPrefix("11 amounts (1,728,501 in all) have -99 in \"Currency\""), "\(note)")
        // The € beside a record id is the user's display currency: not read as EUR.
        #expect(!all.contains { $0.contains("amounts in EUR") || $0.contains("amount in EUR") })
    }

    @Test func aGUIDIsARecordIdAndACodeIsNot() {
        #expect(CurrencyRecord("-99") == .system)
        #expect(CurrencyRecord("c1a3e0f2-5b7d-4c8e-9f10-2a3b4c5d6e7f") == .other)
        #expect(CurrencyRecord("C1A3E0F2-5B7D-4C8E-9F10-2A3B4C5D6E7F") == .other)
        #expect(CurrencyRecord("EUR") == nil)
        #expect(CurrencyRecord("c1a3e0f2-5b7d-4c8e-9f10-2a3b4c5d6e7g") == nil)
        #expect(CurrencyRecord("-98") == nil)
    }
}
