import Foundation
import RefgapCore
import RefgapModel
import Testing

/// Accounts exports as they come: the Maven Analytics *CRM Sales Opportunities* sample's accounts.csv
/// (its header and first rows as published) has `revenue`, the company's own turnover in millions. It
/// was read as ARR without a word, and its customers' candidates showed "USD 1,100" of ARR.
@Suite("Accounts headers as exports write them")
struct AccountsHeaderTests {
    typealias Sample = SupplyVocabularyTests

    static let maven = """
        account,sector,year_established,revenue,employees,office_location,subsidiary_of
        Acme Corporation,technolgy,1996,1100.04,2822,United States,
        Betasoloin,medical,1999,251.41,495,United States,
        Betatech,medical,1986,647.18,1185,Kenya,

        """

    @Test func aRevenueColumnIsNotReadAsARRButNamed() throws {
        let outcome = try runPipeline(try Sample.program(["accounts.csv": Self.maven]), asOf: "2026-12-01")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .accounts })
        #expect(!ledger.mapping.contains { $0.field == "arr" }, "\(ledger.mapping)")
        #expect(ledger.unmappedHeaders.contains("revenue"))
        #expect(
            ledger.warnings.contains(
                "Column \"revenue\" looks like the account's ARR but is not read, so candidate accounts are ranked by health alone and shown without ARR. If it is what the account pays you a year (not its own revenue), add `columns: {accounts: {arr: \"revenue\"}}` to refgap.yml."
            ), "\(ledger.warnings)")
    }

    @Test func anARRColumnIsStillRead() throws {
        let accounts = Self.maven.replacingOccurrences(of: ",revenue,", with: ",Annual Recurring Revenue,")
        let outcome = try runPipeline(try Sample.program(["accounts.csv": accounts]), asOf: "2026-12-01")
        let ledger = try #require(outcome.ledgers.first { $0.kind == .accounts })
        #expect(ledger.mapping.contains { $0.field == "arr" && $0.header == "Annual Recurring Revenue" })
        #expect(!ledger.warnings.contains { $0.contains("looks like the account's ARR") })
    }
}
