import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Business Central's opportunities (no stage column, amounts in the local currency), read from their
/// fixture (Tests/Fixtures/dialects/) with no refgap.yml.
@Suite("Business Central exports")
struct BusinessCentralTests {
    static let dialects = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/dialects").path
    static let businessCentral = dialects + "/businesscentral-opportunities/opportunities.csv"

    @Test func businessCentralStatusIsReadAsTheStageAndTheNoteSaysHowToNameAnother() throws {
        let r = try Ingest.opportunities(path: Self.businessCentral, config: Config())
        #expect(r.ledger.dialect == "Business Central opportunity export")
        #expect(r.ledger.rowsRejected == 0)
        // Listed by column, the stage before the status, the same every run.
        let mapped = r.ledger.mapping.filter { $0.header == "Status" }.map(\.field)
        #expect(mapped == ["stage", "status"])
        let note = try #require(r.ledger.notes.first { $0.hasPrefix("no stage column") })
        #expect(note.contains("the stage is read from the \"Status\" column"))
        #expect(note.contains("In Progress 6, Won 1, Lost 1; 796,000 in all, 681,000 of it on open deals"))
        #expect(note.contains("columns: {opportunities: {stage: \"Your column\"}}"))
        let won = try #require(r.rows.first { $0.id == "OP000004" })
        let open = try #require(r.rows.first { $0.id == "OP000001" })
        #expect(won.isClosed && won.stage == "Won" && !open.isClosed)
        // `Date Closed`, blank on open deals, sits left of `Estimated Closing Date`: not the close date.
        #expect(open.closeDate == Day(iso: "2027-01-15"))
        #expect(open.probability == 0.5)
        // Not Started: no estimated value (0,00) nor closing date before the first stage. Set aside, not rejected.
        #expect(r.ledger.setAside.first { $0.reason == OpportunityTyper.zeroAmount }?.rows == 2)

        // A stage column named in refgap.yml: read, and no note.
        var config = Config()
        config.columns = ["opportunities": ["stage": "Sales Cycle Code"]]
        let named = try Ingest.opportunities(path: Self.businessCentral, config: config)
        #expect(!named.ledger.notes.contains { $0.hasPrefix("no stage column") })
        #expect(Set(named.rows.map(\.stage)) == ["EXISTING", "NEW"])
    }

    /// The list page's `Current Sales Cycle Stage`, left unread: the note names it in the line to add.
    @Test func anUnreadStageColumnIsNamedInTheNote() throws {
        let text = """
            No.,Description,Status,Closed,Current Sales Cycle Stage,Estimated Closing Date,Estimated Value (LCY),Contact Company Name
            OP1,Cloud migration,In Progress,No,Proposal,01/15/2027,1000,Acme

            """
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        let note = try #require(r.ledger.notes.first { $0.hasPrefix("no stage column") })
        #expect(note.contains("(\"Current Sales Cycle Stage\" is not read)"))
        #expect(note.contains("columns: {opportunities: {stage: \"Current Sales Cycle Stage\"}}"))
    }

    @Test func localCurrencyAmountsSayWhichCurrencyTheyAreReadIn() throws {
        let r = try Ingest.opportunities(path: Self.businessCentral, config: Config())
        let note = try #require(r.ledger.notes.first { $0.hasPrefix("\"Estimated Value (LCY)\"") })
        #expect(
            note.contains(
                "the amounts of 8 deals (796,000 in all, 681,000 of it on open deals, overdue and beyond the horizon included) were read as USD"
            ))
        #expect(note.contains("currency: EUR"))
        // The setting names the currency: nothing left to say.
        var config = Config()
        config.currency = "EUR"
        let told = try Ingest.opportunities(path: Self.businessCentral, config: config)
        #expect(!told.ledger.notes.contains { $0.contains("(LCY)") })
    }

    /// A sheet's row counter (`No.`) left of its `Opportunity ID`: the id is the opportunity's, so the
    /// line items of one deal (the same id on three rows) still count as one deal.
    @Test func aRowCounterIsTheIdOnlyWhereNoOtherHeaderIs() throws {
        let text = """
            No.,Opportunity ID,Opportunity Name,Account Name,Stage,Close Date,Amount,Product
            1,006A,Acme Cloud,Acme,Prospecting,12/01/2026,1000,Cloud
            2,006A,Acme Cloud,Acme,Prospecting,12/01/2026,1000,Analytics
            3,006A,Acme Cloud,Acme,Prospecting,12/01/2026,1000,Security
            4,006B,Globex Data,Globex,Prospecting,12/15/2026,500,Cloud

            """
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.ledger.mapping.first { $0.field == "id" }?.header == "Opportunity ID")
        #expect(Set(r.rows.map(\.id)) == ["006A", "006B"])
        // Business Central's own layout, with no other id header, still takes `No.` as the id.
        let bc = try Ingest.opportunities(path: Self.businessCentral, config: Config())
        #expect(bc.ledger.mapping.first { $0.field == "id" }?.header == "No.")
    }

    @Test func aDescriptionIsTheNameOnlyWhereNoOtherHeaderIs() throws {
        let text =
            "Description,Opportunity Name,Account Name,Stage,Close Date,Amount\nSecond phase,Acme Cloud,Acme,Prospecting,12/01/2026,1000\n"
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.rows.map(\.name) == ["Acme Cloud"])
    }
}
