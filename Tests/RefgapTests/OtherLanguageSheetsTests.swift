import Foundation
import RefgapCore
import RefgapIngest
import RefgapModel
import Testing

/// Calendar and roster sheets kept in German (trial h3's `c3-sfdc-de`, Tests/Fixtures/trials/german-sheets):
/// `Anzahl`, `Aktivität`, `Mindest-Seniorität`, `Branche`, `Produkt`, `Ansprechpartner`, `Zuletzt geprüft`
/// were listed as not used, so a need for 3 peer reviews by a director counted 1 reference call of any
/// seniority, and no contact had an industry, a name or a verification date.
@Suite("Sheets in other languages")
struct OtherLanguageSheetsTests {
    static let dir = repoRoot + "/Tests/Fixtures/trials/german-sheets"

    @Test func germanHeadersAreRead() throws {
        let outcome = try runPipeline(Self.dir, asOf: "2026-12-01")
        let calendar = try #require(outcome.ledgers.first { $0.kind == .calendar })
        let roster = try #require(outcome.ledgers.first { $0.kind == .roster })
        let read = { (l: InputLedger) in
            Dictionary(l.mapping.map { ($0.field, $0.header) }, uniquingKeysWith: { a, _ in a })
        }
        #expect(read(calendar)["count"] == "Anzahl" && read(calendar)["activity"] == "Aktivität")
        #expect(read(calendar)["min_seniority"] == "Mindest-Seniorität" && read(calendar)["need"] == "Bedarf")
        #expect(read(calendar)["industry"] == "Branche" && read(calendar)["product"] == "Produkt")
        #expect(read(roster)["contact"] == "Ansprechpartner" && read(roster)["last_verified"] == "Zuletzt geprüft")
        #expect(read(roster)["industry"] == "Branche" && read(roster)["activities"] == "Aktivitäten")
        #expect(read(roster)["account"] == "Firma")
        let peerReview = try #require(
            outcome.result.prioritized.gaps.first { $0.bucket.need?.name == "Gartner Peer Insights" })
        #expect(peerReview.bucket.demand == 3 && peerReview.bucket.activity == "Peer review")
        let caseStudy = try #require(
            outcome.result.prioritized.gaps.first { $0.bucket.need?.name.hasPrefix("Fallstudie") == true })
        #expect(caseStudy.bucket.need?.minSeniority == .director)
        // Its `Pausiert` (trial h3: rejected as a status no word says) is on hold.
        #expect(outcome.ledgers.first { $0.kind == .roster }?.rowsRejected == 0)
    }

    /// A French calendar's `Statut` is its status column: a need marked `Annulé` adds no demand (trial
    /// h4's "Salon VivaTech", cancelled, was 3 of the first 5 recruits).
    @Test func aFrenchCalendarsCancelledNeedIsSetAside() throws {
        let dir = try tempDir()
        for name in ["opportunities.csv", "roster.csv"] {
            try FileManager.default.copyItem(atPath: Self.dir + "/" + name, toPath: dir + "/" + name)
        }
        try write(
            """
            Équipe,Besoin,Type de référence,Échéance,Quantité,Statut
            Marketing,Salon VivaTech,Reference call,15/01/2027,4,Annulé
            Ventes,Étude de cas,Case study,20/01/2027,1,Ouvert

            """, to: dir + "/calendar.csv")
        // A roster row no status word reads, rejected: said where the contacts not counted are.
        let roster = try String(contentsOfFile: dir + "/roster.csv", encoding: .utf8)
        try write(
            roster + "Blau AG;Uli Blau;uli@blau.example;CIO;Blau;Chemie;DACH;Analytics;Referenzgespräch;01.11.2026;0\n",
            to: dir + "/roster.csv")
        let outcome = try runPipeline(dir, asOf: "2026-12-01")
        #expect(
            file(outcome, "gap-report.md").contains(
                "Besides, 1 of the roster's 5 rows was rejected and is not counted here: see rejects/roster.csv and Data quality."
            ))
        let calendar = try #require(outcome.ledgers.first { $0.kind == .calendar })
        #expect(calendar.mapping.contains { $0.field == "status" && $0.header == "Statut" })
        #expect(calendar.setAside.contains { $0.reason.hasPrefix("need marked cancelled") && $0.rows == 1 })
        #expect(!outcome.result.prioritized.gaps.contains { $0.bucket.need?.name == "Salon VivaTech" })
        // The values no table knows are a paragraph of their own (in one with the recruits, a trial's
        // passed the 1,000 characters a paragraph is cut at).
        let report = file(outcome, "gap-report.md")
        #expect(report.contains("\n\nBefore recruiting: "), "\(report.prefix(3_000))")
    }

    /// An English header wins over the other language's word for the same field: `Account Name` beside
    /// a `Firma` column (the company's legal form, say) is the account.
    @Test func anEnglishHeaderComesFirst() throws {
        let path = try tempDir() + "/roster.csv"
        try write("Firma,Account Name,Contact Name,Status\nGmbH,Acme,Ana,Active\n", to: path)
        let roster = try RefgapIngest.Ingest.roster(path: path, config: Config())
        #expect(roster.rows.first?.account == "Acme")
    }
}
