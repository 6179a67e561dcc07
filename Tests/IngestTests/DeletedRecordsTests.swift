import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Records the CRM flags as deleted are no deals: Salesforce's Data Loader writes them with `IsDeleted`
/// true when it exports all records (queryAll), a SugarCRM table dump with `deleted` 1. They are set
/// aside with their reason, whatever their other cells say, and never summed.
@Suite("Deleted records")
struct DeletedRecordsTests {
    @Test func sugarsDeletedRowsAreSetAsideNotSummed() throws {
        let text = """
            id,name,assigned_user_name,amount,amount_usdollar,date_closed,sales_stage,probability,account_name,deleted
            a1,Acme Cloud,sally,100000.000000,100000.000000,2027-01-15,Needs Analysis,25,Acme Corp,0
            a2,Acme Old,sally,250000.000000,250000.000000,2027-01-20,Prospecting,10,Acme Corp,1
            a3,Globex Data,max,50000.000000,50000.000000,2027-02-01,Value Proposition,30,Globex,0
            a4,Globex Gone,max,,,,,,Globex,1

            """
        let r = try Ingest.opportunities(path: try tempFile(text), config: Config())
        #expect(r.ledger.mapping.contains { $0.field == "is_deleted" && $0.header == "deleted" })
        #expect(r.rows.map(\.id) == ["a1", "a3"])
        #expect(r.rows.reduce(0) { $0 + $1.amount } == 150_000)
        // The blank cells of a deleted row are not a reason to reject it.
        #expect(r.ledger.rowsRejected == 0)
        #expect(r.ledger.setAside.first { $0.reason == OpportunityTyper.deletedInTheCRM }?.rows == 2)
    }

    @Test func dataLoadersIsDeletedRowsAreSetAside() throws {
        let text = """
            Id,Name,AccountId,StageName,CloseDate,Amount,IsDeleted,IsClosed,IsWon
            006A,Acme Cloud,001A,Prospecting,2027-01-15,1000,false,false,false
            006B,Acme Old,001A,Prospecting,2027-01-20,5000,true,false,false

            """
        var config = Config()
        config.columns = ["opportunities": ["account": "AccountId"]]
        let r = try Ingest.opportunities(path: try tempFile(text), config: config)
        #expect(r.rows.map(\.id) == ["006A"])
        #expect(r.ledger.setAside.first { $0.reason == OpportunityTyper.deletedInTheCRM }?.rows == 1)
    }
}
