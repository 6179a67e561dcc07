import Foundation
import Testing
import RefgapCore
import RefgapModel

/// Each CRM dialect's fixture runs with no mapping, and its ledger adds up. The fixtures are found
/// from their folders (Tests/Fixtures/dialects/<name>/): an export as the tool writes it
/// (`opportunities.csv`, or `accounts.csv` for a customer-success tool) and `expected.json`, what its
/// ledger must say. A new dialect is a new folder.
@Suite("CRM dialects")
struct DialectTests {
    static let fixtures = repoRoot + "/Tests/Fixtures"
    static let folder = fixtures + "/dialects"

    /// What an opportunity export's ledger must say.
    struct Expected: Decodable, Sendable {
        var dialect: String
        var rows_read: Int
        var closed_deals: Int
        var footer_rows: Int
        var open_pipeline: Double
    }

    static func folders(holding file: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)/\(file)") }.sorted()
    }

    static let opportunityDialects = folders(holding: "opportunities.csv")
    static let accountDialects = folders(holding: "accounts.csv")

    func program(opportunities: String, accounts: String? = nil) throws -> String {
        let dir = try tempDir()
        let fm = FileManager.default
        try fm.copyItem(atPath: "\(Self.folder)/\(opportunities)/opportunities.csv", toPath: dir + "/opportunities.csv")
        try fm.copyItem(atPath: "\(Self.fixtures)/bad/_base/calendar.csv", toPath: dir + "/calendar.csv")
        try fm.copyItem(atPath: "\(Self.fixtures)/bad/_base/roster.csv", toPath: dir + "/roster.csv")
        if let accounts {
            try fm.copyItem(atPath: "\(Self.folder)/\(accounts)/accounts.csv", toPath: dir + "/accounts.csv")
        }
        return dir
    }

    @Test func everyDialectFolderIsFound() {
        #expect(Self.opportunityDialects.count >= 6)
        #expect(Self.accountDialects.count >= 3)
    }

    @Test(arguments: opportunityDialects)
    func dialectRunsWithNoMappingAndItsLedgerAddsUp(_ name: String) throws {
        let data = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name)/expected.json"))
        let c = try JSONDecoder().decode(Expected.self, from: data)
        // A far horizon keeps every open deal in demand, so the open amount can be checked whole.
        let outcome = try runPipeline(
            try program(opportunities: name), sets: ["windows=[60, 90, 3650]", "overdue=include"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.dialect == c.dialect)
        #expect(ledger.rowsRead == c.rows_read)
        #expect(ledger.rowsRejected == 0, "\(ledger.rejects.map(\.reason))")
        #expect(ledger.rowsRead == ledger.rowsUsed + ledger.rowsRejected + ledger.rowsSetAside)
        #expect(outcome.result.segmented.closedDeals == c.closed_deals)
        #expect(ledger.setAside.first { $0.reason.hasPrefix("report footer") }?.rows ?? 0 == c.footer_rows)
        #expect(abs(outcome.result.prioritized.totals.pipeline - c.open_pipeline) < 0.01)
    }

    @Test(arguments: accountDialects)
    func customerSuccessExportsRead(_ name: String) throws {
        let outcome = try runPipeline(try program(opportunities: "salesforce-report", accounts: name))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .accounts })
        #expect(ledger.rowsRejected == 0, "\(ledger.rejects.map(\.reason))")
        #expect(ledger.rowsUsed == ledger.rowsRead && ledger.rowsRead >= 3)
        #expect(ledger.mapping.contains { $0.field == "health" })
    }

    /// HubSpot writes "Deal probability" as 0–1: the guess is a note with its deals, pipeline and setting.
    @Test func hubSpotFractionsAreNotedWithTheirDealsAndPipeline() throws {
        let outcome = try runPipeline(
            try program(opportunities: "hubspot-deals"), sets: ["windows=[60, 90, 3650]", "overdue=include"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        let note = try #require(ledger.notes.first { $0.contains("read as fractions") })
        #expect(note.contains("(Deal probability)") && note.contains("open deals"))
        #expect(note.contains("probability_scale: percent"))
        // Said as a fact once the setting says so: no note.
        let told = try runPipeline(
            try program(opportunities: "hubspot-deals"),
            sets: ["windows=[60, 90, 3650]", "overdue=include", "probability_scale=fraction"])
        let toldLedger = try #require(told.ledgers.first { $0.kind == .opportunities })
        #expect(!toldLedger.notes.contains { $0.contains("read as fractions") })
    }

    /// Business Central has no stage column: the report's data quality says the stage was read from
    /// the status and the amounts in the local currency, each with the refgap.yml line that says otherwise.
    @Test func businessCentralGuessesAreInTheReportsDataQuality() throws {
        let outcome = try runPipeline(
            try program(opportunities: "businesscentral-opportunities"),
            sets: ["windows=[60, 90, 3650]", "overdue=include"])
        let report = file(outcome, "gap-report.md")
        #expect(report.contains("no stage column: the stage is read from the \"Status\" column"))
        #expect(report.contains("columns: {opportunities: {stage: \"Your column\"}}"))
        #expect(report.contains("\"Estimated Value (LCY)\" holds amounts in the company's own currency"))
    }

    @Test func zohoDatesAreReadDayFirst() throws {
        // As of 2026-11-24, a window of its own for day 21: 15/12/2026 read day-first is 2026-12-15.
        let outcome = try runPipeline(try program(opportunities: "zoho-deals"), sets: ["windows=[20, 21, 3650]"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.notes.contains { $0.contains("Closing Date") && $0.contains("day-first") })
        let seg = outcome.result.segmented
        let northwind = seg.buckets.indices.filter { i in
            seg.bucketDeals.ids(in: i).contains("zcrm_5713000000387001")
        }
        #expect(!northwind.isEmpty && northwind.allSatisfy { seg.buckets[$0].window == 1 })
    }
}
