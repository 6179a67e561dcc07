import Foundation
import Testing
@testable import RefgapIngest
import RefgapModel

/// Exports a second trial built from what the vendors write: Salesforce's Opportunity History report
/// and reporting snapshots (several rows per deal), Nutshell's leads, and the column suggestions a
/// HubSpot portal in Spanish or French was given.
@Suite("History reports, snapshots and suggestions")
struct HistoryAndTranslatedExportsTests {
    /// Salesforce's Opportunity History report without the opportunity's id: each stage change was
    /// counted as a deal (26 open deals where there were 7). It stops and says how to export it.
    @Test func anOpportunityHistoryReportWithNoIdStopsAndSaysWhatToExport() throws {
        let export = """
            Opportunity Owner,Account Name,Opportunity Name,From Stage,To Stage,Amount,Probability (%),Close Date,Edit Date,Last Modified By
            Riley Adams,Highland Labs,Highland Labs - Deal 1,Qualification,Qualification,"$1,250,000.00",10,01/15/2027,11/11/2026 09:30 AM,Riley Adams
            Riley Adams,Highland Labs,Highland Labs - Deal 1,Prospecting,Qualification,"$1,000,000.00",10,01/15/2027,10/02/2026 11:00 AM,Riley Adams

            """
        #expect {
            _ = try Ingest.opportunities(path: try tempFile(export), config: Config())
        } throws: { error in
            "\(error)".contains("Opportunity History report")
                && "\(error)".contains("Add \"Opportunity ID\" to the report")
        }
    }

    /// With the id, a deal's rows are its versions and the latest `Edit Date` is current, newest row
    /// first or last; `To Stage` is the stage.
    @Test func withItsIdTheLatestEditIsTheDeal() throws {
        let export = """
            Opportunity ID,Account Name,Opportunity Name,From Stage,To Stage,Amount,Close Date,Edit Date
            0068c00000HIST0001,Highland Labs,Deal 1,Qualification,Closed Won,"$1,250,000.00",01/15/2027,11/11/2026 09:30 AM
            0068c00000HIST0001,Highland Labs,Deal 1,Prospecting,Qualification,"$1,000,000.00",01/15/2027,10/02/2026 11:00 AM
            0068c00000HIST0002,Maple Clinics,Deal 2,,Prospecting,"$300,000.00",02/20/2027,09/02/2026 10:00 AM
            0068c00000HIST0002,Maple Clinics,Deal 2,Prospecting,Needs Analysis,"$320,000.00",02/20/2027,11/20/2026 10:00 AM

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.rows.map(\.isClosed) == [true, false])
        #expect(r.rows.map(\.amount) == [1_250_000, 320_000])
    }

    /// A reporting snapshot written newest first: the latest `Snapshot Date` wins, not the last row.
    @Test func aSnapshotsLatestDateWinsNotItsLastRow() throws {
        let export = """
            Snapshot Date,Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Probability (%)
            11/29/2026,0068c00000SNAP0001,Deal 1,Highland Labs,Closed Won,1250000.00,01/15/2027,100
            11/22/2026,0068c00000SNAP0001,Deal 1,Highland Labs,Negotiation/Review,1200000.00,01/15/2027,90

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.rows.map(\.isClosed) == [true])
    }

    /// Nutshell's leads: the account is its `Company`, not its `Lead name` (`Highland Labs lead`),
    /// which Close's `lead_name` had made an account header everywhere.
    @Test func nutshellsCompanyIsTheAccount() throws {
        let export = """
            Lead ID,Lead name,Company,Person,Status,Pipeline,Stage,Value,Confidence,Expected close date,Created,Assignee
            1001,Highland Labs lead,Highland Labs,Pat Doe,Open,Sales process,Demo,"$1,250,000.00",12%,01/15/2027,10/01/2026,Riley Adams

            """
        let r = try Ingest.opportunities(path: try tempFile(export), config: Config())
        #expect(r.ledger.mapping.contains { $0.field == "account" && $0.header == "Company" }, "\(r.ledger.mapping)")
    }

    /// What validate offers for a missing column passes over a record's id for an amount and a
    /// creation date for a close date, in the CRMs' languages.
    @Test func suggestionsPassOverIdsAndCreationDates() {
        let header = ["ID de registro", "Nombre", "Valeur HT", "Date de création", "Jalon"]
        let rows = (1...12).map { i in
            ["90000000\(10 + i)", "Deal \(i)", "\(i * 1000)", "2026-10-0\(i % 9 + 1)", "2027-01-\(10 + i)"]
        }
        let amount = ColumnCandidate.best(
            for: FieldSpec("amount", required: true), kind: .opportunities, header: header, rows: rows, skipping: [])
        #expect(amount?.header == "Valeur HT", "\(String(describing: amount))")
        let close = ColumnCandidate.best(
            for: FieldSpec("close_date", required: true), kind: .opportunities, header: header, rows: rows,
            skipping: [])
        #expect(close?.header == "Jalon", "\(String(describing: close))")
    }

    /// A Portuguese Pipedrive export without its organization and value columns: what validate offers
    /// is neither the customer's segment for the account nor a count of licences for the amount.
    @Test func suggestionsPassOverSegmentsAndCounts() {
        let header = [
            "Negócio - Título", "Segmento do Cliente", "Quantidade de Licenças", "Negócio - Etapa",
            "Negócio - Data de fechamento esperada",
        ]
        let segments = ["Enterprise", "Mid-Market", "SMB"]
        let rows = (1...12).map { i in
            ["Negócio \(i)", segments[i % 3], "\(i * 5)", "Proposta feita", "2027-01-\(10 + i)"]
        }
        let account = ColumnCandidate.best(
            for: FieldSpec("account", required: true), kind: .opportunities, header: header, rows: rows, skipping: [])
        #expect(account?.header != "Segmento do Cliente", "\(String(describing: account))")
        let amount = ColumnCandidate.best(
            for: FieldSpec("amount", required: true), kind: .opportunities, header: header, rows: rows, skipping: [])
        #expect(amount == nil, "\(String(describing: amount))")
    }
}
