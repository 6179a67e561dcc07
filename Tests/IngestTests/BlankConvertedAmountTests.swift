import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// A converted amount left blank (SugarCRM's `amount_usdollar`, Salesforce's `Amount (converted)`): the
/// deal's own amount is read in the run's currency, and the ledger says so, with the deals and the
/// amount, as a warning when other deals show the export holds a second currency.
@Suite("Blank converted amounts")
struct BlankConvertedAmountTests {
    static let sugar = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dialects/sugarcrm-opportunities/opportunities.csv").path

    /// The Sugar fixture with `amount_usdollar` blanked on the rows of `names`.
    static func sugarExport(blanking names: Set<String>) throws -> String {
        let lines = try String(contentsOfFile: sugar, encoding: .utf8).split(whereSeparator: \.isNewline).map(
            String.init)
        let header = lines[0].split(separator: ",").map { $0.replacingOccurrences(of: "\"", with: "") }
        let converted = try #require(header.firstIndex(of: "amount_usdollar"))
        let name = try #require(header.firstIndex(of: "name"))
        var out = [lines[0]]
        for line in lines.dropFirst() {
            // The fixture's cells are all quoted and hold no `","`: split on it.
            var cells = String(line.dropFirst().dropLast()).components(separatedBy: "\",\"")
            if names.contains(cells[name]) { cells[converted] = "" }
            out.append("\"" + cells.joined(separator: "\",\"") + "\"")
        }
        return try tempFile(out.joined(separator: "\n") + "\n")
    }

    /// Soylent Expansion is priced in euros (150,000 EUR, 162,000 USD converted; its `currency_id` a
    /// currency record's GUID). With its converted amount blank its 150,000 is read as USD: warned, with
    /// the deals, the amount and the evidence (a record other than -99, the system currency's).
    @Test func aBlankConvertedAmountInAnotherCurrencyIsWarned() throws {
        let path = try Self.sugarExport(blanking: ["Soylent Expansion", "Globex Renewal"])
        let r = try Ingest.opportunities(path: path, config: Config())
        #expect(r.rows.first { $0.name == "Soylent Expansion" }?.amount == 150_000)
        let warning = try #require(r.ledger.warnings.first { $0.contains("no amount in \"amount_usdollar\"") })
        #expect(warning.contains("2 deals have no amount"), "\(warning)")
        #expect(warning.contains("(198,000 USD in all)"), "\(warning)")
        #expect(warning.contains("\"amount\" was read instead, as USD"), "\(warning)")
        #expect(warning.contains("1 of them (150,000 as written) has a \"currency_id\" other than -99"), "\(warning)")
        #expect(warning.contains("Fill \"amount_usdollar\" for it in the CRM"), "\(warning)")
        checkLedger(r.ledger)
    }

    /// Globex Renewal's `currency_id` is -99, the system currency's: its own amount is already in it, so
    /// the fallback is said in a note.
    @Test func aBlankConvertedAmountInTheSystemCurrencyGetsANote() throws {
        let path = try Self.sugarExport(blanking: ["Globex Renewal"])
        let r = try Ingest.opportunities(path: path, config: Config())
        #expect(!r.ledger.warnings.contains { $0.contains("no amount in") })
        let note = try #require(r.ledger.notes.first { $0.contains("no amount in \"amount_usdollar\"") })
        #expect(note.contains("1 deal has no amount"), "\(note)")
        #expect(note.contains("its \"currency_id\" is -99, the system currency's"), "\(note)")
    }

    /// No currency record: deals whose two amounts differ show a second currency, and the warning
    /// counts them.
    @Test func theDifferingDealsAreCounted() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount,Amount (converted)\n"
            + "Acme Add-on,Acme Corp,Prospecting,01/20/2027,22000,22000\n"
            + "Soylent Expansion,Soylent,Negotiation/Review,02/10/2027,150000,162000\n"
            + "Hooli Pilot,Hooli,Prospecting,03/01/2027,32000,\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        let warning = try #require(r.ledger.warnings.first { $0.contains("no amount in \"Amount (converted)\"") })
        #expect(warning.contains("1 deal has no amount"), "\(warning)")
        #expect(warning.contains("1 of the 2 deals with both amounts has them differ"), "\(warning)")
        #expect(warning.contains("fill \"Amount (converted)\" for it in the CRM"), "\(warning)")
    }

    /// Every deal with both amounts has them equal: one currency, so the blank one's amount is said in a
    /// note, not a warning.
    @Test func aSingleCurrencyExportGetsANote() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Amount,Amount (converted)\n"
            + "Acme Add-on,Acme Corp,Prospecting,01/20/2027,22000,22000\n"
            + "Globex Renewal,Globex,Negotiation/Review,02/10/2027,48000,48000\n"
            + "Hooli Pilot,Hooli,Prospecting,03/01/2027,32000,\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(!r.ledger.warnings.contains { $0.contains("no amount in") })
        let note = try #require(r.ledger.notes.first { $0.contains("no amount in \"Amount (converted)\"") })
        #expect(note.contains("1 deal has no amount"), "\(note)")
        #expect(note.contains("(32,000 USD in all)"), "\(note)")
        #expect(note.contains("every deal with both amounts (2) has them equal"), "\(note)")
    }

    /// A deal with its own currency column read (and a rate) says its currency: not counted.
    @Test func aDealWhoseCurrencyIsKnownIsNotCounted() throws {
        let text =
            "Opportunity Name,Account Name,Stage,Close Date,Opportunity Currency,Amount,Amount (converted)\n"
            + "Acme Add-on,Acme Corp,Prospecting,01/20/2027,USD,22000,22000\n"
            + "Globex Renewal,Globex,Negotiation/Review,02/10/2027,EUR,48000,\n"
        var config = Config()
        config.currencyRates = ["EUR": 1.1]
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(!(r.ledger.notes + r.ledger.warnings).contains { $0.contains("no amount in") })
        #expect(r.rows.first { $0.name == "Globex Renewal" }.map { abs($0.amount - 52_800) < 0.01 } == true)
    }
}
