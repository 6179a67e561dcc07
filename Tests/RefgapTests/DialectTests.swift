import Foundation
import Testing
import RefgapCore
import RefgapModel

/// Each CRM dialect's fixture (Tests/Fixtures/dialects) runs with no mapping, and its ledger adds up.
@Suite("CRM dialects")
struct DialectTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String, dialect: String, read: Int, closed: Int, footer: Int, openAmount: Double
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "salesforce-report.csv", dialect: "Salesforce report export", read: 13, closed: 2, footer: 3, openAmount: 980_000),
        Case(file: "salesforce-dataloader.csv", dialect: "Salesforce Data Loader export", read: 8, closed: 2, footer: 0, openAmount: 800_000),
        Case(file: "hubspot-deals.csv", dialect: "HubSpot deals export", read: 8, closed: 2, footer: 0, openAmount: 800_000),
        Case(file: "dynamics365-opportunities.csv", dialect: "Dynamics 365 opportunity export", read: 7, closed: 2, footer: 0, openAmount: 760_000),
        Case(file: "pipedrive-deals.csv", dialect: "Pipedrive deals export", read: 7, closed: 2, footer: 0, openAmount: 760_000),
        Case(file: "zoho-deals.csv", dialect: "Zoho CRM deals export", read: 7, closed: 2, footer: 0, openAmount: 760_000),
    ]

    static let fixtures = repoRoot + "/Tests/Fixtures"

    func program(opportunities: String, accounts: String? = nil) throws -> String {
        let dir = try tempDir()
        let fm = FileManager.default
        try fm.copyItem(atPath: "\(Self.fixtures)/dialects/\(opportunities)", toPath: dir + "/opportunities.csv")
        try fm.copyItem(atPath: "\(Self.fixtures)/bad/_base/calendar.csv", toPath: dir + "/calendar.csv")
        try fm.copyItem(atPath: "\(Self.fixtures)/bad/_base/roster.csv", toPath: dir + "/roster.csv")
        if let accounts { try fm.copyItem(atPath: "\(Self.fixtures)/dialects/\(accounts)", toPath: dir + "/accounts.csv") }
        return dir
    }

    @Test(arguments: cases)
    func dialectRunsWithNoMappingAndItsLedgerAddsUp(_ c: Case) throws {
        // A far horizon keeps every open deal in demand, so the open amount can be checked whole.
        let outcome = try runPipeline(try program(opportunities: c.file), sets: ["windows=[60, 90, 3650]", "overdue=include"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.dialect == c.dialect)
        #expect(ledger.rowsRead == c.read)
        #expect(ledger.rowsRejected == 0, "\(ledger.rejects.map(\.reason))")
        #expect(ledger.rowsRead == ledger.rowsUsed + ledger.rowsRejected + ledger.rowsSetAside)
        #expect(outcome.result.segmented.closedDeals == c.closed)
        #expect(ledger.setAside.first { $0.reason.hasPrefix("report footer") }?.rows ?? 0 == c.footer)
        #expect(abs(outcome.result.totals.pipeline - c.openAmount) < 0.01)
    }

    @Test(arguments: ["gainsight-accounts.csv", "totango-accounts.csv", "churnzero-accounts.csv"])
    func customerSuccessExportsRead(_ file: String) throws {
        let outcome = try runPipeline(try program(opportunities: "salesforce-report.csv", accounts: file))
        let ledger = try #require(outcome.ledgers.first { $0.kind == .accounts })
        #expect(ledger.rowsRejected == 0, "\(ledger.rejects.map(\.reason))")
        #expect(ledger.rowsUsed == ledger.rowsRead && ledger.rowsRead >= 3)
        #expect(ledger.mapping.contains { $0.field == "health" })
    }

    @Test func zohoDatesAreReadDayFirst() throws {
        let outcome = try runPipeline(try program(opportunities: "zoho-deals.csv"), sets: ["windows=[60, 90, 3650]"])
        let ledger = try #require(outcome.ledgers.first { $0.kind == .opportunities })
        #expect(ledger.notes.contains { $0.contains("Closing Date") && $0.contains("day-first") })
        let northwind = outcome.result.segmented.bucketDeals.flatMap { $0 }.first { $0.account == "Northwind Health" }
        #expect(northwind.map { "\($0.closeDate)" } == "2026-12-15")
    }
}
