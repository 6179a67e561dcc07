import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// A Salesforce report of opportunities with their products exported without the opportunity's id (a
/// trial's French "Export Details" grouped by product): a deal's lines differ only in the product,
/// quantity and price columns. Read as one deal's lines, said as a guess; and a deal's lines that land
/// in one bucket count the deal there once.
@Suite("Line items without an id")
struct NamelessLineItemsTests {
    static let export = """
        Nom de l'opportunité,Nom du compte,Étape,Date de clôture,Devise du montant,Montant,Nom du produit,Quantité,Prix total
        Deal 001,Prairie Regional Medical,Qualification,10/02/2027,EUR,"260 000,00",Analytics,1,"130 000,00"
        Deal 001,Prairie Regional Medical,Qualification,10/02/2027,EUR,"260 000,00",Security,1,"130 000,00"
        Deal 002,Ironwood Clinics,Qualification,05/01/2027,EUR,"45 000,00",Analytics,1,"45 000,00"
        Deal 003,Lakeshore Mutual,Qualification,12/04/2027,EUR,"120 000,00",Cloud Platform,1,"60 000,00"
        Deal 003,Lakeshore Mutual,Qualification,12/04/2027,EUR,"120 000,00",Security,1,"60 000,00"

        """

    @Test func aDealsLinesAreOneDealAndTheGuessIsSaid() throws {
        var config = Config()
        config.currencyRates = ["EUR": 1.0]
        let r = try Ingest.opportunities(path: try tempFile(Self.export), config: config)
        #expect(r.rows.count == 5)
        #expect(r.rows.filter(\.countsAsDeal).count == 3)
        // Each line carries its share: the deal's amount once.
        #expect(r.rows.reduce(0) { $0 + $1.amount * $1.share } == 425_000)
        // No product dimension is read here (`Nom du produit` is not a product header refgap knows), so
        // each deal's second line falls in its first line's bucket: counted there once.
        #expect(r.rows.filter(\.bucketCounted).map(\.line).sorted() == [3, 6])
        let note = try #require(r.ledger.notes.first { $0.contains("came as 4 rows") }, "\(r.ledger.notes)")
        #expect(note.contains("They have no id") && note.contains("Export the opportunity's id"), "\(note)")
    }

    /// With an id column the rows group by it, as before, and nothing is said of a missing id.
    @Test func withAnIdTheLinesGroupByIt() throws {
        let withID =
            Self.export.split(separator: "\n").enumerated().map { i, line in
                i == 0 ? "Opportunity ID," + line : "O\(line.prefix(8).suffix(3))," + line
            }.joined(separator: "\n") + "\n"
        let r = try Ingest.opportunities(path: try tempFile(withID), config: Config())
        #expect(r.rows.filter(\.countsAsDeal).count == 3)
        #expect(!r.ledger.notes.contains { $0.contains("They have no id") })
    }
}

extension NamelessLineItemsTests {
    /// Rows with no id alike in all but their amount (no product, quantity or price of their own) are
    /// not one deal's versions: both are used, as before.
    @Test func rowsWithNoIdThatDifferOnlyInTheirAmountStayTwoDeals() throws {
        let export = """
            Opportunity Name,Account Name,Stage,Close Date,Amount,Product Name
            Renewal,Acme,Prospecting,2026-12-20,1000,Analytics
            Renewal,Acme,Prospecting,2026-12-20,2500,Analytics

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.rows.map(\.amount).sorted() == [1000, 2500])
        #expect(r.rows.filter { $0.countsAsDeal }.count == 2)
        #expect(!r.ledger.warnings.contains { $0.contains("more than once") }, "\(r.ledger.warnings)")
    }
}
